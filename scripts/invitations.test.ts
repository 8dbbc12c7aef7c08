import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import vector from '../fixtures/vectors/kleroterion-invitations-1.json';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());
for (const pool of vector.pools)
  folder.write(
    pool.name === 'Aisne' ? 'Aisne.csv' : `${pool.name}.txt`,
    pool.name === 'Aisne'
      ? `id,commune\n${pool.ids.map((id) => `${id},x`).join('\n')}\n`
      : `${pool.ids.join('\n')}\n`,
  );
const strata = folder.path('');
const AT = '2026-12-01T10:00:00Z';

let runs = 0;
async function commitAndReveal(extra: string[] = []): Promise<string> {
  runs += 1;
  const commitment = folder.path(`c${runs}.json`);
  const secret = folder.path(`s${runs}.json`);
  const committed = await runScript('invitations', [
    'commit',
    '--strata',
    strata,
    '--invitations',
    '6',
    ...extra,
    '--organiser-secret',
    secret,
    '--public',
    'loto',
    '--committed-at',
    AT,
    '--out',
    commitment,
  ]);
  expect(committed.stderr).toBe('');
  expect(committed.code).toBe(0);
  const record = folder.path(`r${runs}.json`);
  const revealed = await runScript('invitations', [
    'reveal',
    '--commitment',
    commitment,
    '--strata',
    strata,
    '--secrets',
    secret,
    '--value',
    'loto=4 8 15',
    '--out',
    record,
  ]);
  expect(revealed.stderr).toBe('');
  expect(revealed.code).toBe(0);
  return record;
}

describe('invitations commit / reveal, then verify --strata', () => {
  it('commits the proportional allocation, draws, and every check passes', async () => {
    const record = await commitAndReveal();
    const parsed = JSON.parse(readFileSync(record, 'utf8'));
    expect(parsed.commitment.strata.map((s: { invitations: number }) => s.invitations)).toEqual(
      vector.commitment.strata.map((s) => s.invitations),
    );
    expect(parsed.commitment.strata.map((s: { poolRoot: string }) => s.poolRoot)).toEqual(
      vector.commitment.strata.map((s) => s.poolRoot),
    );
    const result = await runScript('verify', [record, '--strata', strata]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^PASS\s+4 allocation:/m);
    expect(result.stdout).toMatch(/^PASS\s+\d+ pools-disjoint:/m);
    expect(result.stdout).toMatch(/OK: all 24 checks passed/);
  });

  it("takes the organiser's numbers with --set, and refuses numbers that do not add up", async () => {
    const record = await commitAndReveal([
      '--set',
      'Ain=1',
      '--set',
      'Aisne=4',
      '--set',
      'Allier=1',
    ]);
    const parsed = JSON.parse(readFileSync(record, 'utf8'));
    expect(parsed.commitment.allocation).toBe('set');
    expect(parsed.strata.map((s: { selection: unknown[] }) => s.selection.length)).toEqual([
      1, 4, 1,
    ]);
    const bad = await runScript('invitations', [
      'commit',
      '--strata',
      strata,
      '--invitations',
      '6',
      '--set',
      'Ain=1',
      '--set',
      'Aisne=1',
      '--set',
      'Allier=1',
      '--public',
      'loto',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(
      /error \[INVALID_ARGUMENT\]: allocation: the strata's invitations sum to 3/,
    );
  });

  it('fails the named check when a stratum allocation is changed in the record', async () => {
    const record = JSON.parse(readFileSync(await commitAndReveal(), 'utf8'));
    record.commitment.strata[0].invitations += 1;
    record.commitment.strata[1].invitations -= 1;
    const file = folder.write('tampered.json', JSON.stringify(record));
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL\s+3 commitment-hash:/m);
    expect(result.stdout).toMatch(/^FAIL\s+4 allocation:/m);
  });

  it('refuses an id in two strata, naming both files', async () => {
    const overlap = scratchFolder();
    try {
      overlap.write('A.txt', 'X1\nX2\n');
      overlap.write('B.txt', 'X3\nX2\n');
      const result = await runScript('invitations', [
        'commit',
        '--strata',
        overlap.path(''),
        '--invitations',
        '2',
        '--public',
        'loto',
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /error \[POOL_ID_DUPLICATE\]: id "X2" is in .*A\.txt and in .*B\.txt/,
      );
    } finally {
      overlap.dispose();
    }
  });

  it('refuses --pool for an invitations record and --strata for a draw record', async () => {
    const pool = await runScript('verify', [
      folder.path('r1.json'),
      '--pool',
      folder.path('Ain.txt'),
    ]);
    expect(pool.code).toBe(2);
    expect(pool.stderr).toMatch(/give its strata's pools with --strata DIR, not --pool/);
    const draw = folder.write('draw.json', '{"protocol":"kleroterion-draw/1"}\n');
    const strataForDraw = await runScript('verify', [draw, '--strata', strata]);
    expect(strataForDraw.code).toBe(2);
    expect(strataForDraw.stderr).toMatch(/--strata is for a kleroterion-invitations\/1 record/);
  });

  it('names a folder that holds no stratum pool file', async () => {
    const empty = scratchFolder();
    try {
      const result = await runScript('verify', [
        folder.path('r1.json'),
        '--strata',
        empty.path(''),
      ]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/error \[INVALID_ARGUMENT\]: .*no stratum pool file/);
    } finally {
      empty.dispose();
    }
  });
});
