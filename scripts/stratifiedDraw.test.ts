import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import drand from '../fixtures/vectors/drand-quicknet.json';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());

async function lotteryFiles() {
  const quotas = folder.write(
    'q.csv',
    'category,feature,min,max\ngender,f,1,2\ngender,m,1,2\nage,young,1,2\nage,old,1,2\n',
  );
  const respondents = folder.write(
    'r.csv',
    'id,gender,age\nA,f,young\nB,f,old\nC,m,young\nD,m,old\nE,f,young\nF,m,old\nG,f,old\n',
  );
  const lottery = folder.path('lottery.json');
  const made = await runScript('stratify', [
    '--quotas',
    quotas,
    '--respondents',
    respondents,
    '--panel-size',
    '3',
    '--panels',
    '25',
    '--naive-runs',
    '0',
    '--out',
    lottery,
  ]);
  expect(made.code).toBe(0);
  return { respondents, lottery };
}

describe('stratified-draw', () => {
  it('commits before the randomness, records the panel once it is known, and the record verifies', async () => {
    const { respondents, lottery } = await lotteryFiles();
    const round = drand.rounds[0]!;
    const secretFile = folder.path('secret.json');
    const commit = await runScript('stratifiedDraw', [
      'commit',
      '--lottery',
      lottery,
      '--respondents',
      respondents,
      '--organiser-secret',
      secretFile,
      '--drand-round',
      String(round.round),
      '--committed-at',
      '2023-09-15T10:00:00Z',
      '--out',
      folder.path('commitment.json'),
    ]);
    expect(commit.code, commit.stderr).toBe(0);
    const commitment = JSON.parse(readFileSync(folder.path('commitment.json'), 'utf8'));
    expect(commitment).toMatchObject({
      protocol: 'kleroterion-stratified/1',
      panelCount: 25,
      panelSize: 3,
      alternatesPerSeat: 1,
    });
    const record = await runScript('stratifiedDraw', [
      'record',
      '--commitment',
      folder.path('commitment.json'),
      '--lottery',
      lottery,
      '--respondents',
      respondents,
      '--secrets',
      secretFile,
      '--beacon',
      `drand quicknet round ${round.round}=${round.signature}`,
      '--out',
      folder.path('record.json'),
    ]);
    expect(record.code, record.stderr).toBe(0);
    const verified = await runScript('verify', [folder.path('record.json')]);
    expect(verified.code, verified.stdout).toBe(0);
    expect(verified.stdout).toMatch(/^PASS\s+\d+ panel-quotas:/m);
  });

  it('refuses a lottery or respondents that differ from the commitment, and a missing value', async () => {
    const { respondents, lottery } = await lotteryFiles();
    const commitment = folder.path('c2.json');
    expect(
      (
        await runScript('stratifiedDraw', [
          'commit',
          '--lottery',
          lottery,
          '--respondents',
          respondents,
          '--public',
          'loto',
          '--out',
          commitment,
        ])
      ).code,
    ).toBe(0);
    const other = folder.write(
      'r-other.csv',
      'id,gender,age\nA,f,young\nB,f,old\nC,m,young\nD,m,old\nE,f,young\nF,m,old\nG,m,old\n',
    );
    const mismatch = await runScript('stratifiedDraw', [
      'record',
      '--commitment',
      commitment,
      '--lottery',
      lottery,
      '--respondents',
      other,
      '--value',
      'loto=3 14 15',
    ]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/COMMITMENT_MALFORMED.*respondentsRoot or panelsRoot/);
    const missing = await runScript('stratifiedDraw', [
      'record',
      '--commitment',
      commitment,
      '--lottery',
      lottery,
      '--respondents',
      respondents,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/REVEAL_MISSING/);
  });
});
