import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RegisterIdLog } from './registerIdLog';
import { registerIdFromBytes } from './registerIds';

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Ids from a few characters, so that prefixes, whole ids and buckets are often shared. */
const CLOSE_ID = fc
  .array(fc.constantFrom('0', '1', 'Z', 'A'), { minLength: 16, maxLength: 16 })
  .map((c) => c.join(''));
const RANDOM_ID = fc
  .uint8Array({ minLength: 10, maxLength: 10 })
  .map((b) => registerIdFromBytes(b));

describe('RegisterIdLog', () => {
  it('sorts the ids it logged in byte order, duplicates included, with their strata', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(CLOSE_ID, RANDOM_ID), fc.option(fc.nat(9999))), {
          maxLength: 300,
        }),
        (entries) => {
          const log = new RegisterIdLog(4); // small, so that it grows
          for (const [id, stratum] of entries) expect(log.add(id, stratum)).toBe(true);
          expect(log.size).toBe(entries.length);
          const order = [...log.sortedOrder()];
          expect([...order].sort((a, b) => a - b)).toEqual(entries.map((_, i) => i));
          const ids = order.map((i) => log.idAt(i));
          expect(ids).toEqual(entries.map(([id]) => id).sort(byteOrder));
          for (const i of order) expect(log.stratumOf(i)).toBe(entries[i]?.[1] ?? null);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sorts ids sharing their first seven characters by the rest', () => {
    const log = new RegisterIdLog();
    const ids = ['ABCDEFG999999999', 'ABCDEFG000000001', 'ABCDEFG000000000', 'ABCDEFF999999999'];
    ids.forEach((id) => log.add(id, null));
    expect([...log.sortedOrder()].map((i) => log.idAt(i))).toEqual([...ids].sort(byteOrder));
  });

  it('refuses ids it cannot log: not 16 characters, or not ASCII', () => {
    const log = new RegisterIdLog();
    expect(log.add('SHORT', null)).toBe(false);
    expect(log.add('ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ', null)).toBe(false);
  });
});
