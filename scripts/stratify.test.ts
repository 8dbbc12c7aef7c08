import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalize } from '../shared/crypto/jcs';
import { recordOfLottery } from '../server/testing/recordOfLottery';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();

/** `npm run stratify` with these options, each given as `--name value` (`{ 'panel-size': '2' }`). */
const runStratify = (options: Record<string, string>) =>
  runScript(
    'stratify',
    Object.entries(options).flatMap(([name, value]) => [`--${name}`, value]),
  );
afterAll(() => folder.dispose());

describe('stratify', () => {
  it('writes LOTTERY.json with the fields other tools read', async () => {
    const quotas = folder.write('q.csv', 'category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n');
    const respondents = folder.write('r.csv', 'id,gender\nA,f\nB,f\nC,f\nD,m\n');
    const out = folder.path('lottery.json');
    const result = await runStratify({
      quotas,
      respondents,
      'panel-size': '2',
      panels: '30',
      'naive-runs': '200',
      out,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/leximin: 30 panels of 2 from 4 respondents/);
    expect(result.stderr).toMatch(/round 1/);
    const lottery = JSON.parse(readFileSync(out, 'utf8'));
    expect(lottery).toMatchObject({
      algorithm: 'leximin',
      panelSize: 2,
      panelCount: 30,
      ids: ['A', 'B', 'C', 'D'],
    });
    expect(typeof lottery.seconds).toBe('number');
    expect(lottery.panels).toHaveLength(30);
    expect(lottery.minProbability).toBeCloseTo(1 / 3, 9);
    expect(lottery.maxProbability).toBeCloseTo(1, 9);
    expect(typeof lottery.gini).toBe('number');
    expect(lottery.probabilities).toEqual([10 / 30, 10 / 30, 10 / 30, 1]);
    expect(lottery.naive.runs).toBe(200);
    expect(result.stdout).toMatch(/LEXIMIN complete: 2 round\(s\), each exact/);
    expect(lottery.complete).toBe(true);
    // One pricing MIP per round confirms the certificates.
    const checked = await runStratify({ check: out, quotas, respondents });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^PASS\s+\d+ round-2-certificate:/m);
    expect(checked.stdout).toMatch(/^PASS\s+\d+ lottery-completion: LEXIMIN complete/m);
  });

  it('--algorithm nash maximises the product of the chances and --check confirms its certificate', async () => {
    // Panels of two with at least one f and at most one m: Nash welfare gives each of the four 1/2.
    const quotas = folder.write('qn.csv', 'category,feature,min,max\ngender,f,1,2\ngender,m,0,1\n');
    const respondents = folder.write('rn.csv', 'id,gender\nA,f\nB,f\nC,f\nD,m\n');
    const out = folder.path('nash.json');
    const result = await runStratify({
      quotas,
      respondents,
      'panel-size': '2',
      panels: '40',
      'naive-runs': '0',
      algorithm: 'nash',
      out,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/iteration 1: geometric mean of the probabilities/);
    expect(result.stdout).toMatch(/Nash welfare complete: Σ ln p = -2\.77258\d over 4 respondents/);
    const lottery = JSON.parse(readFileSync(out, 'utf8'));
    expect(lottery).toMatchObject({ algorithm: 'nash', complete: true, rounds: [], bounds: null });
    for (const p of lottery.optimalProbabilities) expect(Math.abs(p - 0.5)).toBeLessThan(1e-6);
    expect(lottery.probabilities).toEqual([0.5, 0.5, 0.5, 0.5]);
    const check = (file: string) => runStratify({ check: file, quotas, respondents });
    const checked = await check(out);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^PASS\s+\d+ nash-certificate:/m);
    expect(checked.stdout).toMatch(/^PASS\s+\d+ lottery-completion: Nash welfare complete/m);
    // A doctored objective fails its named check.
    const doctored = folder.write(
      'nash-doctored.json',
      JSON.stringify({ ...lottery, nash: { ...lottery.nash, objective: -2 } }),
    );
    const refused = await check(doctored);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^FAIL\s+\d+ lottery-nash-certificate:/m);
  });

  it('stops at --budget with a valid lottery marked incomplete, and says no round is exact', async () => {
    const quotas = folder.write('qb.csv', 'category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n');
    const respondents = folder.write('rb.csv', 'id,gender\nA,f\nB,f\nC,f\nD,m\n');
    const out = folder.path('budget.json');
    const result = await runStratify({
      quotas,
      respondents,
      'panel-size': '2',
      panels: '30',
      'naive-runs': '0',
      budget: '0.001',
      out,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/NOT LEXIMIN-complete: stopped by the time budget/);
    expect(result.stdout).toMatch(/no round closed/);
    expect(result.stdout).toMatch(/round 1 was open: value between/);
    const lottery = JSON.parse(readFileSync(out, 'utf8'));
    expect(lottery.complete).toBe(false);
    expect(lottery.rounds).toEqual([]);
    expect(lottery.panels).toHaveLength(30);
    const checked = await runStratify({ check: out, quotas, respondents });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/lottery-completion: not complete: 0 round\(s\) exact/);
    const bad = await runStratify({ quotas, respondents, 'panel-size': '2', budget: 'soon', out });
    expect(bad.code).toBe(2);
  });

  it('keeps one person per household over several address columns, records the columns only, and --check verifies it', async () => {
    const quotas = folder.write('qh.csv', 'category,feature,min,max\ngender,f,1,2\ngender,m,0,1\n');
    // A and B share a home however it is written; C lives on the same street, another postcode.
    const respondents = folder.write(
      'rh.csv',
      'id,gender,street,postcode\nA,f,12 rue des Lilas,75001\nB,f, 12 RUE des  lilas ,75 001\nC,m,12 rue des Lilas,69002\nD,f,3 allee Verte,75001\n',
    );
    const out = folder.path('households.json');
    const result = await runStratify({
      quotas,
      respondents,
      'panel-size': '2',
      panels: '40',
      'naive-runs': '0',
      household: 'street,postcode',
      out,
    });
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const lottery = JSON.parse(text);
    expect(lottery.householdColumns).toEqual(['street', 'postcode']);
    expect(text).not.toMatch(/lilas|75001|69002|verte/i);
    for (const panel of lottery.panels) expect(panel.includes(0) && panel.includes(1)).toBe(false);
    const checked = await runStratify({ check: out, quotas, respondents });
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/^PASS\s+\d+ lottery-panel-households: no panel seats two/m);
    expect(checked.stdout).toMatch(/^PASS\s+\d+ lottery-panel-quotas:/m);
    // A panel seating A and B is refused, by name.
    lottery.panels[0] = [0, 1];
    const tampered = folder.write('households-tampered.json', JSON.stringify(lottery));
    const refused = await runStratify({ check: tampered, quotas, respondents });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(
      /^FAIL\s+\d+ lottery-panel-households: panel 0 seats rows 0 and 1, of one household/m,
    );
    // --household may repeat the recorded columns, never contradict them.
    const contradicted = await runStratify({
      check: out,
      quotas,
      respondents,
      household: 'street',
    });
    expect(contradicted.code).toBe(1);
    expect(contradicted.stdout).toMatch(/^FAIL\s+\d+ lottery-household-columns:/m);
  });

  it('exits 2 and names the conflicting quotas when they are infeasible', async () => {
    const quotas = folder.write(
      'bad.csv',
      'category,feature,min,max\ngender,f,3,3\ngender,m,0,0\n',
    );
    const respondents = folder.write('r2.csv', 'gender\nf\nm\nm\nm\n');
    const result = await runStratify({
      quotas,
      respondents,
      'panel-size': '3',
      out: folder.path('never.json'),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/QUOTAS_INFEASIBLE.*gender\/f \(min 3 → 1\)/);
  });

  it('refuses a flex outside sense by file, line, column and code, and relaxes within the flex', async () => {
    const respondents = folder.write('rf.csv', 'gender\nf\nm\nm\nm\n');
    const stratify = (quotas: string) =>
      runStratify({ quotas, respondents, 'panel-size': '3', out: folder.path('never-flex.json') });
    const bad = await stratify(
      folder.write(
        'flex-bad.csv',
        'feature,value,min,max,min_flex,max_flex\ngender,f,3,3,1,3\ngender,m,0,0,0,x\n',
      ),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /CSV_INVALID.*flex-bad\.csv, line 3, column 6 \(max_flex\).*FLEX_NOT_WHOLE/,
    );
    const none = await stratify(
      folder.write(
        'flex-none.csv',
        'feature,value,min,max,min_flex,max_flex\ngender,f,3,3,2,3\ngender,m,0,0,0,0\n',
      ),
    );
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(
      /QUOTAS_INFEASIBLE.*no relaxation within min_flex and max_flex makes them feasible; beyond them, the smallest \(4 seat\(s\)\): gender\/f \(min 3 → 1\); gender\/m \(max 0 → 2\)/,
    );
  });

  it('verify checks a kleroterion-stratified/1 record and names what tampering broke', async () => {
    const quotasFile = folder.write(
      'q3.csv',
      'category,feature,min,max\ngender,f,1,2\ngender,m,1,2\n',
    );
    const respondentsFile = folder.write('r3.csv', 'id,gender\nA,f\nB,f\nC,m\nD,m\nE,f\n');
    const out = folder.path('l3.json');
    expect(
      (
        await runStratify({
          quotas: quotasFile,
          respondents: respondentsFile,
          'panel-size': '3',
          panels: '20',
          'naive-runs': '0',
          out,
        })
      ).code,
    ).toBe(0);
    const lottery = JSON.parse(readFileSync(out, 'utf8')) as {
      ids: string[];
      panels: number[][];
      quotas: never[];
    };
    const gender = ['f', 'f', 'm', 'm', 'f'];
    const { record, panels } = recordOfLottery({
      lottery,
      featuresOf: (_id, row) => ({ gender: gender[row]! }),
      panelSize: 3,
      publicValue: { label: 'public value', value: '42' },
    });
    const file = folder.write('stratified.json', `${canonicalize(record)}\n`);
    const ok = await runScript('verify', [file]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^PASS\s+\d+ panel-quotas:/m);
    const tampered = structuredClone(record);
    tampered.panelIndex = (record.panelIndex + 1) % panels.length;
    const bad = await runScript('verify', [
      folder.write('tampered.json', `${canonicalize(tampered)}\n`),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/^FAIL\s+\d+ panel-index:/m);
  });
});
