/*
 * The demo permission policy as a restricted user sees it: dana is in
 * team-payments, which may only see the payments namespace. The backend must
 * hide the rest, whatever the browser asks for.
 */
import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

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
