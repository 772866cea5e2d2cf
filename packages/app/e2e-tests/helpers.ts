/*
 * Shared steps for the portal's browser tests.
 */
import { Page, expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const screenshotDir = join(__dirname, '../../../test-results/e2e-screenshots');

/**
 * Opens a page of the portal, signing in as the guest user when the sign-in
 * page shows first.
 */
export async function signIn(page: Page, path = '/') {
  await page.goto(path);
  const guestButton = page.getByRole('button', { name: 'Enter' });
  const shown = await guestButton
    .waitFor({ state: 'visible', timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  if (shown) {
    await guestButton.click();
    await expect(guestButton).toBeHidden();
  }
}

/** Saves a full-page screenshot named after the current test and a step. */
export async function screenshot(page: Page, step: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // The legacy-frontend-system project prefixes its own screenshots.
  const prefix = test.info().project.metadata.screenshotPrefix ?? '';
  const name = `${prefix}${test.info().title}-${step}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  await page.screenshot({
    path: join(screenshotDir, `${name}.png`),
    fullPage: true,
  });
}

/**
 * Fails on serious or critical accessibility violations in `scope` (a CSS
 * selector; by default the main landmark).
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  scope = 'main',
) {
  const axe = new AxeBuilder({ page }).include(scope);
  const results = await axe.analyze();
  const serious = results.violations.filter(v =>
    ['serious', 'critical'].includes(v.impact ?? ''),
  );
  expect(
    serious.map(
      v =>
        `${v.id}: ${v.help} at ${v.nodes
          .map(n => `${n.target.join(' ')} ${n.failureSummary ?? ''}`)
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

/** Screenshots for review: phone width, then the dark theme. */
export async function reviewShots(page: Page, step: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${step}-390`);
  await page.setViewportSize(viewport ?? { width: 1440, height: 900 });
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.reload();
  await page.waitForLoadState('networkidle');
  await screenshot(page, `${step}-dark`);
  await page.evaluate(() => localStorage.removeItem('theme'));
}
