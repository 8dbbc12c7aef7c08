import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { canonicalize } from '../crypto/jcs';
import { sha256HexOfText } from '../crypto/hash';
import { ErrorCode, KleroterionError } from '../errors';
import { MAJORITY_GRADES } from './gradingScale';
import { decideMove } from '../deliberation/roomCommands';
import { syntheticDeliberation, syntheticDossier } from '../testing/syntheticProcess';
import { resultsOf } from './processResults';
import { decidePublish, decideTieDraw, decideTieLottery, decideTieVote } from './resultCommands';
import { buildBundle } from '../audit/bundle';
import { verifyBundle } from '../audit/verifyBundle';
import { compareCounts, majorityGradeOfCounts } from './majorityJudgment';

const id = (n: number) => syntheticDossier(n).id;
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof KleroterionError ? error.code : String(error);
  }
  return 'no error';
};

/** Dossier 0 excellent throughout; dossiers 1 and 2 identical ("bien" throughout): a tie for one place. */
function tiedJury(tieResolution: 'lottery' | 'room-vote') {
  return syntheticDeliberation({
    seats: 9,
    dossiers: 3,
    shortlistMax: 2,
    rule: { tieResolution },
    grade: (d) => (d === 0 ? 'excellent' : 'bien'),
  }).builder;
}

describe('results', () => {
  it('stops before a tie across the cut, refuses to publish, and settles it by a verifiable lottery', () => {
    const builder = tiedJury('lottery');
    const results = resultsOf(builder.current)!;
    expect(results.shortlist).toEqual([id(1)]);
    expect(results.tie).toEqual({ tied: [id(2), id(3)], places: 1, settlement: null });
    expect(codeOf(() => decidePublish(builder.current))).toBe(ErrorCode.TransitionRefused);
    expect(codeOf(() => decideTieVote(builder.current, { [id(2)]: 5 }))).toBe(
      ErrorCode.TransitionRefused,
    );

    const future = drand.rounds[1]!;
    builder.then((s) =>
      decideTieLottery(s, {
        organiserSecretHash: sha256HexOfText('tie secret'),
        drandRound: future.round,
        now: builder.now(),
        minDrandDelaySeconds: 60,
      }),
    );
    expect(
      codeOf(() =>
        decideTieDraw(builder.current, { organiserSecret: 'wrong', signature: future.signature }),
      ),
    ).toBe(ErrorCode.RevealMismatch);
    expect(
      codeOf(() =>
        decideTieDraw(builder.current, {
          organiserSecret: 'tie secret',
          signature: drand.rounds[0]!.signature,
        }),
      ),
    ).toBe(ErrorCode.BeaconInvalid);
    builder.then((s) =>
      decideTieDraw(s, { organiserSecret: 'tie secret', signature: future.signature }),
    );
    const settled = resultsOf(builder.current)!;
    const winner = settled.tie!.settlement!.winners;
    expect(winner).toHaveLength(1);
    expect([id(2), id(3)]).toContain(winner[0]);
    expect(settled.shortlist).toEqual([id(1), ...winner]);

    builder.then(decidePublish);
    const bundle = buildBundle(builder.current, builder.log, null);
    expect(verifyBundle(bundle).checks.filter((c) => !c.ok)).toEqual([]);
    // A forged order in the log no longer replays.
    const forged = structuredClone(bundle);
    const drawn = forged.log.find((e) => e.type === 'tie.lotteryDrawn')!;
    (drawn.payload as { order: string[] }).order.reverse();
    expect(verifyBundle(forged).ok).toBe(false);
  });

  it('refuses a tie lottery whose drand round already exists', () => {
    const builder = tiedJury('lottery');
    expect(
      codeOf(() =>
        decideTieLottery(builder.current, {
          organiserSecretHash: sha256HexOfText('x'),
          drandRound: 1000,
          now: builder.now(),
          minDrandDelaySeconds: 0,
        }),
      ),
    ).toBe(ErrorCode.ValidationFailed);
  });

  it('settles a tie by the room’s recorded vote among the tied dossiers only', () => {
    const builder = tiedJury('room-vote');
    expect(codeOf(() => decideTieVote(builder.current, { [id(1)]: 3, [id(2)]: 5 }))).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(codeOf(() => decideTieVote(builder.current, { [id(2)]: 4, [id(3)]: 4 }))).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(codeOf(() => decideTieVote(builder.current, { [id(2)]: 6, [id(3)]: 6 }))).toBe(
      ErrorCode.ValidationFailed,
    );
    builder.then((s) => decideTieVote(s, { [id(2)]: 3, [id(3)]: 6 }));
    expect(resultsOf(builder.current)!.shortlist).toEqual([id(1), id(3)]);
    builder.then(decidePublish);
    // Once published, the room is closed.
    expect(() => builder.then((s) => decideMove(s, id(2)))).toThrow(/published/);
  });

  it('blends the administration’s pre-screening as an exact share of the profile', () => {
    // Jurors all say "excellent"; the administration says "satisfactory" (= bien) four times.
    const { builder } = syntheticDeliberation({
      seats: 9,
      dossiers: 1,
      rule: { prescreeningShare: 50 },
      grade: () => 'excellent',
    });
    const entry = resultsOf(builder.current)!.dossiers[0]!;
    const bien = MAJORITY_GRADES.indexOf('bien');
    const excellent = MAJORITY_GRADES.indexOf('excellent');
    expect(entry.profile[bien]).toBe(entry.profile[excellent]);
    expect(entry.majorityGrade).toBe('bien');
    const third = syntheticDeliberation({
      seats: 9,
      dossiers: 1,
      rule: { prescreeningShare: 30 },
      grade: () => 'excellent',
    });
    const p = resultsOf(third.builder.current)!.dossiers[0]!.profile;
    expect(p[bien]! / (p[bien]! + p[excellent]!)).toBeCloseTo(0.3, 12);
  });

  it('flags a dossier below quorum instead of ranking it, and abstentions are not grades', () => {
    const { builder } = syntheticDeliberation({
      seats: 10,
      dossiers: 2,
      rule: { quorum: 8 },
      conflicts: [
        { seat: 1, dossier: 1 },
        { seat: 2, dossier: 1 },
      ],
      absences: [{ seat: 3, dossier: 1 }],
      grade: (d, seat) => (d === 1 && seat === 4 ? 'abstain' : 'tres-bien'),
    });
    const results = resultsOf(builder.current)!;
    expect(results.belowQuorum).toEqual([id(2)]);
    const flagged = results.dossiers.find((d) => d.dossierId === id(2))!;
    expect(flagged).toMatchObject({
      status: 'below-quorum',
      rank: null,
      eligibleJurors: 6,
      conflicts: 2,
      absent: 1,
      abstentions: 5,
    });
    expect(results.shortlist).toEqual([id(1)]);
  });

  it('ranks by weighted mean when the rule says so, with the floor on the mean', () => {
    const grades = [
      ['excellent', 'a-rejeter', 'excellent'],
      ['bien', 'bien', 'bien'],
      ['passable', 'passable', 'assez-bien'],
    ];
    const { builder } = syntheticDeliberation({
      seats: 9,
      dossiers: 3,
      rule: { method: 'weighted-mean', quorum: 3 },
      grade: (d, seat) => grades[d]![seat % 3]!,
    });
    const results = resultsOf(builder.current)!;
    expect(results.method).toBe('weighted-mean');
    expect(results.shortlist).toEqual([id(1), id(2)]);
    expect(results.belowFloor).toEqual([id(3)]);
    expect(results.sensitivity.majorityJudgment[0]).toEqual({ dossierId: id(1), rank: 1 });
    expect(results.sensitivity.weightedMean.map((e) => e.dossierId)).toEqual([id(1), id(2), id(3)]);
  });

  it('does not depend on juror order (property)', () => {
    const grade = fc.constantFrom(...MAJORITY_GRADES);
    fc.assert(
      fc.property(
        fc.array(grade, { minLength: 6 * 2, maxLength: 6 * 2 }),
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (grades, keys) => {
          const order = [1, 2, 3, 4, 5, 6].sort((a, b) => keys[a - 1]! - keys[b - 1]! || a - b);
          const run = (seatOf: (seat: number) => number) =>
            resultsOf(
              syntheticDeliberation({
                seats: 6,
                dossiers: 2,
                rule: { quorum: 1 },
                grade: (d, seat) => grades[d * 6 + seatOf(seat) - 1]!,
              }).builder.current,
            );
          expect(canonicalize(run((seat) => order[seat - 1]!))).toBe(
            canonicalize(run((seat) => seat)),
          );
        },
      ),
      { numRuns: 20, seed: 42 },
    );
  });

  it('adding a grade above the majority grade never lowers a dossier (property)', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(counts, counts, fc.nat(), (a, b, pick) => {
        if (a.every((c) => c === 0) || b.every((c) => c === 0)) return;
        const alpha = majorityGradeOfCounts(a);
        if (alpha === 6) return;
        const above = alpha + 1 + (pick % (6 - alpha));
        const added = a.map((c, r) => (r === above ? c + 1 : c));
        expect(compareCounts(added, a)).toBeGreaterThanOrEqual(0);
        expect(Math.sign(compareCounts(added, b))).toBeGreaterThanOrEqual(
          Math.sign(compareCounts(a, b)),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
