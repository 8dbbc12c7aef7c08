import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProgressReport } from '../shared/stratify/leximin';
import { signedInContext, type BrowserRun } from './harness/browser';
import { startStratifiedRun } from './harness/stratifiedRun';

// 300 volunteers over 5 criteria (197 types) and 12 seats: LEXIMIN's first round runs for seconds, long
// enough for the console's once-a-second poll to show it; later rounds may close within one poll, so
// what follows round 1 is also read from the server's view, every 10 ms.
const GENRE = ['femme', 'homme'];
const AGE = ['jeune', 'adulte', 'senior', 'aine'];
const REGION = ['nord', 'sud', 'est', 'ouest', 'centre'];
const ETUDE = ['bac', 'licence', 'master'];
const ACTIVITE = ['emploi', 'chomage', 'retraite'];
function volunteers(): string {
  let x = 7;
  const pick = <T>(values: readonly T[]) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return values[Math.floor((x / 2147483648) * values.length)]!;
  };
  const rows = Array.from(
    { length: 300 },
    (_, i) =>
      `P ${i},p${i}@example.org,${pick(GENRE)},${pick(AGE)},${pick(REGION)},${pick(ETUDE)},${pick(ACTIVITE)}`,
  );
  return `name,email,genre,age,region,etude,activite\n${rows.join('\n')}\n`;
}
const QUOTAS = `category,feature,min,max
genre,femme,6,6
genre,homme,6,6
${AGE.map((a) => `age,${a},2,4`).join('\n')}
${REGION.map((r) => `region,${r},${r === 'centre' ? 1 : 2},3`).join('\n')}
${ETUDE.map((e) => `etude,${e},3,5`).join('\n')}
${ACTIVITE.map((a) => `activite,${a},3,5`).join('\n')}
`;

let run: BrowserRun;
let processId: string;
let cookie: string;

beforeAll(async () => {
  ({ run, processId, cookie } = await startStratifiedRun({
    title: 'Progression',
    seats: 12,
    volunteersCsv: volunteers(),
    quotasCsv: QUOTAS,
  }));
});

let stopPolling = () => {};
afterAll(async () => {
  // A failed test must not leave its poller reading a closed database.
  stopPolling();
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
  it('shows the round, the types fixed, the bounds and the time left while it computes', async () => {
    const context = await signedInContext(run.browser, run.server.url, cookie);
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${processId}`);
    await page.getByRole('heading', { name: 'Option : tirage stratifié par quotas' }).waitFor();
    // What the server reports, read every 10 ms: later rounds may close between two of the page's polls.
    const reports: ProgressReport[] = [];
    let isPolling = true;
    stopPolling = () => void (isPolling = false);
    const poller = (async () => {
      while (isPolling) {
        const progress = run.server.app.stratification.view(processId).job.progress;
        if (progress !== undefined && progress !== reports.at(-1)) reports.push(progress);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await page.getByRole('button', { name: 'Calculer la loterie' }).click();

    // Round 1 under way: its value between two bounds, no estimate yet, the budget's limit.
    const first = await progressMatching(
      page,
      /Tour 1 \(0 clos, chacun exact\) : 0 types fixés sur 197 ; la valeur de ce tour est entre/,
      60_000,
    );
    expect(first).toContain('Pas d’estimation du temps avant la fin du premier tour.');
    expect(first).toMatch(/Au plus \d+ s restantes \(durée maximale\)\./);
    const [lower, upper] = [...first.matchAll(/(\d+,\d+)\s?%/g)].map((m) => percentOf(m[1]!));
    expect(lower).toBeLessThanOrEqual(upper!);
    expect(upper).toBeGreaterThan(0);
    const bar = page.getByLabel('Avancement du calcul (types de volontaires fixés)');
    expect(await bar.getAttribute('max')).toBe('197');

    // Every round then closes with types fixed, bounds that meet, and an estimate once one has closed.
    await expect
      .poll(() => reports.at(-1)?.fixedTypes, { timeout: 120_000, interval: 100 })
      .toBe(197);
    isPolling = false;
    await poller;
    for (const report of reports) {
      expect(report.lower).toBeLessThanOrEqual(report.upper + 1e-12);
      expect(report.types).toBe(197);
      if (report.roundsClosed === 0) expect(report.estimateSeconds).toBeUndefined();
      else expect(report.estimateSeconds).toBeGreaterThanOrEqual(0);
    }
    const closing = reports.filter((r) => r.roundsClosed > 0 && r.fixedTypes < 197);
    expect(closing.length).toBeGreaterThan(0);
    expect(closing[0]!.upper - closing[0]!.lower).toBeLessThan(1e-9);
    expect(reports.at(-1)).toMatchObject({ fixedTypes: 197, estimateSeconds: 0 });

    await context.close();
    // Its waits allow 60 s for round 1 and 120 s for the rest: more than the default test timeout.
  }, 240_000);
});
