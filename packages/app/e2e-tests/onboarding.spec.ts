/*
 * Onboarding from the scaffolder: the picker offers only approved, Ready
 * chains; the template creates a Workload through the Cartographer backend;
 * the new app shows up in the catalog (entity provider) and its stages turn
 * Ready on the open tab without a reload.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signIn } from './helpers';
import { fillApplication, ONBOARDING_TEMPLATE } from './onboardingSteps';

const TEMPLATE = ONBOARDING_TEMPLATE;

test('the supply chain picker offers approved, Ready chains only', async ({
  page,
}) => {
  await signIn(page, TEMPLATE);
  await fillApplication(page, 'picker-check');
  await page
    .getByRole('textbox', { name: /^Git repository URL/ })
    .fill('https://github.com/sample-org/picker-check');
  await page.getByRole('button', { name: 'Next' }).click();

  const picker = page.getByRole('radiogroup');
  await expect(
    picker.getByRole('radio', { name: 'source-to-url' }),
  ).toBeVisible();
  await expect(
    picker.getByRole('radio', { name: 'source-test-to-url' }),
  ).toBeVisible();
  // experimental-chain exists on the cluster but is not approved.
  await expect(page.getByText('experimental-chain')).toHaveCount(0);
  await expect(picker.getByRole('radio')).toHaveCount(2);
  await screenshot(page, 'picker');
  // The form; the scaffolder's own tabs around it are not ours to fix.
  await expectNoSeriousA11yViolations(page, 'form');
});

test('onboarding an app creates a workload that turns Ready on its tab', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const name = `e2e-web-${Date.now().toString(36)}`;
  await signIn(page, TEMPLATE);
  await fillApplication(page, name);

  await page
    .getByRole('textbox', { name: /^Git repository URL/ })
    .fill(`https://github.com/sample-org/${name}`);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('radio', { name: 'source-to-url' }).check();
  // The preview asks the backend which chain will select the draft.
  await expect(
    page.getByText(/Supply chain source-to-url will take this workload/),
  ).toBeVisible({
    timeout: 30_000,
  });
  await screenshot(page, 'preview');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  const tabLink = page.getByRole('link', {
    name: `Supply Chain tab of ${name}`,
  });
  await expect(tabLink).toBeVisible({ timeout: 180_000 });
  await screenshot(page, 'task-done');
  await tabLink.click();

  // The catalog provider picks the app up within seconds; reload until the
  // entity exists, then watch the stages without reloading.
  const stages = page.locator('button[data-stage]');
  await expect(async () => {
    await page.reload();
    await expect(stages.first()).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 120_000 });
  await expect(
    page.locator('button[data-stage]:not([data-state="ready"])'),
  ).toHaveCount(0, { timeout: 120_000 });
  expect(await stages.count()).toBeGreaterThan(1);
  await screenshot(page, 'ready');
});
