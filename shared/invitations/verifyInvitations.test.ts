import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vector from '../../fixtures/vectors/kleroterion-invitations-1.json';
import { bytesToHex } from '../crypto/bytes';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import { buildMerkleTree, merkleRoot } from '../lottery/merkle';
import { compareUtf8 } from '../lottery/poolId';
import { verifyRecordBytes } from '../stratify/verifyRecordBytes';
import type { VerificationReport } from '../verificationReport';
import { largestRemainder } from './allocation';
import { INVITATIONS_PROTOCOL } from './commitment';
import { drawInvitations } from './draw';
import { verifyInvitations } from './verifyInvitations';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const clone = <T>(value: T): T => structuredClone(value);
const failed = (report: VerificationReport) =>
  report.checks.filter((c) => !c.ok).map((c) => c.name);
const pools = () => new Map(vector.pools.map((p) => [p.name, { ids: p.ids }]));

describe('the kleroterion-invitations/1 vector', () => {
  it('is reproduced from the spec text alone by an independent derivation', () => {
    // Section 5 and section 17, written again from the text with the hash library and BigInt only.
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const sha = (data: Uint8Array) => nobleSha256(data);
    const hex = (bytes: Uint8Array) => bytesToHex(bytes);
    const commitmentHash = hex(sha(utf8(canonicalize(vector.commitment))));
    expect(commitmentHash).toBe(vector.commitmentHash);
    const seed = hex(
      sha(utf8(`{"commitmentHash":"${commitmentHash}","values":${JSON.stringify(vector.values)}}`)),
    );
    expect(seed).toBe(vector.seed);
    vector.commitment.strata.forEach((stratum, s) => {
      const stratumSeed = sha(utf8(`{"seed":"${seed}","stratum":${JSON.stringify(stratum.name)}}`));
      expect(hex(stratumSeed)).toBe(vector.strata[s]!.seed);
      let block = 0;
      const word = () => {
        const input = new Uint8Array(36);
        input.set(stratumSeed);
        new DataView(input.buffer).setUint32(32, block++, false);
        return new DataView(sha(input).buffer).getBigUint64(0, false);
      };
      const uniform = (m: number) => {
        const limit = 2n ** 64n - (2n ** 64n % BigInt(m));
        for (;;) {
          const x = word();
          if (x < limit) return Number(x % BigInt(m));
        }
      };
      const a = Array.from({ length: stratum.poolSize }, (_, i) => i);
      const picks: number[] = [];
      for (let t = 0; t < stratum.invitations; t++) {
        const j = t + uniform(stratum.poolSize - t);
        [a[t], a[j]] = [a[j]!, a[t]!];
        picks.push(a[t]!);
      }
      expect(picks).toEqual(vector.strata[s]!.picks.map((p) => p.index));
      expect(vector.strata[s]!.picks.map((p) => p.id)).toEqual(
        picks.map((i) => vector.pools[s]!.ids[i]),
      );
    });
  });

  it('verifies, file form included, and with the strata pools in hand', () => {
    const bytes = new TextEncoder().encode(`${canonicalize(vector.record)}\n`);
    const report = verifyRecordBytes(bytes, { strataPools: pools() });
    expect(failed(report)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toEqual([
      'record-file',
      'record-structure',
      'commitment-hash',
      'allocation',
      'value-count',
      'source-0',
      'beacon-list',
      'seed',
      'stratum-seed-0',
      'stratum-picks-0',
      'stratum-proofs-0',
      'stratum-seed-1',
      'stratum-picks-1',
      'stratum-proofs-1',
      'stratum-seed-2',
      'stratum-picks-2',
      'stratum-proofs-2',
      'distinct-ids',
      'stratum-pool-0',
      'stratum-pool-1',
      'stratum-pool-2',
      'pools-disjoint',
      'pool-ids',
    ]);
    expect(report.checks.map((c) => c.number)).toEqual(report.checks.map((_, i) => i + 1));
  });

  it('fails record-file when the bytes are not canonical', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(vector.record, null, 1));
    expect(failed(verifyRecordBytes(bytes))).toEqual(['record-file']);
  });
});

describe('tampered stage-one records fail a named check', () => {
  const rehash = (record: typeof vector.record) => {
    record.commitmentHash = sha256HexOfText(canonicalize(record.commitment));
  };

  it('a changed allocation fails commitment-hash and allocation; re-hashed, still allocation', () => {
    const record = clone(vector.record);
    record.commitment.strata[0]!.invitations += 1;
    record.commitment.strata[2]!.invitations -= 1;
    const report = verifyInvitations(record);
    expect(failed(report)).toContain('commitment-hash');
    expect(failed(report)).toContain('allocation');
    rehash(record);
    const rehashed = verifyInvitations(record);
    expect(failed(rehashed).slice(0, 1)).toEqual(['allocation']);
    expect(rehashed.checks.find((c) => c.name === 'allocation')?.detail).toMatch(
      /largest-remainder/,
    );
  });

  it('a "set" allocation that does not add up, or exceeds a pool, fails allocation', () => {
    const record = clone(vector.record);
    record.commitment.allocation = 'set';
    record.commitment.invitations = 7;
    rehash(record);
    expect(failed(verifyInvitations(record))).toContain('allocation');
    const over = clone(vector.record);
    over.commitment.allocation = 'set';
    over.commitment.strata[2]!.invitations = 7;
    over.commitment.invitations = 11;
    rehash(over);
    const report = verifyInvitations(over);
    expect(report.checks.find((c) => c.name === 'allocation')?.detail).toMatch(
      /7 invitations for a pool of 6/,
    );
    expect(failed(report)).toContain('stratum-picks-2');
  });

  it('a doctored pick fails stratum-picks-s (and its proof, if the id is swapped too)', () => {
    const record = clone(vector.record);
    const pick = record.strata[1]!.selection[0]!;
    const other = (pick.index + 1) % vector.pools[1]!.ids.length;
    pick.index = other;
    expect(failed(verifyInvitations(record))).toEqual(['stratum-picks-1', 'stratum-proofs-1']);
    pick.id = vector.pools[1]!.ids[other]!;
    expect(failed(verifyInvitations(record))).toContain('stratum-picks-1');
  });

  it('a dropped pick, or a huge committed count, fails stratum-picks-s without replaying it', () => {
    const dropped = clone(vector.record);
    dropped.strata[0]!.selection.pop();
    const report = verifyInvitations(dropped);
    expect(failed(report)).toEqual(['stratum-picks-0']);
    expect(report.checks.find((c) => c.name === 'stratum-picks-0')?.detail).toMatch(
      /1 picks, 2 invitations committed/,
    );
    const huge = clone(vector.record);
    huge.commitment.allocation = 'set';
    huge.commitment.strata[1]!.poolSize = Number.MAX_SAFE_INTEGER;
    huge.commitment.strata[1]!.invitations = Number.MAX_SAFE_INTEGER - 1;
    expect(failed(verifyInvitations(huge))).toEqual(
      expect.arrayContaining(['allocation', 'stratum-picks-1']),
    );
  });

  it('a doctored proof fails stratum-proofs-s only', () => {
    const record = clone(vector.record);
    const proof = record.strata[2]!.selection[1]!.proof;
    proof[0] = proof[0]!.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(failed(verifyInvitations(record))).toEqual(['stratum-proofs-2']);
  });

  it('a doctored stratum seed fails stratum-seed-s only', () => {
    const record = clone(vector.record);
    record.strata[0]!.seed = '0'.repeat(64);
    expect(failed(verifyInvitations(record))).toEqual(['stratum-seed-0']);
  });

  it('a doctored seed fails seed, and the picks are still judged against the true one', () => {
    const record = clone(vector.record);
    record.seed = 'f'.repeat(64);
    expect(failed(verifyInvitations(record))).toEqual(['seed']);
  });

  it('a wrong secret fails source-0 and seed', () => {
    const record = clone(vector.record);
    record.values[0] = 'another secret';
    expect(failed(verifyInvitations(record))).toEqual(expect.arrayContaining(['source-0', 'seed']));
  });

  it('an id invited in two strata fails distinct-ids', () => {
    const record = clone(vector.record);
    record.strata[1]!.selection[0]!.id = record.strata[0]!.selection[0]!.id;
    const names = failed(verifyInvitations(record));
    expect(names).toContain('distinct-ids');
  });

  it('with the pools: a wrong pool fails stratum-pool-s, shared ids fail pools-disjoint', () => {
    const wrong = pools();
    wrong.set('Ain', { ids: vector.pools[0]!.ids.slice(1) });
    expect(failed(verifyInvitations(vector.record, { pools: wrong }))).toEqual(
      expect.arrayContaining(['stratum-pool-0', 'pool-ids']),
    );
    const overlapping = pools();
    overlapping.set('Allier', {
      ids: [...vector.pools[2]!.ids, vector.pools[0]!.ids[0]!].sort(compareUtf8),
    });
    expect(failed(verifyInvitations(vector.record, { pools: overlapping }))).toEqual(
      expect.arrayContaining(['pools-disjoint', 'stratum-pool-2']),
    );
  });

  it('strata out of the commitment order, an unknown field or a timelock source fail record-structure', () => {
    const swapped = clone(vector.record);
    swapped.strata.reverse();
    expect(failed(verifyInvitations(swapped))).toEqual(['record-structure']);
    expect(failed(verifyInvitations({ ...vector.record, extra: 1 }))).toEqual(['record-structure']);
    const unsorted = clone(vector.record) as unknown as { commitment: { strata: Json[] } };
    unsorted.commitment.strata.reverse();
    expect(failed(verifyInvitations(unsorted))).toEqual(['record-structure']);
    const sealed = clone(vector.record) as unknown as { commitment: { sources: Json[] } };
    sealed.commitment.sources.push({
      label: 'w',
      timelock: { network: 'drand-quicknet', round: 5, ciphertext: 'x' },
    });
    const report = verifyInvitations(sealed);
    expect(failed(report)).toEqual(['record-structure']);
    expect(report.checks[0]?.detail).toMatch(/not a timelock/);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 3, 'x', [], {}, { protocol: INVITATIONS_PROTOCOL }])
      expect(failed(verifyInvitations(junk))).toEqual(['record-structure']);
  });
});

describe('honest records always verify (property)', () => {
  it('for random strata sizes and k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.string(),
        (sizes, kSeed, secret) => {
          const total = sizes.reduce((a, b) => a + b, 0);
          const k = 1 + (kSeed % total);
          let n = 0;
          const strata = sizes.map((size, s) => {
            const ids = Array.from({ length: size }, () => `ID${n++}`).sort(compareUtf8);
            return { name: `S${s}`, ids, tree: buildMerkleTree(ids) };
          });
          const allocation = largestRemainder(
            k,
            strata.map((s) => ({ name: s.name, poolSize: s.ids.length })),
          );
          allocation.forEach((a, s) => expect(a).toBeLessThanOrEqual(sizes[s]!));
          const commitment = {
            protocol: INVITATIONS_PROTOCOL,
            invitations: k,
            allocation: 'proportional',
            strata: strata.map((s, i) => ({
              name: s.name,
              poolRoot: bytesToHex(merkleRoot(s.tree)),
              poolSize: s.ids.length,
              invitations: allocation[i]!,
            })),
            sources: [{ label: 'o', commitment: sha256HexOfText(secret) }, { label: 'p' }],
          };
          const record = drawInvitations({
            commitment,
            pools: new Map(strata.map((s) => [s.name, s])),
            values: [secret, 'public'],
            beacons: [],
          });
          const bytes = new TextEncoder().encode(canonicalize(record));
          const report = verifyRecordBytes(bytes, {
            strataPools: new Map(strata.map((s) => [s.name, { ids: s.ids }])),
          });
          expect(failed(report)).toEqual([]);
          expect(record.strata.reduce((c, s) => c + s.selection.length, 0)).toBe(k);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('tampered records never verify (property)', () => {
  it('for any one changed index, id, proof hash or stratum seed of the vector record', () => {
    const targets = vector.record.strata.flatMap((draw, s) =>
      draw.selection.map((_, i) => [s, i] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.constantFrom('index', 'id', 'proof', 'seed'),
        fc.integer({ min: 1, max: 1_000 }),
        ([s, i], field, shift) => {
          const record = clone(vector.record);
          const draw = record.strata[s]!;
          const pick = draw.selection[i]!;
          const pool = vector.pools[s]!.ids;
          if (field === 'index') pick.index = (pick.index + shift) % (pool.length * 2);
          if (field === 'id') pick.id = `${pick.id}${shift}`;
          if (field === 'proof' && pick.proof.length > 0) {
            const at = shift % pick.proof.length;
            const digit = (parseInt(pick.proof[at]!.charAt(shift % 64), 16) + 1) % 16;
            pick.proof[at] =
              pick.proof[at]!.slice(0, shift % 64) +
              digit.toString(16) +
              pick.proof[at]!.slice((shift % 64) + 1);
          }
          if (field === 'seed') draw.seed = shift.toString(16).padStart(64, 'e');
          fc.pre(JSON.stringify(record) !== JSON.stringify(vector.record));
          expect(verifyInvitations(record).ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
