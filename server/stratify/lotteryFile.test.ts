import { describe, expect, it } from 'vitest';
import { checkLottery } from '../../shared/stratify/lotteryFile';
import { parseQuotaRows } from '../../shared/stratify/quotas';
import { parseRespondentRows } from '../../shared/stratify/respondents';
import { isValidPanel, buildInstance } from '../../shared/stratify/instance';
import { checkRoundCertificates } from './checkRoundCertificates';
import { stratify, stratifyRespondents } from './stratify';

const bytes = (text: string) => new TextEncoder().encode(text);
const failed = (doctored: unknown) =>
  checkLottery(doctored)
    .checks.filter((c) => !c.ok)
    .map((c) => c.name);

describe('checkLottery', () => {
  it('accepts a genuine LOTTERY.json and names what a doctored one breaks', async () => {
    const lottery = await stratify({
      quotas: {
        bytes: bytes('category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n'),
        file: 'q.csv',
      },
      respondents: { bytes: bytes('id,gender\nA,f\nB,f\nC,m\nD,m\nE,f\n'), file: 'r.csv' },
      panelSize: 2,
      panelCount: 24,
      algorithm: 'leximin',
      seed: 'unit',
      naiveRuns: 0,
    });
    expect(checkLottery(JSON.parse(JSON.stringify(lottery))).checks.filter((c) => !c.ok)).toEqual(
      [],
    );
    const panels = lottery.panels.map((p) => [...p]);
    panels[3] = [panels[3]![1]!, panels[3]![0]!];
    expect(failed({ ...lottery, panels })).toContain('lottery-panels');
    expect(failed({ ...lottery, gini: lottery.gini + 0.01 })).toEqual(['lottery-figures']);
    expect(failed({ ...lottery, minProbability: 0.5 })).toEqual(['lottery-figures']);
    expect(failed({ nothing: true })).toEqual(['lottery-structure']);
  });
});

describe('completion and round certificates', () => {
  const quotasText = 'category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n';
  const respondentsText = 'id,gender\nA,f\nB,f\nC,f\nD,m\n';
  const quotas = parseQuotaRows(
    quotasText
      .trim()
      .split('\n')
      .map((l) => l.split(',')),
    'q',
  );
  const respondents = parseRespondentRows(
    respondentsText
      .trim()
      .split('\n')
      .map((l) => l.split(',')),
    quotas,
    'r',
  );
  const run = (shouldStop?: () => boolean) =>
    stratifyRespondents({
      quotas,
      respondents,
      panelSize: 2,
      panelCount: 30,
      algorithm: 'leximin',
      seed: 'unit',
      naiveRuns: 0,
      ...(shouldStop === undefined ? {} : { shouldStop }),
    });

  it('records each round, its certificate and the bounds; one MIP per round confirms it', async () => {
    // Round 1 fixes the three women at 1/3; round 2 the man at 1.
    const lottery = await run();
    expect(lottery.complete).toBe(true);
    expect(lottery.rounds.map((r) => [+r.value.toFixed(9), r.fixed])).toEqual([
      [0.333333333, [0, 1, 2]],
      [1, [3]],
    ]);
    expect(lottery.bounds!.lower).toBeCloseTo(1, 9);
    expect(lottery.bounds!.upper).toBeCloseTo(1, 9);
    const certificates = await checkRoundCertificates(lottery, quotas, respondents);
    expect(certificates.map((c) => [c.name, c.ok])).toEqual([
      ['round-1-certificate', true],
      ['round-2-certificate', true],
    ]);
    // A certificate whose mu is lowered is beaten by a panel, and its arithmetic no longer adds up.
    const rounds = lottery.rounds.map((r) => ({ ...r }));
    rounds[0]!.mu -= 0.01;
    expect((await checkRoundCertificates({ ...lottery, rounds }, quotas, respondents))[0]!.ok).toBe(
      false,
    );
    expect(failed(JSON.parse(JSON.stringify({ ...lottery, rounds })))).toEqual([
      'lottery-round-certificates',
    ]);
    // Claiming completion with a round dropped is refused.
    expect(failed({ ...lottery, rounds: lottery.rounds.slice(0, 1) })).toEqual([
      'lottery-completion',
    ]);
  });

  it('a lottery stopped by its budget is valid, says it is not complete, and which rounds are exact', async () => {
    let lotteryRoundsClosed = 0;
    // Stopped as soon as round 1 closes: round 1 is exact, round 2 open.
    const stopped = await stratifyRespondents({
      quotas,
      respondents,
      panelSize: 2,
      panelCount: 30,
      algorithm: 'leximin',
      seed: 'unit',
      naiveRuns: 0,
      onProgress: (p) => (lotteryRoundsClosed = p.roundsClosed),
      shouldStop: () => lotteryRoundsClosed >= 1,
    });
    expect(stopped.complete).toBe(false);
    expect(stopped.rounds).toHaveLength(1);
    expect(stopped.bounds!.lower).toBeLessThanOrEqual(stopped.bounds!.upper);
    expect(checkLottery(JSON.parse(JSON.stringify(stopped))).ok).toBe(true);
    const instance = buildInstance(quotas, respondents, 2);
    for (const panel of stopped.panels) expect(isValidPanel(instance, panel)).toBe(true);
    // Stopped before anything: still a valid lottery, no round proven.
    const early = await run(() => true);
    expect(early.complete).toBe(false);
    expect(early.rounds).toEqual([]);
    expect(checkLottery(JSON.parse(JSON.stringify(early))).ok).toBe(true);
    expect(failed({ ...early, complete: true })).toEqual(['lottery-completion']);
  });

  it('a file written before completion was recorded still verifies, and says it proves no round', async () => {
    const lottery = await run();
    const { complete: _c, rounds: _r, bounds: _b, ...older } = lottery;
    const report = checkLottery(JSON.parse(JSON.stringify(older)));
    expect(report.ok).toBe(true);
    expect(report.checks.at(-1)).toMatchObject({ name: 'lottery-completion', ok: true });
    expect(report.checks.at(-1)!.detail).toMatch(/not recorded/);
  });
});
