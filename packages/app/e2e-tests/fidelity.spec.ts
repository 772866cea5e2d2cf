/*
 * Template forms the stock Tanzu chains use, on the real controller: a chain
 * rendered by ytt, and an immutable-lifecycle stage whose latest object
 * fails its health rule.
 */
import { expect, Page, test } from '@playwright/test';
import { join } from 'node:path';
import { expectNoSeriousA11yViolations, screenshot, signIn } from './helpers';

const SCREENSHOTS = join(__dirname, '../../../test-results/e2e-screenshots');

const stageStates = (page: Page) =>
  page
    .locator('button[data-stage]')
    .evaluateAll(buttons =>
      buttons.map(b => `${b.dataset.stage}: ${b.dataset.state}`),
    );

test('a chain whose configuration stages are ytt templates is Ready', async ({
  page,
}) => {
  await signIn(page, '/cartographer/workloads/build/dev/inventory-api');
  await expect(page.locator('button[data-stage]').first()).toBeVisible();
  await expect
    .poll(() => stageStates(page))
    .toEqual([
      'source-provider: ready',
      'image-builder: ready',
      'config-provider: ready',
      'app-config: ready',
      'config-writer: ready',
    ]);
  await expect(
    page.getByText('source-to-url-ytt', { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'ytt');
});

const HEALTH_MESSAGE =
  'field value: failed, message: 2 of 57 tests failed: RiskScoreTest';

async function openRiskEngine(page: Page) {
  await signIn(page, '/cartographer/workloads/build/payments/risk-engine');
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Blocked at stage' });
  await expect(banner).toContainText('Blocked at stage source-tester');
  await expect(banner).toContainText(HEALTH_MESSAGE);
  await page.locator('button[data-stage="source-tester"]').click();
  const drawer = page.getByRole('region', {
    name: 'Stage source-tester details',
  });
  await expect(
    drawer.getByRole('heading', { name: 'Stamped objects' }),
  ).toBeVisible();
  return drawer;
}

test('an immutable stage whose latest object fails reads failed, with the rule message and the objects it stamped', async ({
  page,
}) => {
  await signIn(page, '/cartographer/workloads?state=failed');
  await expect(
    page.getByRole('row').filter({ hasText: 'risk-engine' }),
  ).toBeVisible();

  const drawer = await openRiskEngine(page);
  const history = drawer.getByRole('list', {
    name: 'Job stamped for this stage, newest first',
  });
  const latest = history.locator('li[data-current]');
  await expect(latest).toHaveCount(1);
  await expect(latest).toContainText('Unhealthy');
  await expect(latest).toContainText(HEALTH_MESSAGE);
  // The YAML is the latest object's.
  const name = (await latest.locator('[data-object-name]').innerText()).trim();
  await expect(drawer.getByText(`name: ${name}`).first()).toBeVisible();
  // The new section only: the YAML snippet below it is checked nowhere yet.
  await expectNoSeriousA11yViolations(
    page,
    'ul[aria-label="Job stamped for this stage, newest first"]',
  );
  await screenshot(page, 'drawer-1440');

  // On a phone the drawer is the whole screen and scrolls on its own: show
  // the section as a user sees it, not the page under the drawer.
  await page.setViewportSize({ width: 390, height: 844 });
  await history.scrollIntoViewIfNeeded();
  await page.screenshot({
    path: join(SCREENSHOTS, 'immutable-stage-drawer-390.png'),
  });
});

test('the immutable stage drawer in the dark theme', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('theme', 'dark'));
  await openRiskEngine(page);
  await screenshot(page, 'drawer-dark');
});
