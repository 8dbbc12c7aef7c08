// Driving the console with the keyboard alone, as a keyboard user does after tabbing to a control.

import type { Locator, Page } from 'playwright-core';
import { TEST_ADMINISTRATOR, TEST_SETUP_TOKEN } from '../../server/testing/testServer';

/** Focuses a control and presses a key on it. */
export async function press(page: Page, control: Locator, key: string): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

/**
 * Replaces a field's text from the keyboard: select all, then the text in one insertion (typed key by key,
 * a loaded machine has been seen to lose a keystroke).
 */
export async function replaceText(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

/** Fills the first start's form (setup token, the first administrator) and sends it with Enter. */
export async function createFirstAccount(page: Page, password = 'mot de passe très long') {
  await page.getByRole('heading', { name: 'Mise en service : créer le premier compte' }).waitFor();
  await replaceText(page, page.getByLabel('Jeton de mise en service'), TEST_SETUP_TOKEN);
  await replaceText(page, page.getByLabel('Adresse e-mail'), TEST_ADMINISTRATOR.email);
  await replaceText(page, page.getByLabel('Votre nom'), TEST_ADMINISTRATOR.name);
  await replaceText(page, page.getByLabel('Mot de passe', { exact: true }), password);
  await replaceText(page, page.getByLabel('Confirmer le mot de passe'), password);
  await page.keyboard.press('Enter');
}

/**
 * On a fresh server: the console, its first account created, then the process `title` opened from the
 * list by keyboard, down to its stratified option.
 */
export async function openStratifiedOptionAsFirstAccount(page: Page, url: string, title: string) {
  await page.goto(`${url}/organiser`);
  await createFirstAccount(page);
  await press(page, page.getByRole('link', { name: title }), 'Enter');
  await page.getByRole('heading', { name: 'Option : tirage stratifié par quotas' }).waitFor();
}
