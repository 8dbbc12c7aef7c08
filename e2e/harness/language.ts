// Chooses the interface language through the header's DSFR language selector, as a person would: on a
// phone the selector sits in the header's menu, which opens first.

import type { Page } from 'playwright-core';

export async function chooseLanguage(page: Page, name: 'English' | 'Français'): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu', exact: true });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('button', { name: /^(Langue|Language)\b/ }).click();
  await page.getByRole('button', { name, exact: true }).click();
  const close = page.getByRole('button', { name: /^(Fermer|Close)$/ });
  if (await close.isVisible()) await close.click();
  // A language's messages are a file of their own: the page switches (and <html lang> with it) once it is there.
  await page
    .locator(`html[lang="${name === 'English' ? 'en' : 'fr'}"]`)
    .waitFor({ state: 'attached' });
}
