/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Tables a person can read: at 1280 px no word in a table cell or header of
 * the Supply Chain tab (and its stage drawer), the Workloads page or the
 * Supply chains pages wraps in the middle.
 */
import { expect, test } from '@playwright/test';
import {
  expectNoBrokenWords,
  expectNoSeriousA11yViolations,
  screenshot,
  signIn,
} from './helpers';

test.use({ viewport: { width: 1280, height: 900 } });

test('the Supply Chain tab and its stage drawer keep every word in a table whole', async ({
  page,
}) => {
  await signIn(page, '/catalog/default/component/fraud-detector/supply-chain');
  await expect(
    page.getByRole('table', { name: 'Supply chain candidates' }),
  ).toBeVisible();
  await expectNoBrokenWords(page);

  await page.locator('button[data-stage="image-builder"]').click();
  const drawer = page.getByRole('region', {
    name: 'Stage image-builder details',
  });
  await expect(drawer.getByRole('heading', { name: 'Events' })).toBeVisible();
  await expectNoBrokenWords(page, '[role="dialog"]');
});

test('the Workloads page keeps every word in a table whole', async ({
  page,
}) => {
  await signIn(page, '/cartographer/workloads');
  await expect(
    page.getByRole('row').filter({ hasText: 'fraud-detector' }),
  ).toBeVisible();
  // Measured with the delivery column filled in, not its placeholders.
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'fraud-detector' })
      .getByRole('img', { name: /in 30 days|no history yet/ })
      .first(),
  ).toBeVisible({ timeout: 30_000 });
  await expectNoBrokenWords(page);
});

test('the Supply chains pages keep every word in a table whole', async ({
  page,
}) => {
  await signIn(page, '/cartographer/supply-chains');
  await expect(page.locator('[data-chain="source-to-url"]')).toBeVisible();
  await expectNoBrokenWords(page);

  await page.goto('/cartographer/supply-chains/build/source-to-url');
  await expect(
    page.getByRole('row').filter({ hasText: 'fraud-detector' }),
  ).toBeVisible();
  await expectNoBrokenWords(page);
});

const PAGES = [
  ['tab', '/catalog/default/component/fraud-detector/supply-chain'],
  ['workloads', '/cartographer/workloads'],
  ['supply-chains', '/cartographer/supply-chains'],
] as const;

for (const [theme, width] of [
  ['light', 1440],
  ['light', 390],
  ['dark', 1440],
] as const) {
  test(`the tab, Workloads and Supply chains pages at ${width} px in the ${theme} theme`, async ({
    page,
  }) => {
    // The app keeps the chosen theme in local storage.
    await page.addInitScript(t => localStorage.setItem('theme', t), theme);
    await page.setViewportSize({ width, height: 900 });
    for (const [name, path] of PAGES) {
      await signIn(page, path);
      await expect(
        page.locator('main table, [data-chain]').first(),
      ).toBeVisible();
      // Nothing sticks out sideways on a phone; tables scroll inside their card.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow, `${name} is wider than the window`).toBeLessThanOrEqual(
        0,
      );
      await screenshot(page, `${name}-${width}-${theme}`);
      await expectNoSeriousA11yViolations(page);
    }
  });
}
