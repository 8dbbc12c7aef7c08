import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressReport } from '../shared/stratify/leximin';
import { signedInContext, type BrowserRun } from './harness/browser';
import { startStratifiedRun } from './harness/stratifiedRun';

// 40 volunteers, gender alternating and a quarter young: a Nash-welfare lottery computes in a second.
const volunteers = () =>
  `name,email,genre,age\n${Array.from(
    { length: 40 },
    (_, i) =>
      `P ${i},p${i}@example.org,${i % 2 === 0 ? 'f' : 'm'},${i % 4 === 0 ? 'jeune' : 'senior'}`,
  ).join('\n')}\n`;
const QUOTAS = 'feature,value,min,max\ngenre,f,3,3\ngenre,m,3,3\nage,jeune,2,3\nage,senior,3,4\n';

let run: BrowserRun;
let processId: string;
let cookie: string;

beforeAll(async () => {
  ({ run, processId, cookie } = await startStratifiedRun({
    title: 'Nash',
    seats: 6,
    volunteersCsv: volunteers(),
    quotasCsv: QUOTAS,
  }));
});

afterAll(async () => {
  await run?.close();
});

describe('Nash welfare in the organiser console', () => {
  it('is chosen in the form, reports its iterations and bounds, and the review states its certificate', async () => {
    const context = await signedInContext(run.browser, run.server.url, cookie);
    const page = await context.newPage();
    await page.goto(`${run.server.url}/organiser/p/${processId}`);
    await page.getByRole('heading', { name: 'Option : tirage stratifié par quotas' }).waitFor();
    const reports: ProgressReport[] = [];
    let isPolling = true;
    const poller = (async () => {
      while (isPolling) {
        const progress = run.server.app.stratification.view(processId).job.progress;
        if (progress !== undefined && progress !== reports.at(-1)) reports.push(progress);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await page.getByLabel('Méthode').selectOption('nash');
    await page.getByRole('button', { name: 'Calculer la loterie' }).click();
    await page.getByText('Loterie calculée et enregistrée.').waitFor({ timeout: 60_000 });
    isPolling = false;
    await poller;
    expect(run.server.app.stratification.view(processId).job.options?.algorithm).toBe('nash');
    // Iterations, each with a geometric mean below its proven bound; no type is ever fixed.
    expect(reports.length).toBeGreaterThan(0);
    for (const report of reports) {
      expect(report.round).toBeGreaterThanOrEqual(1);
      expect(report.lower).toBeLessThanOrEqual(report.upper + 1e-12);
      expect(report.fixedTypes).toBe(0);
    }
    const figures = page.getByTestId('lottery-figures');
    expect(await figures.textContent()).toContain('Bien-être de Nash (produit des chances)');
    expect(await page.getByTestId('lottery-completion').textContent()).toMatch(
      /^Bien-être de Nash optimal : moyenne géométrique des chances \d+,\d{2}\s?% ; aucune répartition ne l’augmente de plus de [\d,]+(E-?\d+)?\s?% \(certificat de dualité, vérifiable\)\.$/,
    );
    await context.close();
  });
});
