import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { allocationProblems } from '../../shared/invitations/allocation';
import { InvitationsCommitment } from '../../shared/invitations/commitment';
import { Commitment } from '../../shared/lottery/protocol';
import type { RegisterImport } from '../repositories/registerRepository';
import { stageOneCommitment } from './stageOneCommitment';

const sources = [{ label: 'organiser', commitment: 'a'.repeat(64) }];
const header = { title: 'T', process: 'p1', committedAt: '2026-12-05T10:00:00Z' };

const registerOf = (sizes: readonly number[]): RegisterImport => ({
  importNo: 1,
  processId: 'p1',
  fileName: 'registre.csv',
  stratumColumn: sizes.length === 0 ? null : 'departement',
  rowCount: sizes.length === 0 ? 50 : sizes.reduce((a, b) => a + b, 0),
  root: 'b'.repeat(64),
  startedAt: header.committedAt,
  finishedAt: header.committedAt,
  // Names in canonical order, as the register lists its strata.
  strata: sizes.map((size, i) => ({
    name: `s${String(i).padStart(2, '0')}`,
    size,
    root: 'c'.repeat(64),
  })),
});

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof KleroterionError ? error.code : String(error);
  }
  return undefined;
};

describe('the stage-one commitment made by the console', () => {
  it('is, for any register and any k up to its size, a well-formed commitment whose proportional allocation verifies', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (sizes, fraction) => {
          const register = registerOf(sizes);
          const k = Math.max(1, Math.min(20_000, Math.floor(fraction * register.rowCount)));
          const commitment = stageOneCommitment(
            register,
            { invitations: k, witnesses: [] },
            sources,
            header,
          );
          const parsed = InvitationsCommitment.parse(commitment);
          expect(allocationProblems(parsed)).toEqual([]);
          expect(parsed.allocation).toBe('proportional');
          expect(parsed.strata.reduce((n, s) => n + s.invitations, 0)).toBe(k);
        },
      ),
    );
  });

  it('refuses any set allocation that does not add up to k, and keeps one that does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (numbers, k) => {
          const register = registerOf(numbers.map(() => 5));
          const allocation = numbers.map((invitations, i) => ({
            name: register.strata[i]!.name,
            invitations,
          }));
          const sum = numbers.reduce((a, b) => a + b, 0);
          const run = () =>
            stageOneCommitment(
              register,
              { invitations: k, witnesses: [], allocation },
              sources,
              header,
            );
          if (sum === k) expect((run() as { allocation: string }).allocation).toBe('set');
          else expect(codeOf(run)).toBe(ErrorCode.InvalidArgument);
        },
      ),
    );
  });

  it('commits an unstratified register as kleroterion-draw/1, seats = k, no alternates, and refuses k above its size', () => {
    const register = registerOf([]);
    const commitment = Commitment.parse(
      stageOneCommitment(register, { invitations: 7, witnesses: [] }, sources, header),
    );
    expect(commitment).toMatchObject({
      protocol: 'kleroterion-draw/1',
      seats: 7,
      alternates: 0,
      poolSize: 50,
    });
    expect(
      codeOf(() =>
        stageOneCommitment(register, { invitations: 51, witnesses: [] }, sources, header),
      ),
    ).toBe(ErrorCode.InvalidArgument);
    expect(
      codeOf(() =>
        stageOneCommitment(
          register,
          { invitations: 7, witnesses: [], allocation: [{ name: 'x', invitations: 7 }] },
          sources,
          header,
        ),
      ),
    ).toBe(ErrorCode.InvalidArgument);
  });
});
