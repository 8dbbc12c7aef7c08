import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import drandVectors from '../../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import { drawRecord } from './drawRecord';
import { buildMerkleTree, poolRootHex } from './merkle';
import { canonicalPool } from './poolId';
import type { DrawRecord } from './protocol';
import { verifyRecord } from './verifyRecord';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const beaconRound = drandVectors.rounds[0]!;

function makeRecord(
  poolSize: number,
  seats: number,
  alternates: number,
  secret: string,
  extra = 'public',
): { record: DrawRecord; ids: string[] } {
  const ids = canonicalPool(
    Array.from({ length: poolSize }, (_, i) => ({ id: `V${(i * 7919) % 100003}` })),
  );
  const tree = buildMerkleTree(ids);
  const commitment = {
    protocol: 'kleroterion-draw/1',
    title: 'Jury test',
    committedAt: '2023-09-01T00:00:00Z',
    poolRoot: poolRootHex(ids),
    poolSize,
    seats,
    alternates,
    sources: [
      { label: 'organiser', commitment: sha256HexOfText(secret) },
      { label: 'witness', commitment: sha256HexOfText('w'), optional: true },
      { label: 'drand', beacon: { network: 'drand-quicknet', round: beaconRound.round } },
      { label: 'announced', note: extra },
    ],
  };
  const record = drawRecord({
    commitment,
    canonicalIds: ids,
    tree,
    values: [secret, null, beaconRound.randomness, extra],
    beacons: [{ source: 2, round: beaconRound.round, signature: beaconRound.signature }],
  });
  return { record, ids };
}

/** Every path to a value inside a JSON tree (objects and arrays included). */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value !== null && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return here;
}

function mutate(root: Json, path: (string | number)[], choice: number): Json {
  const copy = structuredClone(root);
  if (path.length === 0) return { ...(copy as object), extra: 1 };
  const parent = path
    .slice(0, -1)
    .reduce<Json>((node, key) => (node as Record<string, Json>)[key as string] as Json, copy);
  const key = path[path.length - 1] as string;
  const container = parent as Record<string, Json>;
  const current = container[key] as Json;
  if (choice % 4 === 0 && !Array.isArray(parent)) {
    delete container[key];
    return copy;
  }
  if (typeof current === 'string')
    container[key] =
      current.length > 0 && choice % 2 === 0
        ? current.slice(0, -1) + (current.endsWith('0') ? '1' : '0')
        : `${current}x`;
  else if (typeof current === 'number')
    container[key] = choice % 2 === 0 ? current + 1 : current - 1;
  else if (typeof current === 'boolean') container[key] = !current;
  else if (current === null) container[key] = 'revealed';
  else if (Array.isArray(current)) {
    if (current.length > 0 && choice % 2 === 0) current.pop();
    else current.push(current[0] ?? 'x');
  } else (current as Record<string, Json>)['unexpected'] = true;
  return copy;
}

describe('verifyRecord', () => {
  it('accepts a genuine record with every kind of source and runs the beacon timing check', () => {
    const { record, ids } = makeRecord(40, 15, 5, 'organiser-secret');
    const report = verifyRecord(record, { canonicalPool: ids });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    expect(report.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'commitment-hash',
        'source-0',
        'source-1',
        'source-2',
        'source-3',
        'beacon-timing-2',
        'seed',
        'pick-20',
        'proof-20',
        'pool-root',
      ]),
    );
    expect(report.checks.map((c) => c.number)).toEqual(report.checks.map((_, i) => i + 1));
  });

  it('rejects a beacon round produced before the commitment', () => {
    const { record } = makeRecord(10, 3, 0, 's');
    const commitment = { ...record.commitment, committedAt: '2024-01-01T00:00:00Z' };
    const { commitmentHashOf } = {
      commitmentHashOf: (c: unknown) => sha256HexOfText(canonicalize(c)),
    };
    const report = verifyRecord({
      ...record,
      commitment,
      commitmentHash: commitmentHashOf(commitment),
    });
    expect(report.checks.find((c) => c.name === 'beacon-timing-2')?.ok).toBe(false);
  });

  it('rejects a pool file that is not the committed pool', () => {
    const { record, ids } = makeRecord(30, 10, 2, 's');
    const report = verifyRecord(record, { canonicalPool: [...ids.slice(0, -1), 'ZZZZZZ'] });
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'pool-root')?.ok).toBe(false);
  });

  it('reports a malformed record as one failed check, without throwing', () => {
    for (const junk of [null, 42, 'record', [], {}, { protocol: 'kleroterion-draw/1' }]) {
      const report = verifyRecord(junk);
      expect(report.ok).toBe(false);
      expect(report.checks).toHaveLength(1);
      expect(report.checks[0]?.name).toBe('record-structure');
    }
  });

  it('any single changed, removed or added field makes verification fail (property)', () => {
    const { record } = makeRecord(25, 6, 3, 'secret-1');
    const json = record as unknown as Json;
    const all = paths(json);
    fc.assert(
      fc.property(fc.nat({ max: all.length - 1 }), fc.nat(), (which, choice) => {
        const tampered = mutate(json, all[which]!, choice);
        expect(verifyRecord(tampered).ok).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('any single changed byte of the canonical record makes it unreadable or invalid (property)', () => {
    const { record } = makeRecord(25, 6, 3, 'secret-2');
    const bytes = new TextEncoder().encode(canonicalize(record));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (position, xor) => {
          const copy = Uint8Array.from(bytes);
          copy[position] = (copy[position] as number) ^ xor;
          let parsed: unknown;
          try {
            parsed = JSON.parse(decoder.decode(copy));
          } catch {
            return; // unreadable: rejected before verification
          }
          expect(verifyRecord(parsed).ok).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the same inputs always give the same record (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.string(), (n, secret) => {
        const seats = Math.min(5, n);
        expect(canonicalize(makeRecord(n, seats, 2, secret).record)).toBe(
          canonicalize(makeRecord(n, seats, 2, secret).record),
        );
      }),
      { numRuns: 60 },
    );
  });
});
