/*
 * Shared steps for the portal's browser tests.
 */
import { Locator, Page, expect, test } from '@playwright/test';
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
  // A full-page capture keeps the viewport, so the fixed sidebar would end
  // where the viewport does; the page's own height makes it span the page.
  const viewport = page.viewportSize();
  const height = await page.evaluate(
    () => document.documentElement.scrollHeight,
  );
  if (viewport && height > viewport.height) {
    await page.setViewportSize({ width: viewport.width, height });
  }
  await page.screenshot({
    path: join(screenshotDir, `${name}.png`),
    fullPage: true,
  });
  if (viewport) await page.setViewportSize(viewport);
}

/**
 * Fails on serious or critical accessibility violations in `scope` (a CSS
 * selector; by default the main landmark), leaving out `exclude` (another
 * plugin's markup that is not ours to fix).
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  scope = 'main',
  exclude?: string,
) {
  const axe = new AxeBuilder({ page }).include(scope);
  if (exclude) axe.exclude(exclude);
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

/**
 * Screenshots for review: phone width, then the dark theme. `ready`, when
 * given, is awaited after the reload, so the dark capture shows the loaded
 * page rather than whatever was there when the network went quiet.
 */
export async function reviewShots(page: Page, step: string, ready?: Locator) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${step}-390`);
  await page.setViewportSize(viewport ?? { width: 1440, height: 900 });
  await page.evaluate(() => localStorage.setItem('theme', 'dark'));
  await page.reload();
  await page.waitForLoadState('networkidle');
  if (ready) await expect(ready).toBeVisible();
  await screenshot(page, `${step}-dark`);
  await page.evaluate(() => localStorage.removeItem('theme'));
}

/**
 * Fails when a word in a table cell or header inside `scope` wraps across
 * lines ("recomme ndations"): each whitespace-separated word is measured
 * with a Range, and its rects must all sit on one line. Breaking between
 * words is fine; breaking inside one is what makes a table unreadable.
 */
export async function expectNoBrokenWords(page: Page, scope = 'main') {
  const broken = await page.locator(scope).evaluateAll(roots => {
    const found: string[] = [];
    for (const root of roots) {
      const cells = root.querySelectorAll('td, th');
      for (const cell of Array.from(cells)) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = n.textContent ?? '';
          for (const match of Array.from(text.matchAll(/\S+/g))) {
            const range = document.createRange();
            range.setStart(n, match.index ?? 0);
            range.setEnd(n, (match.index ?? 0) + match[0].length);
            const tops = Array.from(range.getClientRects())
              .filter(r => r.width > 0)
              .map(r => Math.round(r.top));
            if (tops.length > 1 && Math.max(...tops) - Math.min(...tops) > 2) {
              found.push(`"${match[0]}" in "${cell.textContent?.trim()}"`);
            }
          }
        }
      }
    }
    return found;
  });
  expect(broken, 'words broken across lines').toEqual([]);
}
