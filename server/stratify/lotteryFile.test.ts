import { describe, expect, it } from 'vitest';
import { checkLottery } from '../../shared/stratify/lotteryFile';
import { stratify } from './stratify';

const bytes = (text: string) => new TextEncoder().encode(text);

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
    const failed = (doctored: unknown) =>
      checkLottery(doctored)
        .checks.filter((c) => !c.ok)
        .map((c) => c.name);
    const panels = lottery.panels.map((p) => [...p]);
    panels[3] = [panels[3]![1]!, panels[3]![0]!];
    expect(failed({ ...lottery, panels })).toContain('lottery-panels');
    expect(failed({ ...lottery, gini: lottery.gini + 0.01 })).toEqual(['lottery-figures']);
    expect(failed({ ...lottery, minProbability: 0.5 })).toEqual(['lottery-figures']);
    expect(failed({ nothing: true })).toEqual(['lottery-structure']);
  });
});
