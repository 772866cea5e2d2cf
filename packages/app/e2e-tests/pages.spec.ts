/*
 * The plugin's own pages: the workloads index across clusters and the
 * supply chains catalogue for operators.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  reviewShots,
  screenshot,
  signIn,
} from './helpers';

test('the workloads index lists every sample workload with its state and filters by state', async ({
  page,
}) => {
  await signIn(page, '/cartographer/workloads');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'fraud-detector' })).toContainText(
    'Failed',
  );
  await expect(rows.filter({ hasText: 'report-worker' })).toBeVisible();
  await expect(rows.filter({ hasText: 'ledger' })).toContainText('Ready');
  // The delivery column fills in after the rows: the demo's own commits
  // at start published at least one config of shop-frontend.
  const delivery = rows
    .filter({ hasText: 'shop-frontend' })
    .getByRole('img', {
      name: /^[1-9]\d* deployments? in 30 days, lead time median/,
    })
    .first();
  await expect(delivery).toBeVisible({ timeout: 30_000 });
  await expect(delivery).toHaveText(/^[1-9]\d* · \S+ · (\d+ %|–)$/);
  await expect(
    rows
      .filter({ hasText: 'report-worker' })
      .getByRole('img', { name: /in 30 days|no history yet/ })
      .first(),
  ).toBeVisible();
  await screenshot(page, 'index');
  await expectNoSeriousA11yViolations(page);
  await reviewShots(page, 'index', delivery);

  await page.goto('/cartographer/workloads?state=failed');
  await expect(rows.filter({ hasText: 'fraud-detector' })).toBeVisible();
  await expect(rows.filter({ hasText: 'ledger' })).toHaveCount(0);
});

test('the supply chains catalogue shows approval and opens a chain with its workloads', async ({
  page,
}) => {
  await signIn(page, '/cartographer/supply-chains');
  const chain = (name: string) => page.locator(`[data-chain="${name}"]`);
  await expect(chain('experimental-chain')).toContainText(
    'Not approved for onboarding',
  );
  for (const approved of ['source-to-url', 'source-test-to-url']) {
    await expect(chain(approved)).toContainText('Approved for onboarding');
    await expect(chain(approved)).not.toContainText('Not approved');
  }
  await screenshot(page, 'catalogue');
  await expectNoSeriousA11yViolations(page);

  await page.goto('/cartographer/supply-chains/build/source-to-url');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'fraud-detector' })).toBeVisible();
  await expect(rows.filter({ hasText: 'shop-frontend' })).toBeVisible();
  // catalog-service runs on source-test-to-url, not this chain.
  await expect(rows.filter({ hasText: 'catalog-service' })).toHaveCount(0);
  await screenshot(page, 'chain');
});
