import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { smallLottery } from '../server/testing/smallLottery';
import { scratchFolder } from '../scripts/testing/runScript';
import { expectAccessible } from './harness/axe';
import { startStaticBrowserRun, type StaticBrowserRun } from './harness/browser';

let server: StaticBrowserRun['server'];
let browser: Browser;
let close: () => Promise<void>;
const folder = scratchFolder();

beforeAll(async () => {
  ({ server, browser, close } = await startStaticBrowserRun());
});

afterAll(async () => {
  await close?.();
  folder.dispose();
});

describe('the stratified lottery in the browser', () => {
  it('checks a LOTTERY.json and shows its probability allocation; a doctored one fails', async () => {
    const lottery = await smallLottery();
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
          event.violatedDirective,
        ),
      ),
    );
    await page.goto(`${server.url}/verifier`);
    await page.getByRole('link', { name: 'Lire une loterie stratifiée (LOTTERY.json)' }).click();
    await page
      .getByLabel('Fichier LOTTERY.json')
      .setInputFiles(folder.write('lottery.json', JSON.stringify(lottery)));
    await page.getByRole('button', { name: 'Lire et vérifier' }).click();
    const verdict = page.getByTestId('lottery-verdict');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/Loterie cohérente : les 7 contrôles sont réussis/);
    expect(await page.getByTestId('lottery-minimum').textContent()).toMatch(/33,33\s%/);
    expect(await page.getByTestId('lottery-completion').textContent()).toBe(
      'complète : 2 tours, chacun exact (certificat dual enregistré)',
    );
    // Chart.js arrives with the first chart drawn: wait for it, then there is exactly one.
    const chart = page.getByRole('img', { name: /Chance de chaque volontaire/ });
    await chart.waitFor();
    expect(await chart.count()).toBe(1);
    await expectAccessible(browser, page, 'lottery page', (scan) =>
      scan.getByRole('heading', { level: 1 }).waitFor(),
    );

    const doctored = { ...lottery, probabilities: [0.25, 0.25, 0.5, 1] };
    await page
      .getByLabel('Fichier LOTTERY.json')
      .setInputFiles(folder.write('doctored.json', JSON.stringify(doctored)));
    await page.getByRole('button', { name: 'Lire et vérifier' }).click();
    await expect.poll(() => verdict.textContent()).toMatch(/Échec : 1 contrôle\(s\) sur 7/);
    expect(await page.locator('li.check.failed[data-check="lottery-probabilities"]').count()).toBe(
      1,
    );
    expect(violations).toEqual([]);
  });
});
