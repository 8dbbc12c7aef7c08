import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  formatRegistrationCode,
  hashRegistrationCode,
} from '../../shared/registration/registrationCode';
import { createRegistrationCodes } from './registrationCodes';

const clock: Clock = { now: () => new Date('2026-12-01T09:00:00Z') };
const csprng: Random = { bytes: (length) => new Uint8Array(randomBytes(length)) };

function fresh(random: Random = csprng) {
  const db = openDatabase(':memory:');
  return { db, codes: createRegistrationCodes(db, clock, random) };
}

const ids = (n: number, prefix = 'reg') => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

describe('registration codes on the server', () => {
  it('issues one distinct code per invitee and stores only their hashes', () => {
    const { db, codes } = fresh();
    const { issued, alreadyRegistered } = codes.issue('p-1', ids(500));
    expect(alreadyRegistered).toEqual([]);
    expect(issued.map((entry) => entry.registerId)).toEqual(ids(500));
    expect(new Set(issued.map((entry) => entry.code)).size).toBe(500);
    const rows = db.prepare('SELECT * FROM registration_codes').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(500);
    const stored = JSON.stringify(rows);
    for (const { code, registerId } of issued) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
      expect(rows).toContainEqual(
        expect.objectContaining({ register_id: registerId, code_hash: hashRegistrationCode(code) }),
      );
    }
  });

  it('redeems each code once, however it is typed, and only in its own process', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.boolean(), (count, sloppy) => {
        const { codes } = fresh();
        const { issued } = codes.issue('p-1', ids(count));
        codes.issue('p-2', ids(count));
        for (const { code, registerId } of issued) {
          const typed = sloppy ? code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o') : code;
          expect(codes.redeem('p-2', typed)).toMatchObject({ ok: false, refusal: 'unknown' });
          expect(codes.redeem('p-1', typed)).toEqual({ ok: true, registerId });
          const again = codes.redeem('p-1', code);
          expect(again).toMatchObject({ ok: false, refusal: 'used' });
          if (!again.ok) expect(again.error.code).toBe(ErrorCode.RegistrationCodeUsed);
        }
        expect(codes.counts('p-1')).toEqual({ issued: count, used: count });
        expect(codes.counts('p-2')).toEqual({ issued: count, used: 0 });
      }),
      { numRuns: 30 },
    );
  });

  it('tells a typo, an unknown code and a used one apart, each with its stable code', () => {
    const { codes } = fresh();
    const [first] = codes.issue('p-1', ['reg-a']).issued;
    const other = codes.issue('p-9', ['reg-b']).issued[0]!.code;
    const typo = codes.redeem('p-1', `${first!.code.slice(0, -1)}U`);
    expect(typo).toMatchObject({ ok: false, refusal: 'malformed' });
    if (!typo.ok) {
      expect(typo.error.code).toBe(ErrorCode.RegistrationCodeMalformed);
      expect(typo.error.message).toContain('"U"');
    }
    const unknown = codes.redeem('p-1', other);
    expect(unknown).toMatchObject({ ok: false, refusal: 'unknown' });
    if (!unknown.ok) {
      expect(unknown.error.code).toBe(ErrorCode.RegistrationCodeUnknown);
      // The refusal names nobody: no register id, no other process.
      expect(JSON.stringify(unknown)).not.toMatch(/reg-|p-9/);
    }
    expect(codes.redeem('p-9', other)).toEqual({ ok: true, registerId: 'reg-b' });
  });

  it('issues all codes or none, and a reprint replaces unused codes but never a used one', () => {
    const { db, codes } = fresh();
    expect(() => codes.issue('p-1', ['a', 'b', 'a'])).toThrow(KleroterionError);
    expect(db.prepare('SELECT COUNT(*) AS n FROM registration_codes').get()).toEqual({ n: 0 });

    const first = codes.issue('p-1', ['a', 'b']).issued;
    expect(codes.redeem('p-1', first[0]!.code)).toEqual({ ok: true, registerId: 'a' });
    const reprint = codes.issue('p-1', ['a', 'b']);
    expect(reprint.alreadyRegistered).toEqual(['a']);
    expect(reprint.issued.map((entry) => entry.registerId)).toEqual(['b']);
    expect(codes.redeem('p-1', first[1]!.code)).toMatchObject({ ok: false, refusal: 'unknown' });
    expect(codes.redeem('p-1', reprint.issued[0]!.code)).toEqual({ ok: true, registerId: 'b' });
  });

  it('draws each code from the random source it is given, 18 bytes a code', () => {
    const asked: number[] = [];
    let counter = 0;
    const counting: Random = {
      bytes: (length) => {
        asked.push(length);
        return new Uint8Array(length).fill(++counter);
      },
    };
    const { codes } = fresh(counting);
    const { issued } = codes.issue('p-1', ids(3));
    expect(asked).toEqual([18, 18, 18]);
    expect(issued.map((entry) => entry.code)).toEqual(
      [1, 2, 3].map((fill) => formatRegistrationCode(new Uint8Array(18).fill(fill))),
    );
    expect(new Set(issued.map((entry) => entry.code)).size).toBe(3);
  });
});
