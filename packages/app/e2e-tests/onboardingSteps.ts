/* Copyright 2026 The Cartographer for Backstage Authors. SPDX-License-Identifier: Apache-2.0 */
/*
 * Steps of the onboarding template that more than one browser test takes.
 */
import { Page } from '@playwright/test';

export const ONBOARDING_TEMPLATE =
  '/create/templates/default/cartographer-onboard-app';

/** Fills the template's first step (name, owner, description). */
export async function fillApplication(page: Page, name: string) {
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await page.getByRole('textbox', { name: /^Owner/ }).fill('team-web');
  await page
    .getByRole('option', { name: /team-web/ })
    .first()
    .click();
  await page
    .getByRole('textbox', { name: /^Description/ })
    .fill('Created by the browser tests');
  await page.getByRole('button', { name: 'Next' }).click();
}
