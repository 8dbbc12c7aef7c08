import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import vector from '../../fixtures/vectors/kleroterion-timelock-1.json';
import { sealTimelock } from '../../client/src/witness/sealTimelock';
import { commitmentHashOf, deriveSeedHex, seedInput } from './seed';
import { openRecordTimelocks } from './openRecordTimelocks';
import { Source } from './protocol';
import { readTlockStanza } from './timelock';
import { openTimelock } from './timelockOpen';
import { verifyRecord } from './verifyRecord';
import { canonicalize } from '../crypto/jcs';

const signatureOf = (round: number) =>
  drand.rounds.find((r) => r.round === round)?.signature as string;

/** Flips one base64 character of the armored body (line `line`, column `column`). */
function tamper(armored: string, line: number, column: number): string {
  const lines = armored.split('\n');
  const text = lines[line] as string;
  const old = text[column] as string;
  lines[line] = `${text.slice(0, column)}${old === 'A' ? 'B' : 'A'}${text.slice(column + 1)}`;
  return lines.join('\n');
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('timelock sources: known answers (fixtures/vectors/kleroterion-timelock-1.json)', () => {
  it('opens the recorded ciphertext with round 1000’s signature into the recorded plaintext', async () => {
    expect(readTlockStanza(vector.ciphertext)).toEqual({
      round: 1000,
      chainHash: drand.chainHash,
    });
    expect(await openTimelock(vector.ciphertext, 1000, signatureOf(1000))).toEqual({
      ok: true,
      plaintext: vector.plaintext,
    });
  });

  it('derives the recorded commitment hash and seed, and the whole record verifies', async () => {
    expect(commitmentHashOf(vector.commitment)).toBe(vector.commitmentHash);
    expect(seedInput(vector.commitmentHash, vector.values)).toBe(vector.seedInput);
    expect(deriveSeedHex(vector.commitmentHash, vector.values)).toBe(vector.seed);
    const openings = await openRecordTimelocks(vector.record);
    expect([...openings.keys()]).toEqual([1]);
    const report = verifyRecord(vector.record, { timelockOpenings: openings });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.find((c) => c.name === 'source-1')?.detail).toMatch(
      /round 1000 signature verifies and opens the timelock/,
    );
    expect(report.checks.find((c) => c.name === 'beacon-timing-1')?.ok).toBe(true);
  });

  it('fails the source when the timelock was not opened (a synchronous caller cannot skip it)', () => {
    const report = verifyRecord(vector.record);
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'source-1')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/was not opened/),
    });
  });
});

describe('timelock sources: tampering and wrong rounds fail with a named check', () => {
  it('a tampered ciphertext does not open and its source check fails', async () => {
    // Line 7 holds the end of the age header's MAC and the payload; line 3 the IBE ciphertext.
    for (const [line, column] of [
      [3, 10],
      [7, 40],
    ] as const) {
      const outcome = await openTimelock(
        tamper(vector.ciphertext, line, column),
        1000,
        signatureOf(1000),
      );
      expect(outcome.ok).toBe(false);
    }
    const record = clone(vector.record);
    record.commitment.sources[1]!.timelock!.ciphertext = tamper(vector.ciphertext, 7, 40);
    record.commitmentHash = commitmentHashOf(record.commitment);
    const report = verifyRecord(record, { timelockOpenings: await openRecordTimelocks(record) });
    expect(report.checks.find((c) => c.name === 'source-1')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/does not open with round 1000’s signature|does not open/),
    });
  });

  it('a plaintext other than the decrypted one fails', async () => {
    const record = clone(vector.record);
    record.values[1] = 'f'.repeat(64);
    const report = verifyRecord(record, { timelockOpenings: await openRecordTimelocks(record) });
    expect(report.checks.find((c) => c.name === 'source-1')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/value differs from the timelock plaintext/),
    });
  });

  it('a ciphertext sealed to another round than the committed one fails, naming both rounds', async () => {
    const other = await sealTimelock('contribution', 657413);
    expect(await openTimelock(other, 1000, signatureOf(1000))).toEqual({
      ok: false,
      problem: 'the ciphertext is sealed to round 657413, the source commits to round 1000',
    });
  });

  it('another round’s signature does not verify for the committed round', async () => {
    const record = clone(vector.record);
    record.beacons[0]!.signature = signatureOf(657413);
    const report = verifyRecord(record, { timelockOpenings: await openRecordTimelocks(record) });
    expect(report.checks.find((c) => c.name === 'source-1')).toMatchObject({
      ok: false,
      detail: expect.stringMatching(/signature does not verify for drand quicknet round 1000/),
    });
    // Even handed straight to the decrypter, a wrong signature fails the IBE check instead of giving garbage.
    const outcome = await openTimelock(vector.ciphertext, 1000, signatureOf(657413));
    expect(outcome).toMatchObject({ ok: false });
  });

  it('a missing signature for the timelock source fails the beacon list and the source', async () => {
    const record = clone(vector.record);
    record.beacons = record.beacons.filter((b) => b.source !== 1);
    const report = verifyRecord(record, { timelockOpenings: await openRecordTimelocks(record) });
    expect(report.checks.find((c) => c.name === 'beacon-list')?.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'source-1')?.detail).toMatch(
      /needs exactly one beacon signature, found 0/,
    );
  });

  it('a round produced before committedAt fails the timing check', async () => {
    const record = clone(vector.record);
    record.commitment.committedAt = '2023-08-23T16:00:00Z';
    record.commitmentHash = commitmentHashOf(record.commitment);
    const report = verifyRecord(record, { timelockOpenings: await openRecordTimelocks(record) });
    expect(report.checks.find((c) => c.name === 'beacon-timing-1')?.ok).toBe(false);
  });
});

describe('timelock sources: form', () => {
  it('a source is committed, a beacon or a timelock, never two of them', () => {
    const timelock = { network: 'drand-quicknet', round: 1000, ciphertext: vector.ciphertext };
    expect(Source.safeParse({ label: 'w', timelock }).success).toBe(true);
    expect(Source.safeParse({ label: 'w', timelock, commitment: 'a'.repeat(64) }).success).toBe(
      false,
    );
    expect(
      Source.safeParse({ label: 'w', timelock, beacon: { network: 'drand-quicknet', round: 1000 } })
        .success,
    ).toBe(false);
    expect(Source.safeParse({ label: 'w', timelock, optional: true }).success).toBe(false);
    expect(Source.safeParse({ label: 'w', timelock: { ...timelock, round: 0 } }).success).toBe(
      false,
    );
  });

  it('reads the stanza and refuses what is not one armored tlock stanza', () => {
    expect(() => readTlockStanza('hello')).toThrow(/not an armored age file/);
    const header = btoa('age-encryption.org/v1\n-> X25519 abc\nbody\n--- mac\n');
    expect(() =>
      readTlockStanza(
        `-----BEGIN AGE ENCRYPTED FILE-----\n${header}\n-----END AGE ENCRYPTED FILE-----\n`,
      ),
    ).toThrow(/not "-> tlock <round> <chain hash>"/);
  });

  it('the record is canonical JSON that the vector reproduces byte for byte', () => {
    expect(canonicalize(vector.record)).toContain('"timelock":{"ciphertext":"-----BEGIN AGE');
  });
});

describe('timelock sources: properties', () => {
  it('whatever UTF-8 text is sealed to a round opens back with that round’s signature', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.constantFrom(1000, 657413),
        async (text, round) => {
          const sealed = await sealTimelock(text, round);
          expect(readTlockStanza(sealed).round).toBe(round);
          expect(await openTimelock(sealed, round, signatureOf(round))).toEqual({
            ok: true,
            plaintext: text,
          });
        },
      ),
      { numRuns: 6 },
    );
  });

  it('changing any one character of the armored body makes the ciphertext fail to open or to parse', async () => {
    const lines = vector.ciphertext.split('\n');
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: lines.length - 3 }),
        fc.nat(),
        async (line, col) => {
          const column = col % (lines[line] as string).length;
          const outcome = await openTimelock(
            tamper(vector.ciphertext, line, column),
            1000,
            signatureOf(1000),
          );
          expect(outcome.ok && outcome.plaintext === vector.plaintext).toBe(false);
        },
      ),
      { numRuns: 12 },
    );
  });
});
