// Test helper: a small LEXIMIN lottery (four respondents, one man and one woman a panel, 30 panels), as
// `stratify` computes it, for the browser tests that check a LOTTERY.json.

import { stratify } from '../stratify/stratify';

const bytes = (text: string) => new TextEncoder().encode(text);

export const smallLottery = () =>
  stratify({
    quotas: {
      bytes: bytes('category,feature,min,max\ngender,f,1,1\ngender,m,1,1\n'),
      file: 'q.csv',
    },
    respondents: { bytes: bytes('id,gender\nA,f\nB,f\nC,f\nD,m\n'), file: 'r.csv' },
    panelSize: 2,
    panelCount: 30,
    algorithm: 'leximin',
    seed: 'e2e',
    naiveRuns: 100,
  });
