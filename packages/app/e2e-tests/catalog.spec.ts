/*
 * The portal starts on the real local control plane with the sample catalog.
 */
import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

test('the catalog lists the sample applications', async ({ page }) => {
  await signIn(page);
  await expect(
    page.getByRole('link', { name: 'demo-shop' }).first(),
  ).toBeVisible();
  await screenshot(page, 'catalog');
});
