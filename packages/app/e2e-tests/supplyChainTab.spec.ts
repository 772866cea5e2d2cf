/*
 * The Supply Chain tab on real sample entities, against the real local
 * control plane and Cartographer.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signIn } from './helpers';

test('a healthy component shows every stage Ready and a stage opens with its outputs', async ({
  page,
}) => {
  await signIn(page, '/catalog/default/component/shop-frontend/supply-chain');
  // The build chain's stages (the delivery on the run cluster has its own).
  const stages = page
    .getByRole('list', {
      name: 'Stages of Supply chain source-to-url of shop-frontend',
    })
    .locator('button[data-stage]');
  await expect(stages.first()).toBeVisible();
  const states = await stages.evaluateAll(buttons =>
    buttons.map(b => `${b.dataset.stage}: ${b.dataset.state}`),
  );
  expect(states).toEqual([
    'source-provider: ready',
    'image-builder: ready',
    'config-provider: ready',
    'app-config: ready',
    'config-writer: ready',
    'deliverable: ready',
  ]);
  // The state is written out, not only coloured.
  await expect(stages.first()).toContainText('Ready');
  await expect(
    page.getByText('source-to-url', { exact: false }).first(),
  ).toBeVisible();
  await screenshot(page, 'graph');
  await expectNoSeriousA11yViolations(page);

  // Keyboard: focus the first stage and open it with Enter.
  await stages.first().focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('region', {
    name: 'Stage source-provider details',
  });
  await expect(drawer.getByRole('heading', { name: 'Outputs' })).toBeVisible();
  await expect(drawer.getByText(/^url/).first()).toBeVisible();
  await expect(
    drawer.getByText('https://github.com/sample-org/shop-frontend').first(),
  ).toBeVisible();
  await screenshot(page, 'stage-drawer');
});

test('the failing component names the failing stage and its message', async ({
  page,
}) => {
  await signIn(page, '/catalog/default/component/fraud-detector/supply-chain');
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Blocked at stage' });
  await expect(banner).toContainText('Blocked at stage image-builder');
  await expect(banner).toContainText('buildpack detection failed');
  await expect(
    page.locator('button[data-stage="image-builder"]'),
  ).toContainText('Failed');
  await screenshot(page, 'diagnosis');
  await expectNoSeriousA11yViolations(page);
});
