/*
 * Portal search: the Cartographer collator indexes workloads; a result
 * opens the workload's Supply Chain view.
 */
import { expect, Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations, screenshot, signIn } from './helpers';

/**
 * A workload result links to a Supply Chain view; catalog results for the
 * same name link to the entity's overview.
 */
function workloadResult(page: Page, name: string) {
  return page.locator('a[href*="/supply-chain"]', { hasText: name });
}

/** Searches, retrying until the collator's first run has indexed the samples. */
async function search(page: Page, query: string, name: string) {
  await expect(async () => {
    await page.goto(`/search?query=${encodeURIComponent(query)}`);
    await expect(workloadResult(page, name).first()).toBeVisible({
      timeout: 10_000,
    });
  }).toPass({ timeout: 120_000 });
}

test('search finds a workload by name and by repository and opens it', async ({
  page,
}) => {
  await signIn(page, '/search');

  await search(page, 'shop-frontend', 'shop-frontend');
  await expect(
    page.getByText('Supply chain: source-to-url').first(),
  ).toBeVisible();
  // The query narrows the results: a workload it does not name is absent.
  await expect(workloadResult(page, 'ledger')).toHaveCount(0);
  await screenshot(page, 'by-name');
  // Our result item; the search page around it belongs to plugin-search.
  await expectNoSeriousA11yViolations(page, 'a[href*="/supply-chain"]');

  await search(page, 'github.com/sample-org/ledger', 'ledger');
  await workloadResult(page, 'ledger').first().click();
  await expect(page).toHaveURL(/\/supply-chain/);
  await expect(page.locator('button[data-stage]').first()).toBeVisible();
});
