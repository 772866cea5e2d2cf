/*
 * The demo permission policy as a restricted user sees it: dana is in
 * team-payments, which may only see the payments namespace, on cluster build
 * only. The backend must hide the rest, whatever the browser asks for.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoSeriousA11yViolations,
  reviewShots,
  screenshot,
  signIn,
} from './helpers';

test.use({ baseURL: 'http://localhost:7008' });

test('a restricted user sees workloads in their namespace only', async ({
  page,
}) => {
  await signIn(page, '/catalog/default/component/fraud-detector/supply-chain');
  await expect(
    page.locator('button[data-stage="image-builder"]'),
  ).toContainText('Failed');

  await page.goto('/catalog/default/component/shop-frontend/supply-chain');
  await expect(
    page.getByRole('heading', { name: 'No workloads for this entity' }),
  ).toBeVisible();
  await expect(page.locator('button[data-stage]')).toHaveCount(0);
  await screenshot(page, 'hidden');

  // Asking the API directly gives nothing away either.
  const response = await page.request.get(
    '/api/cartographer/workloads/build/dev/shop-frontend',
    {
      headers: {
        authorization: `Bearer ${await page.evaluate(async () => {
          const r = await fetch('/api/auth/guest/refresh', {
            headers: { 'x-requested-with': 'XMLHttpRequest' },
            credentials: 'include',
          });
          return (await r.json()).backstageIdentity.token;
        })}`,
      },
    },
  );
  expect(response.status()).toBe(404);
});

test('a restricted user does not find workloads outside their namespaces', async ({
  page,
}) => {
  await signIn(page, '/search');
  // "source-to-url" is in the documents of workloads in dev and payments;
  // dana may read payments only. Retry until the index has been built.
  await expect(async () => {
    await page.goto('/search?query=source-to-url');
    await expect(page.getByText('build / payments').first()).toBeVisible({
      timeout: 10_000,
    });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByText('build / dev')).toHaveCount(0);
  await screenshot(page, 'search-hidden');
});

test('a policy allowing cluster build only shows the workload, says its Deliverables are hidden and names no cluster', async ({
  page,
}) => {
  const notice =
    "Some of this workload's deliveries are on clusters you may not see, so they are not shown.";
  await signIn(page, '/cartographer/workloads/build/payments/ledger');
  // The build side is all there, up to the deliverable stage.
  await expect(
    page.locator('button[data-stage="deliverable"]'),
  ).toHaveAttribute('data-state', 'ready');
  await expect(page.getByText(notice)).toBeVisible();
  await expect(page.getByText(/Delivery on cluster/)).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText(/cluster run\b/);
  await screenshot(page, 'workload');
  await expectNoSeriousA11yViolations(page);
  await reviewShots(page, 'workload', page.getByText(notice));

  // The tab says the same.
  await page.goto('/catalog/default/component/ledger/supply-chain');
  await expect(page.getByText(notice)).toBeVisible();
  await expect(page.getByText(/Delivery on cluster/)).toHaveCount(0);
  await screenshot(page, 'tab');
  await expectNoSeriousA11yViolations(page);
});
