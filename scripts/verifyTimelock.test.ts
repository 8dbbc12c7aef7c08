import { afterAll, describe, expect, it } from 'vitest';
import vector from '../fixtures/vectors/kleroterion-timelock-1.json';
import { canonicalize } from '../shared/crypto/jcs';
import { commitmentHashOf } from '../shared/lottery/seed';
import { runScript, scratchFolder } from './testing/runScript';

const folder = scratchFolder();
afterAll(() => folder.dispose());

describe('verify: a record with a timelock source', () => {
  it('decrypts the sealed witness offline and passes every check', async () => {
    const file = folder.write('timelock.json', `${canonicalize(vector.record)}\n`);
    const pool = folder.write('pool.txt', `${vector.poolIds.join('\n')}\n`);
    const result = await runScript('verify', [file, '--pool', pool]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^PASS\s+\d+ source-1: source 1 \("witness: Camille \(sealed\)"\): drand quicknet round 1000 signature verifies and opens the timelock/m,
    );
    expect(result.stdout).toMatch(/^OK: all \d+ checks passed/m);
  });

  it('exits 1 with a failed source check when the ciphertext was tampered with', async () => {
    const record = JSON.parse(JSON.stringify(vector.record)) as typeof vector.record;
    const lines = vector.ciphertext.split('\n');
    lines[7] = `${(lines[7] as string).slice(0, 40)}${(lines[7] as string)[40] === 'A' ? 'B' : 'A'}${(lines[7] as string).slice(41)}`;
    record.commitment.sources[1]!.timelock!.ciphertext = lines.join('\n');
    record.commitmentHash = commitmentHashOf(record.commitment);
    const file = folder.write('tampered.json', `${canonicalize(record)}\n`);
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^FAIL\s+\d+ source-1: .*does not open with round 1000/m);
    expect(result.stdout).toMatch(/^INVALID: .*source-1/m);
  });

  it('names kleroterion-draw/2, and exits 1 with the protocol rule when relabelled kleroterion-draw/1', async () => {
    expect(vector.record.protocol).toBe('kleroterion-draw/2');
    const record = JSON.parse(JSON.stringify(vector.record)) as typeof vector.record;
    record.protocol = 'kleroterion-draw/1';
    record.commitment.protocol = 'kleroterion-draw/1';
    record.commitmentHash = commitmentHashOf(record.commitment);
    const file = folder.write('relabelled.json', `${canonicalize(record)}\n`);
    const result = await runScript('verify', [file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^FAIL\s+\d+ record-structure: .*a timelock source needs protocol kleroterion-draw\/2/m,
    );
  });
});
