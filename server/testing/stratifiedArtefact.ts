// Test helper: the canonical bytes of a genuine kleroterion-stratified/1 record: a small LEXIMIN lottery
// (10 respondents, two quota categories, panels of 4), committed, then drawn from a public value.

import { canonicalize } from '../../shared/crypto/jcs';
import { utf8ToBytes } from '../../shared/crypto/bytes';
import { stratify } from '../stratify/stratify';
import { recordOfLottery } from './recordOfLottery';

const QUOTAS =
  'category,feature,min,max\nsex,f,2,2\nsex,m,2,2\nage,under-40,1,3\nage,over-40,1,3\n';
const RESPONDENTS: readonly [string, string, string][] = [
  ['R01', 'f', 'under-40'],
  ['R02', 'm', 'over-40'],
  ['R03', 'f', 'over-40'],
  ['R04', 'm', 'under-40'],
  ['R05', 'f', 'under-40'],
  ['R06', 'm', 'over-40'],
  ['R07', 'f', 'over-40'],
  ['R08', 'm', 'under-40'],
  ['R09', 'm', 'over-40'],
  ['R10', 'f', 'over-40'],
];

export async function genuineStratifiedRecord(): Promise<Uint8Array> {
  const csv = `id,sex,age\n${RESPONDENTS.map((row) => row.join(',')).join('\n')}\n`;
  const lottery = await stratify({
    quotas: { bytes: utf8ToBytes(QUOTAS), file: 'quotas.csv' },
    respondents: { bytes: utf8ToBytes(csv), file: 'respondents.csv' },
    panelSize: 4,
    panelCount: 30,
    algorithm: 'leximin',
    seed: 'tamper',
    naiveRuns: 0,
  });
  const featuresOf = new Map(RESPONDENTS.map(([id, sex, age]) => [id, { sex, age }]));
  const { record } = recordOfLottery({
    lottery,
    featuresOf: (id) => featuresOf.get(id) ?? {},
    panelSize: 4,
    publicValue: { label: 'public draw of 2026-11-20', value: '3 14 15 92 65' },
  });
  return utf8ToBytes(`${canonicalize(record)}\n`);
}
