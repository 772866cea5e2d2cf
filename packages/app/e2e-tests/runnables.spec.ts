/*
 * Runnables against the real local control plane: the runs of a Runnable
 * stage in the stage drawer, and the page of standalone Runnables
 * (examples/cluster/26-runnables.yaml).
 */
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  reviewShots,
  screenshot,
  signIn,
} from './helpers';

test('the stage drawer of a Runnable stage lists its runs', async ({
  page,
}) => {
  await signIn(page, '/cartographer/workloads/build/qa/inventory-api');
  const stage = page.locator('button[data-stage="source-tester"]');
  await expect(stage).toContainText('Ready');
  await stage.click();
  const drawer = page.getByRole('region', {
    name: 'Stage source-tester details',
  });
  await expect(drawer.getByRole('heading', { name: 'Runs' })).toBeVisible();
  const runs = drawer.getByRole('table', {
    name: 'Runs of the Runnable, newest first',
  });
  const first = runs.locator('tbody tr').first();
  await expect(first).toContainText('inventory-api-tests-');
  await expect(first).toContainText('Succeeded');
  await expect(first).toContainText('main@sha1:4f1c2e9');
  await expect(first).toContainText('outputs in use');
  await expect(drawer.getByText(/runs? \(TestRun, /)).toBeVisible();
  await runs.scrollIntoViewIfNeeded();
  await screenshot(page, 'drawer');
  // The runs section only: the drawer's CodeSnippet previews (outputs, YAML)
  // have a syntax-highlighting contrast issue that predates Runnables.
  await expectNoSeriousA11yViolations(
    page,
    '[aria-label="Runs of the Runnable, newest first"]',
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'drawer-390');
});

test('the Runnables page lists standalone Runnables and explains one', async ({
  page,
}) => {
  await signIn(page, '/cartographer/runnables');
  const row = page.getByRole('row').filter({ hasText: 'nightly-smoke' });
  await expect(row).toContainText('sample-smoke-run');
  await expect(row).toContainText('Ready');
  // Runnables a supply chain stamped are stages, not listed here.
  await expect(
    page.getByRole('row').filter({ hasText: 'inventory-api-tests' }),
  ).toHaveCount(0);
  await screenshot(page, 'index');
  await expectNoSeriousA11yViolations(page);

  await row.getByRole('link', { name: 'nightly-smoke' }).click();
  await expect(
    page.getByRole('heading', { name: 'Runnable nightly-smoke' }),
  ).toBeVisible();
  const templates = page.getByRole('table', {
    name: 'ClusterRunTemplates and which one the Runnable uses',
  });
  await expect(
    templates.getByRole('row').filter({ hasText: 'sample-smoke-run' }),
  ).toContainText('Chosen');
  const objects = page.getByRole('table', {
    name: 'ConfigMap objects the selector considered',
  });
  await expect(
    objects.getByRole('row').filter({ hasText: 'smoke-target-inventory' }),
  ).toContainText('Selected');
  await expect(
    objects.getByRole('row').filter({ hasText: 'smoke-target-draft' }),
  ).toContainText('Does not match');
  await expect(
    page.getByRole('table', { name: 'Runs of the Runnable, newest first' }),
  ).toContainText('nightly-smoke-');
  await screenshot(page, 'detail');
  await expectNoSeriousA11yViolations(page);
  await reviewShots(page, 'detail');
  await page.goto('/cartographer/runnables');
  await expect(row).toBeVisible();
  await reviewShots(page, 'index');
});

test.describe('a restricted user', () => {
  test.use({ baseURL: 'http://localhost:7008' });

  test('sees no Runnable outside their namespaces', async ({ page }) => {
    await signIn(page, '/cartographer/runnables');
    await expect(
      page.getByRole('heading', { name: 'No standalone Runnables' }),
    ).toBeVisible();
    await expect(
      page.getByRole('row').filter({ hasText: 'nightly-smoke' }),
    ).toHaveCount(0);
    await screenshot(page, 'restricted');
  });
});
