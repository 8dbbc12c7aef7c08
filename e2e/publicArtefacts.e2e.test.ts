import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { canonicalize } from '../shared/crypto/jcs';
import { scratchFolder } from '../scripts/testing/runScript';
import { smallLottery } from '../server/testing/smallLottery';
import { drawnJuryWithDossiers } from '../server/testing/ceremonyFixture';
import { deliberate } from '../server/testing/deliberationFixture';
import { genuineStratifiedRecord } from '../server/testing/stratifiedArtefact';
import { data, type TestServer } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import { hasNoHorizontalOverflow, overflowingElements, startBrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';
import { chooseLanguage } from './harness/language';

// Every public artefact through the one /verifier page, each produced for real: the draw record, the
// audit bundle, the results CSV and the receipts file by a real server after a real deliberation, the
// stratified record and LOTTERY.json by the stratification code. Then "Vérifier mon reçu" with the
// volunteer's entry copied verbatim from the organiser's receipts file.

const shots = fileURLToPath(new URL('../test-output/verifier', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let server: TestServer;
let browser: Browser;
let close: () => Promise<void>;
const folder = scratchFolder();

let processId: string;
let recordText: string;
let bundleText: string;
let resultsCsv: Uint8Array;
let receiptsFile: string;
let firstSeatId: string;
let stratifiedText: string;
let lotteryText: string;

beforeAll(async () => {
  ({ server, browser, close } = await startBrowserRun());

  const jury = await drawnJuryWithDossiers(server, {
    title: 'Budget participatif',
    seats: 5,
    dossierTitles: ['Jardins partagés', 'Vélos cargo'],
  });
  processId = jury.processId;
  await deliberate({
    url: server.url,
    processId,
    cookie: jury.cookie,
    tokens: jury.tokens,
    // Confidential: the audit bundle then carries the checkpoints of the heads shown while it lasted.
    confidential: true,
    rule: { quorum: 3 },
    dossiers: [
      { id: 'AIC-2026-001', grade: (seat) => (seat <= 3 ? 'tres-bien' : 'bien') },
      { id: 'AIC-2026-002', grade: (seat) => (seat <= 2 ? 'bien' : 'passable') },
    ],
  });
  data(await jury.organiser.post(`/api/processes/${processId}/results/publish`, {}));
  const download = async (path: string) => {
    const answer = await jury.organiser.get(path);
    expect(answer.status, path).toBe(200);
    return answer.text;
  };
  recordText = await download(`/api/public/processes/${processId}/record.json`);
  bundleText = await download(`/api/public/processes/${processId}/audit.json`);
  receiptsFile = await download(`/api/processes/${processId}/receipts.json`);
  const csv = await fetch(`${server.url}/api/public/processes/${processId}/results.csv`);
  resultsCsv = new Uint8Array(await csv.arrayBuffer());
  firstSeatId = (JSON.parse(recordText) as { selection: { id: string; rank: number }[] })
    .selection[0]!.id;

  stratifiedText = new TextDecoder().decode(await genuineStratifiedRecord());
  lotteryText = JSON.stringify(await smallLottery());
});

afterAll(async () => {
  await close?.();
  folder.dispose();
});

/** A page in a context that lets axe's script in, so that the verdict shown can itself be scanned. */
async function openPage(
  path: string,
  viewport = PHONE,
  ready: (page: Page) => Promise<unknown> = (page) =>
    page.getByRole('heading', { level: 1 }).waitFor(),
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await ready(page);
  return { page, context };
}

async function verifyFile(page: Page, name: string, content: string | Uint8Array): Promise<string> {
  await page.getByLabel('Fichier publié (JSON)').setInputFiles(folder.write(name, content));
  await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
  const status = page.getByRole('status').filter({ hasNotText: /^$/ }).first();
  await expect
    .poll(() => page.locator('.verdict-region').textContent(), { timeout: 60_000 })
    .toMatch(/vérifié|NON valide|NON cohérente|cohérente|pas un artefact/);
  return (await status.textContent()) ?? '';
}

const verdictText = (page: Page) => page.locator('.verdict-region').textContent();
const failedChecks = (page: Page) =>
  page.locator('li.check.failed').evaluateAll((items) => items.map((li) => li.dataset['check']));

async function expectNoHorizontalOverflow(page: Page) {
  expect(await overflowingElements(page)).toEqual([]);
  expect(await hasNoHorizontalOverflow(page)).toBe(true);
}

describe('/verifier recognises every public artefact', () => {
  it('verifies a genuine draw record, and names the failing check of a tampered one', async () => {
    const { page, context } = await openPage('/verifier');
    await verifyFile(page, 'tirage.json', recordText);
    expect(await page.getByTestId('artefact-kind').textContent()).toBe(
      'Fichier reconnu : registre d’un tirage au sort (kleroterion-draw/1).',
    );
    expect(await verdictText(page)).toMatch(/Tirage vérifié : les \d+ contrôles sont réussis/);
    expect(await failedChecks(page)).toEqual([]);

    const tampered = JSON.parse(recordText) as { selection: { id: string }[] };
    tampered.selection[0]!.id = tampered.selection[1]!.id;
    await verifyFile(page, 'tirage-modifie.json', `${canonicalize(tampered)}\n`);
    expect(await verdictText(page)).toMatch(/Tirage NON valide/);
    expect(await page.locator('li[data-check="proof-1"]').textContent()).toContain('Échec');
    await context.close();
  });

  it('verifies a genuine stratified record, and names the failing check of a tampered one', async () => {
    const { page, context } = await openPage('/verifier');
    await verifyFile(page, 'stratifie.json', stratifiedText);
    expect(await page.getByTestId('artefact-kind').textContent()).toContain(
      'registre d’un tirage stratifié (kleroterion-stratified/1)',
    );
    expect(await verdictText(page)).toMatch(/Tirage vérifié : les \d+ contrôles sont réussis/);
    expect(await failedChecks(page)).toEqual([]);

    const genuine = JSON.parse(stratifiedText) as { panelIndex: number };
    const shifted = { ...genuine, panelIndex: genuine.panelIndex + 1 };
    await verifyFile(page, 'stratifie-modifie.json', `${canonicalize(shifted)}\n`);
    expect(await verdictText(page)).toMatch(/Tirage NON valide/);
    expect(await failedChecks(page)).toContain('panel-index');
    await context.close();
  });

  it('checks a genuine LOTTERY.json on the same page, and names the failing check of a doctored one', async () => {
    const { page, context } = await openPage('/verifier');
    await verifyFile(page, 'LOTTERY.json', lotteryText);
    expect(await page.getByTestId('artefact-kind').textContent()).toContain(
      'loterie stratifiée (LOTTERY.json)',
    );
    expect(await verdictText(page)).toMatch(/Loterie cohérente : les 7 contrôles sont réussis/);
    expect(await page.getByTestId('lottery-minimum').textContent()).toMatch(/33,33\s%/);

    const doctored = { ...JSON.parse(lotteryText), probabilities: [0.25, 0.25, 0.5, 1] };
    await verifyFile(page, 'LOTTERY-modifie.json', JSON.stringify(doctored));
    expect(await verdictText(page)).toMatch(/Loterie NON cohérente : 1 contrôle\(s\) sur 7/);
    expect(await failedChecks(page)).toEqual(['lottery-probabilities']);
    await context.close();
  });

  it('verifies a genuine audit bundle (not "Tirage NON valide"), and names the failing check of a tampered one', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, context } = await openPage('/verifier', viewport);
      await verifyFile(page, 'audit.json', bundleText);
      expect(await page.getByTestId('artefact-kind').textContent()).toBe(
        'Fichier reconnu : dossier d’audit des résultats (kleroterion-audit/1).',
      );
      expect(await verdictText(page)).toMatch(
        /Dossier d’audit vérifié : les \d+ contrôles sont réussis/,
      );
      expect(await failedChecks(page)).toEqual([]);
      for (const name of ['log-chain', 'grades', 'results', 'results-hash'])
        expect(await page.locator(`li.check.ok[data-check="${name}"]`).count()).toBe(1);
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, {
        path: `${shots}/verifier-audit-bundle-${viewport.width}.png`,
        fullPage: true,
      });
      if (viewport === PHONE) await expectAccessibleNow(page, 'verifier, audit bundle verified');
      await context.close();
    }

    const tampered = JSON.parse(bundleText) as {
      grades: { counts: Record<string, Record<string, number>> }[];
    };
    const counts = Object.values(tampered.grades[0]!.counts)[0]!;
    counts['excellent'] = (counts['excellent'] ?? 0) + 1;
    const { page, context } = await openPage('/verifier');
    await verifyFile(page, 'audit-modifie.json', `${canonicalize(tampered)}\n`);
    expect(await verdictText(page)).toMatch(/Dossier d’audit NON valide : 1 contrôle\(s\) sur/);
    expect(await failedChecks(page)).toEqual(['grades']);
    expect(await page.locator('li[data-check="grades"]').textContent()).toContain('Échec');
    await context.close();
  });

  it('explains a file of another kind plainly, and never calls it invalid', async () => {
    const { page, context } = await openPage('/verifier');
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['resultats.csv', resultsCsv, /c’est un tableau \(CSV\)/],
      ['bonjour.json', JSON.stringify({ bonjour: 'monde', n: [1, 2, 3] }), /aucun des champs/],
      ['notes.txt', 'Ceci est une note, pas un fichier publié.', /ce n’est pas du JSON/],
      [
        'recu.json',
        JSON.stringify((JSON.parse(receiptsFile) as { receipt: unknown }[])[0]!.receipt),
        /c’est un reçu de volontaire.*Vérifier mon reçu/,
      ],
      [
        'image.png',
        new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]),
        /pas un fichier texte/,
      ],
    ];
    for (const [name, content, reason] of cases) {
      const text = await verifyFile(page, name, content);
      expect(text, name).toMatch(/^Ce fichier n’est pas un artefact Kleroterion reconnu : /);
      expect(text, name).toMatch(reason);
      expect(text, name).toContain('ce message ne dit pas que le fichier est faux');
      expect(text, name).not.toMatch(/NON valide|Échec|invalid/i);
      expect(await page.locator('.verdict.failed').count(), name).toBe(0);
      expect(await page.locator('li.check').count(), name).toBe(0);
    }
    await page
      .getByLabel('Fichier publié (JSON)')
      .setInputFiles(folder.write('resultats.csv', resultsCsv));
    await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
    await page.getByTestId('not-artefact').waitFor();
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, { path: `${shots}/verifier-csv-explained-390.png`, fullPage: true });
    await expectAccessibleNow(page, 'verifier, wrong kind explained');
    await page.setViewportSize(DESKTOP);
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, {
      path: `${shots}/verifier-csv-explained-1280.png`,
      fullPage: true,
    });
    await context.close();
  });
});

/** The lines of one entry of the organiser's receipts file, as selected with a mouse: "{" to "},". */
function entryLines(file: string, id: string): string {
  const lines = file.split('\n');
  const idLine = lines.findIndex((line) => line.includes(`"id": ${JSON.stringify(id)}`));
  let start = idLine;
  while (lines[start] !== ' {') start--;
  let end = idLine;
  while (!/^ },?$/.test(lines[end]!)) end++;
  return lines.slice(start, end + 1).join('\n');
}

describe('"Vérifier mon reçu" with the organiser’s receipts file', () => {
  it('accepts the entry verbatim, with its final comma, and the uploaded file', async () => {
    const pasted = entryLines(receiptsFile, firstSeatId);
    // The entry as the file holds it: the name and e-mail beside the receipt, and the list's comma.
    expect(pasted).toMatch(/"receipt": \{[\s\S]*"email": "[^"]+@example\.org"\n \},$/);
    const { page, context } = await openPage(`/p/${processId}`);
    await page.getByRole('textbox', { name: 'Votre reçu' }).fill(pasted);
    await page.getByRole('button', { name: 'Vérifier mon reçu' }).click();
    const verdict = page.getByTestId('receipt-verdict');
    await expect.poll(() => verdict.textContent()).toContain('Vous faisiez bien partie du vivier');
    expect(await verdict.textContent()).toContain(`identifiant ${firstSeatId}`);
    expect(await verdict.textContent()).toContain('rang 1, juré·e');
    await expectNoHorizontalOverflow(page);
    await verdict.scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/receipt-entry-verified-390.png` });
    await expectAccessibleNow(page, 'receipt verified');
    await page.setViewportSize(DESKTOP);
    await expectNoHorizontalOverflow(page);
    await verdict.scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/receipt-entry-verified-1280.png` });
    await page.setViewportSize(PHONE);

    // Uploading the same entry as a file checks it at once.
    await page.reload();
    await page
      .getByLabel('Ou le fichier de votre reçu')
      .setInputFiles(folder.write('mon-recu.json', `${pasted}\n`));
    await expect.poll(() => verdict.textContent()).toContain('Vous faisiez bien partie du vivier');
    await context.close();
  });

  it('explains a wrong entry in plain French, never in validation text', async () => {
    const { page, context } = await openPage(`/p/${processId}`);
    const verdict = page.getByTestId('receipt-verdict');
    const check = async (text: string) => {
      await page.getByRole('textbox', { name: 'Votre reçu' }).fill(text);
      // The previous verdict goes with the text it spoke of, so the one read below is this check's.
      await verdict.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Vérifier mon reçu' }).click();
      await verdict.waitFor();
      const shown = (await verdict.textContent()) ?? '';
      expect(shown).not.toMatch(/Invalid|expected|JSON\.parse|Unexpected|undefined/);
      return shown;
    };
    // Someone else's position with this id: the proof no longer leads to the published root.
    const entry = JSON.parse(entryLines(receiptsFile, firstSeatId).replace(/,$/, '')) as {
      receipt: { index: number };
    };
    entry.receipt.index += 1;
    expect(await check(JSON.stringify(entry, null, 1))).toBe(
      'La preuve ne correspond pas au vivier publié : ce reçu n’est pas valide.',
    );
    expect(await check(firstSeatId)).toMatch(/^Ce texte n’est pas un reçu lisible\. Copiez toute/);
    expect(await check('{ "name": "P 0", "email": "p0@example.org" }')).toMatch(
      /^Il manque à ce reçu votre identifiant/,
    );
    expect(await check(receiptsFile)).toMatch(/plusieurs personnes/);
    await expectNoHorizontalOverflow(page);
    await verdict.scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/receipt-wrong-entry-390.png` });
    await context.close();
  });
});

describe('server errors in the reader’s language', () => {
  it('words a refused room entry from its code, in French then in English, never the server’s text', async () => {
    // Loaded directly, an unknown process's room is answered 404 with the not-found page (shell.e2e); a
    // room the socket refuses is reached here inside the app, as from a stale link in an open tab.
    const { page, context } = await openPage('/', DESKTOP);
    await page.evaluate(() => {
      window.history.pushState(null, '', '/salle/pas-un-processus');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('alert').waitFor();
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Impossible d’entrer dans la salle');
    const french = (await alert.textContent()) ?? '';
    expect(french).toBe(
      'Impossible d’entrer dans la salle : Les données envoyées ont été refusées : une valeur manque ou n’a pas la forme attendue.',
    );
    expect(french).not.toMatch(/processId|Invalid|Cannot|anglais/);
    await chooseLanguage(page, 'English');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^Cannot enter the room: The data sent was refused/);
    await page.setViewportSize(PHONE);
    await chooseLanguage(page, 'Français');
    await expectNoHorizontalOverflow(page);
    await keepScreenshot(page, { path: `${shots}/room-refused-390.png` });
    await context.close();
  });
});
