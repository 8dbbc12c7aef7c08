// Opening "Vérifier un fichier publié" with files chosen, and submitting it from the keyboard, as a
// journalist would: the published record, and optionally the id list and the stage-one record.

import type { Browser, Page } from 'playwright-core';

export interface VerifierFiles {
  /** Paths of the files to choose. */
  record: string;
  pool?: string;
  stageOne?: string;
}

export async function verifyFiles(
  browser: Browser,
  baseUrl: string,
  files: VerifierFiles,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await browser.newPage(viewport === undefined ? {} : { viewport });
  await page.goto(`${baseUrl}/verifier`);
  await page.getByLabel('Fichier publié (JSON)').setInputFiles(files.record);
  if (files.pool !== undefined)
    await page.getByLabel('Liste des identifiants (facultatif)').setInputFiles(files.pool);
  if (files.stageOne !== undefined)
    await page.getByLabel('Registre de l’étape 1 (facultatif)').setInputFiles(files.stageOne);
  await page.getByRole('button', { name: 'Vérifier' }).focus();
  await page.keyboard.press('Enter');
  return page;
}
