import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { createRegistrationCodes } from '../server/registration/registrationCodes';
import { stageOneRecordOfRegister } from '../server/testing/stageOneFixture';
import { data, seededRandom, setUpAdministrator } from '../server/testing/testServer';
import { expectAccessibleNow } from './harness/axe';
import { hasNoHorizontalOverflow, startBrowserRun, type BrowserRun } from './harness/browser';
import { keepScreenshot } from './harness/screenshots';

// A pool that comes from a stage one: invitations drawn by département from a register, three invitees
// registered, the registrations closed and stage two committed. Each volunteer's receipt mail then proves
// both stages, and "Vérifier mon reçu" says so in plain French, or which stage fails and why.

const SAMPLE = readFileSync(new URL('../fixtures/register/register-sample.csv', import.meta.url));
const shots = fileURLToPath(new URL('../test-output/stage-one-receipt', import.meta.url));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let run: BrowserRun;
let processId: string;
let mail: { text_body: string; recipient_ref: string };

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  run = await startBrowserRun();
  const { server } = run;
  const organiser = server.client();
  data(await setUpAdministrator(organiser, 'stage one receipt password'));
  processId = server.app.ceremony.create({ title: 'Convention', seats: 1, alternates: 0 }).id;
  data(
    await organiser.post(`/api/processes/${processId}/register?stratum=departement`, SAMPLE, {
      headers: { 'x-file-name': 'registre.csv' },
    }),
  );
  const record = stageOneRecordOfRegister(server.db, 2);
  const path = `/api/processes/${processId}/registration`;
  data(
    await organiser.post(`${path}/stage-one`, JSON.stringify(record), {
      contentType: 'application/json',
    }),
  );
  data(
    await organiser.put(`${path}/form`, {
      eligibility: "J'ai 16 ans ou plus et je réside en France",
      attributes: [],
    }),
  );
  // The plain codes are printed on the letters; here they come straight from the issue.
  const invited = record.strata.flatMap((s) => s.selection.map((pick) => pick.id));
  const codes = createRegistrationCodes(server.db, server.clock, seededRandom('stage one receipt'))
    .issue(processId, invited)
    .issued.map((issued) => issued.code);
  const visitor = server.client();
  for (const [i, code] of codes.slice(0, 3).entries())
    data(
      await visitor.post('/api/public/registration', {
        code,
        eligible: true,
        consent: true,
        name: `Personne ${i}`,
        email: `personne${i}@example.org`,
        attributes: {},
        language: 'fr',
      }),
    );
  data(await organiser.post(`${path}/close`));
  data(
    await organiser.post(`/api/processes/${processId}/commit`, {
      witnesses: [],
      drandRound: drand.rounds[0]!.round,
    }),
  );
  mail = server.db
    .prepare(
      "SELECT text_body, recipient_ref FROM mail_queue WHERE kind = 'receipt' AND recipient = ?",
    )
    .get('personne1@example.org') as typeof mail;
}, 180_000);

afterAll(async () => {
  await run?.close();
});

/** Types the receipt in, asks by keyboard, and reads the verdict of this check. */
async function check(page: Page, text: string): Promise<string> {
  const verdict = page.getByTestId('receipt-verdict');
  await page.getByRole('textbox', { name: 'Votre reçu' }).fill(text);
  await verdict.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Vérifier mon reçu' }).focus();
  await page.keyboard.press('Enter');
  await verdict.waitFor();
  await expect.poll(async () => (await verdict.textContent()) ?? '').not.toBe('');
  return (await verdict.textContent()) ?? '';
}

/** The receipt block of the mail with `change` applied to its stage-one part. */
function tampered(change: (stageOne: { rank: number; proof: string[] }) => void): string {
  const receipt = JSON.parse(/\{[\s\S]*\}/.exec(mail.text_body)![0]) as {
    stageOne: { rank: number; proof: string[] };
  };
  change(receipt.stageOne);
  return JSON.stringify(receipt, null, 2);
}

describe('a receipt of both stages on the public page', () => {
  it('says the volunteer was invited (stratum, rank) and is in the pool, and names a tampered stage one', async () => {
    const stratum = (
      JSON.parse(/\{[\s\S]*\}/.exec(mail.text_body)![0]) as {
        stageOne: { stratum: string; rank: number };
      }
    ).stageOne;
    expect(mail.text_body).toContain(
      `Il prouve aussi que vous faisiez partie des personnes invitées par le premier tirage, dans le registre, pour « ${stratum.stratum} ».`,
    );
    const context = await run.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const stageOneRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/stage-one.json'))
        stageOneRequests.push(request.url());
    });
    await page.goto(`${run.server.url}/p/${processId}#receipt-heading`);
    await page.getByRole('heading', { name: 'Vérifier mon reçu' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The stage-one record is downloaded for the check of a receipt, not with the page, nor for a paste
    // that is no receipt.
    expect(stageOneRequests).toEqual([]);
    expect(await check(page, 'Bonjour, voici mon reçu')).toContain('n’est pas un reçu lisible');
    expect(stageOneRequests).toEqual([]);

    const verdict = await check(page, mail.text_body);
    expect(verdict).toContain(
      'Votre reçu prouve les deux étapes\u00a0: vous avez été invité·e par le premier tirage, et vous faites partie du vivier du second.',
    );
    expect(verdict).toContain(
      `Vous aviez bien été invité·e par le premier tirage, celui des invitations\u00a0: strate «\u00a0${stratum.stratum}\u00a0», invitation n°\u00a0${stratum.rank} sur 2.`,
    );
    expect(verdict).toContain(
      `Vous faisiez bien partie du vivier : identifiant ${mail.recipient_ref}, position`,
    );
    expect(verdict).toContain('Le tirage n’a pas encore eu lieu.');
    expect(stageOneRequests).toHaveLength(1);
    expect(await page.getByTestId('receipt-verdict').getAttribute('class')).toBe('verdict ok');
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await expectAccessibleNow(page, 'receipt of both stages verified');
    await page.getByTestId('receipt-verdict').scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/both-stages-390.png` });

    // Another rank: stage two still holds, stage one names what fails.
    const moved = await check(
      page,
      tampered((s) => {
        s.rank = s.rank === 1 ? 2 : 1;
      }),
    );
    expect(moved).toContain(
      'Premier tirage\u00a0: vous avez bien été invité·e, mais pas à la place indiquée par votre reçu (strate, rang ou position). Cette partie du reçu n’est pas valide.',
    );
    expect(moved).toContain('Vous faisiez bien partie du vivier');
    expect(moved).not.toContain('prouve les deux étapes');
    expect(await page.getByTestId('receipt-verdict').getAttribute('class')).toBe('verdict failed');
    await expectAccessibleNow(page, 'receipt with a tampered stage one');
    await keepScreenshot(page, { path: `${shots}/stage-one-tampered-390.png` });
    // A doctored stage-one proof.
    const doctored = await check(
      page,
      tampered((s) => {
        s.proof[0] = `${s.proof[0]![0] === '0' ? '1' : '0'}${s.proof[0]!.slice(1)}`;
      }),
    );
    expect(doctored).toContain(
      'Premier tirage\u00a0: la preuve de votre reçu ne correspond pas à la liste engagée du registre. Cette partie du reçu n’est pas valide.',
    );
    // The record was downloaded once for all these checks.
    expect(stageOneRequests).toHaveLength(1);

    await page.setViewportSize(DESKTOP);
    expect(await check(page, mail.text_body)).toContain('prouve les deux étapes');
    expect(await hasNoHorizontalOverflow(page)).toBe(true);
    await page.getByTestId('receipt-verdict').scrollIntoViewIfNeeded();
    await keepScreenshot(page, { path: `${shots}/both-stages-1280.png` });
    await context.close();
  });
});
