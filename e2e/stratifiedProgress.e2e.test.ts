import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpAdministrator, signIn } from '../server/testing/testServer';
import { signedInContext, startBrowserRun, type BrowserRun } from './harness/browser';

// 150 volunteers over 4 criteria (88 types) and 12 seats: LEXIMIN runs for several seconds, long enough
// for the console's once-a-second poll to show the progress of the round under way.
const GENRE = ['femme', 'homme'];
const AGE = ['jeune', 'adulte', 'senior', 'aine'];
const REGION = ['nord', 'sud', 'est', 'ouest', 'centre'];
const ETUDE = ['bac', 'licence', 'master'];
function volunteers(): string {
  let x = 7;
  const pick = <T>(values: readonly T[]) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return values[Math.floor((x / 2147483648) * values.length)]!;
  };
  const rows = Array.from(
    { length: 150 },
    (_, i) => `P ${i},p${i}@example.org,${pick(GENRE)},${pick(AGE)},${pick(REGION)},${pick(ETUDE)}`,
  );
  return `name,email,genre,age,region,etude\n${rows.join('\n')}\n`;
}
const QUOTAS = `category,feature,min,max
genre,femme,6,6
genre,homme,6,6
${AGE.map((a) => `age,${a},2,4`).join('\n')}
${REGION.map((r) => `region,${r},${r === 'centre' ? 1 : 2},3`).join('\n')}
${ETUDE.map((e) => `etude,${e},3,5`).join('\n')}
`;

let run: BrowserRun;
let processId: string;
let cookie: string;

beforeAll(async () => {
  run = await startBrowserRun({ clockStart: '2023-09-15T10:00:00Z' });
  const { server } = run;
  await setUpAdministrator(server.client());
  const login = await signIn(server.client());
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  processId = server.app.ceremony.create({ title: 'Progression', seats: 12, alternates: 0 }).id;
  const encode = (text: string) => new TextEncoder().encode(text);
  server.app.ceremony.importVolunteers(processId, encode(volunteers()), 'v.csv');
  server.app.stratification.importQuotas(processId, encode(QUOTAS), 'quotas.csv');
});

afterAll(async () => {
  await run?.close();
});

/** The status region's text once it matches `pattern` (the console polls once a second). */
async function progressMatching(page: Page, pattern: RegExp, timeout: number): Promise<string> {
  const handle = await page.waitForFunction(
    (source) => {
      const text = document.querySelector('[data-testid="lottery-progress"]')?.textContent ?? '';
      return new RegExp(source).test(text) ? text : false;
    },
    pattern.source,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

const percentOf = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));

describe('the lottery computation’s progress in the organiser console', () => {
  it('shows the round, the types fixed, the bounds and an honest estimate while it computes', async () => {
    const context = await signedInContext(run.browser, run.server.url, cookie);
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${processId}`);
    await page.getByRole('heading', { name: 'Option : tirage stratifié par quotas' }).waitFor();
    await page.getByRole('button', { name: 'Calculer la loterie' }).click();

    // Round 1 under way: its value between two bounds, no estimate yet, the budget's limit.
    const first = await progressMatching(
      page,
      /Tour 1 \(0 clos, chacun exact\) : 0 types fixés sur 88 ; la valeur de ce tour est entre/,
      60_000,
    );
    expect(first).toContain('Pas d’estimation du temps avant la fin du premier tour.');
    expect(first).toMatch(/Au plus \d+ s restantes \(durée maximale\)\./);
    const [lower, upper] = [...first.matchAll(/(\d+,\d+)\s?%/g)].map((m) => percentOf(m[1]!));
    expect(lower).toBeLessThanOrEqual(upper!);
    expect(upper).toBeGreaterThan(0);

    // Once a round has closed: types fixed, and an estimate that says what it rests on.
    const later = await progressMatching(
      page,
      /Environ \d+ s de plus au rythme des tours clos/,
      120_000,
    );
    expect(later).toMatch(/\((?:[1-9]\d*) clos, chacun exact\) : [1-9]\d* types fixés sur 88/);
    const bar = page.getByLabel('Avancement du calcul (types de volontaires fixés)');
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThan(0);
    expect(await bar.getAttribute('max')).toBe('88');

    await page.getByRole('button', { name: 'Annuler le calcul' }).click();
    await page.getByText('Calcul annulé.').waitFor();
    await context.close();
  });
});
