import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProgressReport } from '../shared/stratify/leximin';
import { signedInContext, type BrowserRun } from './harness/browser';
import { startStratifiedRun } from './harness/stratifiedRun';
import { press } from './harness/keyboard';

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

/**
 * Records in the page every text the progress region shows, as it renders (a mutation observer: the console
 * polls once a second, and a round may last less than that on a fast machine, so no single moment is sure
 * to show a given round).
 */
async function recordProgressTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressTexts: string[] }).progressTexts = seen;
    // Each text with the progress bar's maximum beside it: "197|Tour 1 …".
    const note = () => {
      const text = document.querySelector('[data-testid="lottery-progress"]')?.textContent ?? '';
      const max = document.querySelector('.lottery-progress progress')?.getAttribute('max') ?? '';
      const entry = `${max}|${text}`;
      if (text !== '' && seen.at(-1) !== entry) seen.push(entry);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
  return () =>
    page.evaluate(() => [...(window as unknown as { progressTexts: string[] }).progressTexts]);
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
    const progressTexts = await recordProgressTexts(page);
    await press(page, page.getByRole('button', { name: 'Calculer la loterie' }), 'Enter');
    // The computation has started on the server (a clear failure here, not a minute's wait).
    await expect
      .poll(() => run.server.app.stratification.view(processId).job.status, { timeout: 30_000 })
      .not.toBe('idle');

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

    // What the organiser read while it computed: each text the region showed states the round, the
    // rounds closed, the types fixed out of 197, the round's bounds (lower first), the budget's limit, and
    // an estimate once a round has closed (none before).
    const shown = (await progressTexts())
      .map((entry) => ({
        max: entry.slice(0, entry.indexOf('|')),
        text: entry.slice(entry.indexOf('|') + 1),
      }))
      .filter(({ text }) => text.startsWith('Tour '));
    expect(
      shown.length,
      'the console showed the computation under way at least once',
    ).toBeGreaterThan(0);
    for (const { max, text } of shown) {
      expect(max, 'the progress bar counts the 197 types').toBe('197');
      const round =
        /^Tour (\d+) \((\d+) clos, chacun exact\) : (\d+) types fixés sur 197 ; la valeur de ce tour est entre (\d+,\d+)\s?% et (\d+,\d+)\s?%\./.exec(
          text,
        );
      expect(round, text).not.toBeNull();
      expect(percentOf(round![4]!)).toBeLessThanOrEqual(percentOf(round![5]!));
      if (round![3] === '197') expect(text).toContain('Toutes les valeurs sont fixées et prouvées');
      else {
        expect(text).toMatch(/Au plus \d+ s restantes \(durée maximale\)\./);
        if (round![2] === '0')
          expect(text).toContain('Pas d’estimation du temps avant la fin du premier tour.');
        else expect(text).toMatch(/Environ \d+ s de plus au rythme des tours clos/);
      }
    }

    await context.close();
    // Its waits allow 30 s for the start and 120 s for the computation: more than the default timeout.
  }, 240_000);
});
