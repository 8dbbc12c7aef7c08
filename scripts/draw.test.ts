import { existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import drand from '../fixtures/vectors/drand-quicknet.json';
import vector from '../fixtures/vectors/kleroterion-draw-1.json';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());
const pool = folder.write('pool.txt', `${vector.poolIds.join('\n')}\n`);

describe('draw reveal', () => {
  it('reproduces the known-answer vector from its commitment and values', async () => {
    const commitment = folder.write('vector-commitment.json', JSON.stringify(vector.commitment));
    const out = folder.path('vector-record.json');
    const labels = vector.commitment.sources.map((source) => source.label);
    const result = await runScript('draw', [
      'reveal',
      '--commitment',
      commitment,
      '--pool',
      pool,
      '--out',
      out,
      ...labels.flatMap((label, i) => ['--value', `${label}=${vector.values[i]}`]),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect(record.selection).toEqual(vector.selection);
    expect(record.seed).toBe(vector.seed);
    expect(record.commitmentHash).toBe(vector.commitmentHash);
  });
});

describe('draw record', () => {
  it('prints a canonical record that verifies, the same every time', async () => {
    const args = [
      'record',
      '--pool',
      pool,
      '--seats',
      '15',
      '--alternates',
      '30',
      '--source',
      'loto=4 8 15 16 23 42',
      '--source',
      'euromillions=7 19 23 41 44',
    ];
    const first = await runScript('draw', args);
    const second = await runScript('draw', args);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const record = JSON.parse(first.stdout);
    expect(record.selection).toHaveLength(45);
    expect(record.commitment.sources).toEqual([{ label: 'loto' }, { label: 'euromillions' }]);
    const file = folder.write('public.json', first.stdout);
    const verified = await runScript('verify', [file, '--pool', pool]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/OK: all \d+ checks passed/);
  });

  it('reads a CSV pool with an id column like the text pool', async () => {
    const csv = folder.write(
      'pool.csv',
      `nom_public,id\n${vector.poolIds.map((id, i) => `x${i},${id}`).join('\n')}\n`,
    );
    const fromText = await runScript('draw', [
      'record',
      '--pool',
      pool,
      '--seats',
      '3',
      '--source',
      'a=1',
    ]);
    const fromCsv = await runScript('draw', [
      'record',
      '--pool',
      csv,
      '--seats',
      '3',
      '--source',
      'a=1',
    ]);
    expect(fromCsv.code).toBe(0);
    expect(fromCsv.stdout).toBe(fromText.stdout);
  });
});

describe('draw commit, then reveal, then verify', () => {
  it('runs the two-step ceremony with an organiser secret, a witness and a drand round', async () => {
    const round = drand.rounds[0]!;
    const witness = await runScript('draw', ['witness']);
    const { secret, commitment: witnessCommitment } = JSON.parse(witness.stdout);
    const secretFile = folder.path('organiser-secret.json');
    const commitmentFile = folder.path('commitment.json');
    const committed = await runScript('draw', [
      'commit',
      '--pool',
      pool,
      '--seats',
      '15',
      '--alternates',
      '5',
      '--title',
      'Jury test',
      '--organiser-secret',
      secretFile,
      '--witness',
      `Marie=${witnessCommitment}`,
      '--optional-witness',
      `Paul=${witnessCommitment}`,
      '--drand-round',
      String(round.round),
      '--committed-at',
      '2023-09-01T00:00:00Z',
      '--out',
      commitmentFile,
    ]);
    expect(committed.stderr).toBe('');
    expect(committed.code).toBe(0);
    const commitment = JSON.parse(readFileSync(commitmentFile, 'utf8'));
    expect(commitment.sources.map((s: { label: string }) => s.label)).toEqual([
      'organiser secret',
      'witness: Marie',
      'witness: Paul',
      `drand quicknet round ${round.round}`,
    ]);
    expect(readFileSync(commitmentFile, 'utf8')).not.toContain(secret);

    const drandFile = folder.write('round.json', JSON.stringify(round));
    const recordFile = folder.path('record.json');
    const revealed = await runScript('draw', [
      'reveal',
      '--commitment',
      commitmentFile,
      '--pool',
      pool,
      '--secrets',
      secretFile,
      '--value',
      `witness: Marie=${secret}`,
      '--drand',
      drandFile,
      '--out',
      recordFile,
    ]);
    expect(revealed.stderr).toBe('');
    expect(revealed.code).toBe(0);
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    expect(record.values[2]).toBeNull(); // Paul never revealed: optional, counts as null
    expect(record.beacons).toEqual([{ source: 3, round: round.round, signature: round.signature }]);

    const verified = await runScript('verify', [recordFile, '--pool', pool]);
    expect(verified.stdout).toContain('beacon-timing-3');
    expect(verified.code).toBe(0);
  });

  it('refuses to commit to a drand round that already exists', async () => {
    const out = folder.path('late.json');
    const result = await runScript('draw', [
      'commit',
      '--pool',
      pool,
      '--seats',
      '3',
      '--drand-round',
      '1000',
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/before the commitment; choose a future round/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a reveal that does not match its commitment, and writes nothing', async () => {
    const commitmentFile = folder.path('c2.json');
    const secretFile = folder.path('s2.json');
    await runScript('draw', [
      'commit',
      '--pool',
      pool,
      '--seats',
      '3',
      '--organiser-secret',
      secretFile,
      '--public',
      'loto',
      '--out',
      commitmentFile,
    ]);
    const out = folder.path('r2.json');
    const result = await runScript('draw', [
      'reveal',
      '--commitment',
      commitmentFile,
      '--pool',
      pool,
      '--value',
      'organiser secret=guess',
      '--value',
      'loto=1 2 3',
      '--out',
      out,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/REVEAL_MISMATCH.*"organiser secret"/);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a forged beacon signature and a malformed drand file', async () => {
    const round = drand.rounds[0]!;
    const commitmentFile = folder.path('c4.json');
    await runScript('draw', [
      'commit',
      '--pool',
      pool,
      '--seats',
      '3',
      '--drand-round',
      String(round.round + 1),
      '--committed-at',
      '2023-09-01T00:00:00Z',
      '--out',
      commitmentFile,
    ]);
    const label = `drand quicknet round ${round.round + 1}`;
    const forged = await runScript('draw', [
      'reveal',
      '--commitment',
      commitmentFile,
      '--pool',
      pool,
      '--beacon',
      `${label}=${round.signature}`,
    ]);
    expect(forged.code).toBe(2);
    expect(forged.stderr).toMatch(/BEACON_INVALID.*does not verify/);
    const junk = folder.write('junk-round.json', '{"round": "soon"}');
    const malformed = await runScript('draw', [
      'reveal',
      '--commitment',
      commitmentFile,
      '--pool',
      pool,
      '--drand',
      junk,
    ]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/JSON_MALFORMED.*junk-round\.json: not a drand round/);
  });

  it('names a missing required reveal', async () => {
    const commitmentFile = folder.path('c3.json');
    await runScript('draw', [
      'commit',
      '--pool',
      pool,
      '--seats',
      '3',
      '--public',
      'loto',
      '--out',
      commitmentFile,
    ]);
    const result = await runScript('draw', [
      'reveal',
      '--commitment',
      commitmentFile,
      '--pool',
      pool,
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/REVEAL_MISSING.*"loto"/);
    expect(result.stdout).toBe('');
  });
});

describe('draw rejects bad input with a clear message, a non-zero exit and no output', () => {
  const bad = async (name: string, content: string | Uint8Array, extra: string[] = []) => {
    const file = folder.write(name, content);
    const out = folder.path(`${name}.out.json`);
    const result = await runScript('draw', [
      'record',
      '--pool',
      file,
      '--seats',
      '2',
      '--source',
      'a=1',
      '--out',
      out,
      ...extra,
    ]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    return result.stderr;
  };

  it('duplicate ids, naming both lines', async () => {
    expect(await bad('dup.txt', 'A\nB\nC\nB\n')).toMatch(
      /POOL_ID_DUPLICATE.*dup\.txt: duplicate id "B" on lines 2 and 4/,
    );
  });
  it('empty ids', async () => {
    expect(await bad('empty-line.txt', 'A\n\nB\n')).toMatch(/POOL_ID_EMPTY.*line 2/);
  });
  it('whitespace-padded ids', async () => {
    expect(await bad('padded.txt', 'A\n B\nC\n')).toMatch(/POOL_ID_WHITESPACE.*line 2/);
  });
  it('control characters', async () => {
    expect(await bad('control.txt', 'A\nB\u0007\nC\n')).toMatch(
      /POOL_ID_CONTROL_CHAR.*line 2.*U\+0007/,
    );
  });
  it('invalid UTF-8', async () => {
    expect(await bad('latin1.bin', Uint8Array.from([0x41, 0x0a, 0x42, 0xe9, 0x0a]))).toMatch(
      /POOL_ID_INVALID_UTF8.*latin1\.bin, line 2/,
    );
  });
  it('more seats than ids', async () => {
    expect(await bad('small.txt', 'A\n', [])).toMatch(/SEATS_EXCEED_POOL/);
  });
  it('negative and non-integer counts', async () => {
    expect(await bad('n1.txt', 'A\nB\nC\n', ['--alternates=-1'])).toMatch(
      /INVALID_NUMBER.*--alternates/,
    );
    expect(await bad('n2.txt', 'A\nB\nC\n', ['--alternates', '1.5'])).toMatch(
      /INVALID_NUMBER.*--alternates/,
    );
  });
  it('a CSV without an id column, and a malformed CSV', async () => {
    expect(await bad('noid.csv', 'name,email\nx,y\n')).toMatch(/POOL_CSV_NO_ID_COLUMN.*line 1/);
    expect(await bad('ragged.csv', 'id,name\nA,x\nB\nC,z\n')).toMatch(/POOL_CSV_MALFORMED.*line 3/);
  });
  it('an empty pool', async () => {
    expect(await bad('empty.txt', '')).toMatch(/POOL_EMPTY/);
  });
  it('a missing file', async () => {
    const result = await runScript('draw', [
      'record',
      '--pool',
      folder.path('nope.txt'),
      '--seats',
      '1',
      '--source',
      'a=1',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/nope\.txt: no such file/);
  });
  it('an unknown option', async () => {
    const result = await runScript('draw', [
      'record',
      '--pool',
      pool,
      '--seats',
      '1',
      '--source',
      'a=1',
      '--sneaky',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--sneaky/);
  });
});
