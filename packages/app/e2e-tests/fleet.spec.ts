/*
 * A build cluster and a run cluster (`yarn cluster:up` starts both): a
 * commit's path from the build chain to the Deliverable on the run cluster,
 * and the pages listing both clusters.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  reviewShots,
  screenshot,
  signIn,
} from './helpers';

test('the tab joins the build on cluster build to the delivery on cluster run', async ({
  page,
}) => {
  await signIn(page, '/catalog/default/component/shop-frontend/supply-chain');
  await expect(page.getByText('Build on cluster build')).toBeVisible();
  await expect(
    page.locator('button[data-stage="deliverable"]'),
  ).toHaveAttribute('data-state', 'ready');
  await expect(page.getByText('Delivery on cluster run')).toBeVisible();
  await expect(page.getByText('Handed over from cluster build')).toBeVisible();
  // The delivery graph of the Deliverable on run, Ready.
  await expect(page.locator('button[data-stage="deployer"]')).toHaveAttribute(
    'data-state',
    'ready',
  );
  await expect(
    page.getByText(/Deliverable\s+dev\/shop-frontend\s+on cluster\s+run/),
  ).toBeVisible();
  await expect(page.getByText(/not shown/)).toHaveCount(0);
  await screenshot(page, 'joined');
  await expectNoSeriousA11yViolations(page);
  await reviewShots(
    page,
    'joined',
    page.locator('button[data-stage="deployer"]'),
  );
});

test('the workloads index filters by cluster, and the delivery on run lists its Deliverables', async ({
  page,
}) => {
  await signIn(page, '/cartographer/workloads?cluster=build');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'shop-frontend' })).toBeVisible();
  await expect(rows.filter({ hasText: 'ledger' })).toContainText('build');
  await screenshot(page, 'build');
  await expectNoSeriousA11yViolations(page);
  // The run cluster holds Deliverables only: no workload rows there.
  await page.goto('/cartographer/workloads?cluster=run');
  await expect(
    page.getByText('No workload matches these filters'),
  ).toBeVisible();
  await expect(rows.filter({ hasText: 'shop-frontend' })).toHaveCount(0);

  // The Supply chains page lists the delivery on run beside build's chains.
  await page.goto('/cartographer/supply-chains');
  await expect(page.locator('[data-chain="delivery-basic"]')).toBeVisible();
  await expect(
    page.getByText('ClusterDelivery on cluster run', { exact: true }),
  ).toHaveCount(1);
  await expect(
    page.getByText('ClusterSupplyChain on cluster build', { exact: true }),
  ).not.toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.goto('/cartographer/supply-chains/run/delivery-basic');
  const shop = rows.filter({ hasText: 'shop-frontend' });
  await expect(shop).toContainText('Ready');
  await expect(
    shop.getByRole('link', { name: 'build / dev/shop-frontend' }),
  ).toBeVisible();
  await expect(
    rows.filter({ hasText: 'ledger' }).filter({ hasNotText: 'legacy' }),
  ).toContainText('build / payments/ledger');
  // Kept on run after its workload was retired: listed, with no workload.
  await expect(rows.filter({ hasText: 'legacy-billing' })).toContainText(
    'No workload on any cluster',
  );
  await screenshot(page, 'delivery');
  await expectNoSeriousA11yViolations(page);
  await reviewShots(
    page,
    'delivery',
    rows.filter({ hasText: 'legacy-billing' }),
  );
});
