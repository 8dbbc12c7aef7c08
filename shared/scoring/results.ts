// The results of a process: every graded dossier's merit profile, majority grade and gauge, mean and
// spread; the ranking under the rule; the shortlist of at most `max`; the flagged cases (quorum, floor,
// tie across the cut and its settlement); and the sensitivity table. Pure and deterministic: anyone can
// recompute it from the public log.
// Spec: docs/results.md.

import type { Dossier } from '../dossier/dossier';
import { gradeRank, gradesOf, type GradingScale } from './gradingScale';
import type { DossierTally } from './gradeTally';
import {
  compareCounts,
  majorityGaugeOfCounts,
  majorityGradeOfCounts,
  meanOfCounts,
  type GradeCounts,
} from './majorityJudgment';
import { meritCounts } from './meritProfile';
import type { AggregationRule, Method } from './rule';
import { shortlist, type Candidate } from './shortlist';
import { canonicalTie } from './tieBreak';
import { zScoreMeans, type SeatBallot } from './zScore';

/** A settled tie: which dossiers, how many places, by which method, and who won them. */
export interface TieSettlement {
  method: 'room-vote' | 'lottery';
  tied: string[];
  places: number;
  /** In the order the method gave them (the lottery's order; the vote's canonical order). */
  winners: string[];
}

export interface ResultsInput {
  scale: GradingScale;
  rule: AggregationRule;
  /** Every dossier of the room, in agenda order. */
  dossiers: readonly Dossier[];
  tallies: readonly DossierTally[];
  settlements: readonly TieSettlement[];
  /** Final-round ballots linked to seats, when known (the organiser, or a rule publishing them). */
  seatBallots?: readonly SeatBallot[];
}

export type DossierStatus = 'ranked' | 'below-quorum' | 'not-graded';

export interface DossierResult {
  dossierId: string;
  status: DossierStatus;
  /** 1-based rank among ranked dossiers; tied dossiers share it. */
  rank: number | null;
  tiedWith: string[];
  round: number | null;
  eligibleJurors: number;
  conflicts: number;
  absent: number;
  /** Grades left blank as "je ne me prononce pas", all criteria together. */
  abstentions: number;
  /** The merit profile that was ranked (weights and administration share applied), worst grade first. */
  profile: number[];
  majorityGrade: string | null;
  /** Shares of the profile strictly above (p) and below (q) the majority grade, 6 decimals. */
  gauge: { p: number; q: number; sign: '+' | '-' } | null;
  /** Mean rank (0 = worst grade) and its standard deviation, 6 decimals. */
  mean: number | null;
  spread: number | null;
  meetsFloor: boolean;
  shortlisted: boolean;
}

export interface SensitivityEntry {
  dossierId: string;
  rank: number;
}

export interface Results {
  method: Method;
  /** Ranked dossiers in rank order, then those below quorum, then those not graded. */
  dossiers: DossierResult[];
  shortlist: string[];
  belowQuorum: string[];
  belowFloor: string[];
  notGraded: string[];
  /** An exact tie across the cut, and its settlement once recorded. */
  tie: { tied: string[]; places: number; settlement: TieSettlement | null } | null;
  /** The top `max` under each method alone: shown, never decisive. z-scores need seat-linked ballots. */
  sensitivity: {
    majorityJudgment: SensitivityEntry[];
    weightedMean: SensitivityEntry[];
    zScore: SensitivityEntry[] | null;
  };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;
const total = (counts: GradeCounts) => counts.reduce((sum, c) => sum + c, 0);
const weightedSum = (counts: GradeCounts) =>
  counts.reduce((sum, count, rank) => sum + count * rank, 0);

/** Exact comparison of means (as fractions): > 0 when `a`'s mean is higher. */
export function compareMeans(a: GradeCounts, b: GradeCounts): number {
  return weightedSum(a) * total(b) - weightedSum(b) * total(a);
}

const COMPARE: Record<Method, (a: GradeCounts, b: GradeCounts) => number> = {
  'majority-judgment': compareCounts,
  'weighted-mean': compareMeans,
};

/** Ranks ids by a score, higher first; equal scores share a rank; the top `max` positions. */
function topBy(
  ids: readonly string[],
  compare: (a: string, b: string) => number,
  max: number,
): SensitivityEntry[] {
  const ordered = [...ids].sort((a, b) => compare(b, a) || (a < b ? -1 : 1));
  const entries: SensitivityEntry[] = [];
  ordered.forEach((id, i) => {
    const previous = entries[entries.length - 1];
    const tied = previous !== undefined && compare(ordered[i - 1] as string, id) === 0;
    entries.push({ dossierId: id, rank: tied && previous ? previous.rank : i + 1 });
  });
  return entries.filter((entry) => entry.rank <= max);
}

export function computeResults(input: ResultsInput): Results {
  const { scale, rule } = input;
  const grades = gradesOf(scale);
  const floorRank = gradeRank(scale, rule.floor) ?? grades.length;
  const prescreening = new Map(input.dossiers.map((d) => [d.id, d.prescreening]));
  const tallies = new Map(input.tallies.map((t) => [t.dossierId, t]));
  const candidates: Candidate[] = input.tallies.map((tally) => ({
    dossierId: tally.dossierId,
    counts: meritCounts(tally, rule, scale, prescreening.get(tally.dossierId)),
    eligibleJurors: tally.eligibleJurors,
  }));
  const byId = new Map(candidates.map((c) => [c.dossierId, c]));
  const compare = (a: Candidate, b: Candidate): number => {
    for (const method of rule.tieBreak) {
      const difference = COMPARE[method](a.counts, b.counts);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  const meetsFloor = (c: Candidate): boolean =>
    total(c.counts) > 0 &&
    (rule.method === 'majority-judgment'
      ? majorityGradeOfCounts(c.counts) >= floorRank
      : weightedSum(c.counts) >= floorRank * total(c.counts));
  const outcome = shortlist(candidates, {
    quorum: rule.quorum,
    max: rule.max,
    compare,
    meetsFloor,
  });

  let finalShortlist = outcome.shortlist;
  let tie: Results['tie'] = null;
  if (outcome.tieAtCut.length > 0) {
    const tied = canonicalTie(outcome.tieAtCut);
    const settlement =
      [...input.settlements]
        .reverse()
        .find(
          (s) =>
            s.places === outcome.placesAtCut && canonicalTie(s.tied).join('\n') === tied.join('\n'),
        ) ?? null;
    tie = { tied, places: outcome.placesAtCut, settlement };
    if (settlement !== null) finalShortlist = [...outcome.shortlist, ...settlement.winners];
  }

  const shortlisted = new Set(finalShortlist);
  const describe = (candidate: Candidate | undefined, id: string): DossierResult => {
    const tally = tallies.get(id);
    const ranked = outcome.ranking.find((entry) => entry.dossierId === id);
    const graded = candidate !== undefined && total(candidate.counts) > 0;
    const gauge = graded ? majorityGaugeOfCounts(candidate.counts) : undefined;
    const mean = graded ? meanOfCounts(candidate.counts) : undefined;
    return {
      dossierId: id,
      status: ranked ? 'ranked' : tally ? 'below-quorum' : 'not-graded',
      rank: ranked?.rank ?? null,
      tiedWith: ranked?.tiedWith ?? [],
      round: tally?.round ?? null,
      eligibleJurors: tally?.eligibleJurors ?? 0,
      conflicts: tally?.conflictedSeats.length ?? 0,
      absent: tally?.absent ?? 0,
      abstentions: tally ? Object.values(tally.abstentions).reduce((sum, n) => sum + n, 0) : 0,
      profile: candidate ? [...candidate.counts] : new Array<number>(grades.length).fill(0),
      majorityGrade: gauge ? (grades[gauge.alpha] as string) : null,
      gauge: gauge ? { p: round6(gauge.p), q: round6(gauge.q), sign: gauge.sign } : null,
      mean: mean ? round6(mean.mean) : null,
      spread: mean ? round6(mean.spread) : null,
      meetsFloor: candidate !== undefined && meetsFloor(candidate),
      shortlisted: shortlisted.has(id),
    };
  };
  const notGraded = input.dossiers.map((d) => d.id).filter((id) => !tallies.has(id));
  const dossiers = [
    ...outcome.ranking.map((entry) => describe(byId.get(entry.dossierId), entry.dossierId)),
    ...outcome.belowQuorum.map((id) => describe(byId.get(id), id)),
    ...notGraded.map((id) => describe(undefined, id)),
  ];

  const rankedIds = outcome.ranking.map((entry) => entry.dossierId);
  const countsOf = (id: string) => (byId.get(id) as Candidate).counts;
  let zScore: SensitivityEntry[] | null = null;
  if (input.seatBallots !== undefined) {
    const means = zScoreMeans(input.seatBallots, scale, rule.weights);
    const z = (id: string) => round6(means.get(id) ?? 0);
    zScore = topBy(rankedIds, (a, b) => z(a) - z(b), rule.max);
  }
  return {
    method: rule.method,
    dossiers,
    shortlist: finalShortlist,
    belowQuorum: outcome.belowQuorum,
    belowFloor: outcome.belowFloor,
    notGraded,
    tie,
    sensitivity: {
      majorityJudgment: topBy(
        rankedIds,
        (a, b) => compareCounts(countsOf(a), countsOf(b)),
        rule.max,
      ),
      weightedMean: topBy(rankedIds, (a, b) => compareMeans(countsOf(a), countsOf(b)), rule.max),
      zScore,
    },
  };
}
