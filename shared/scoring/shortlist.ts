// From merit profiles to the shortlist: quorum, quality floor, ranking by majority judgment, at most N
// winners, and an exact tie across the cut stopped before and flagged (never broken by array order).
// Spec: docs/results.md (to come with issue 5), section "Shortlist".

import {
  compareMajority,
  majorityGauge,
  majorityGrade,
  type MeritProfile,
} from './majorityJudgment';

export interface Candidate {
  dossierId: string;
  /** Pooled grades (scale ranks) from eligible jurors, abstentions excluded. */
  profile: MeritProfile;
  /** Jurors present, without a conflict, who gave at least one grade. */
  eligibleJurors: number;
}

export interface RankedCandidate {
  dossierId: string;
  /** 1-based; tied dossiers share a rank. */
  rank: number;
  majorityGrade: number;
  gauge: ReturnType<typeof majorityGauge>;
  tiedWith: string[];
}

export interface ShortlistResult {
  ranking: RankedCandidate[];
  shortlist: string[];
  belowQuorum: string[];
  belowFloor: string[];
  /** Dossiers tied across the cut: none of them is in the shortlist until the tie is resolved. */
  tieAtCut: string[];
}

/**
 * @param floor lowest majority grade (scale rank) a winner may have, e.g. the rank of "Bien"
 * @param max most winners, e.g. 10; fewer is fine
 */
export function shortlist(
  candidates: readonly Candidate[],
  options: { quorum: number; floor: number; max: number },
): ShortlistResult {
  const belowQuorum = candidates
    .filter((c) => c.eligibleJurors < options.quorum || c.profile.length === 0)
    .map((c) => c.dossierId)
    .sort();
  const ranked = candidates.filter((c) => !belowQuorum.includes(c.dossierId));
  // Sort by majority judgment, then by id only to make the output order stable: ids never decide a rank.
  const ordered = [...ranked].sort(
    (a, b) => compareMajority(b.profile, a.profile) || (a.dossierId < b.dossierId ? -1 : 1),
  );
  const ranking: RankedCandidate[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const candidate = ordered[i] as Candidate;
    const previous = ranking[ranking.length - 1];
    const tiedWithPrevious =
      previous !== undefined &&
      compareMajority(candidate.profile, (ordered[i - 1] as Candidate).profile) === 0;
    ranking.push({
      dossierId: candidate.dossierId,
      rank: tiedWithPrevious && previous !== undefined ? previous.rank : i + 1,
      majorityGrade: majorityGrade(candidate.profile),
      gauge: majorityGauge(candidate.profile),
      tiedWith: ordered
        .filter(
          (other) => other !== candidate && compareMajority(other.profile, candidate.profile) === 0,
        )
        .map((other) => other.dossierId),
    });
  }
  const eligible = ranking.filter((entry) => entry.majorityGrade >= options.floor);
  const belowFloor = ranking
    .filter((entry) => entry.majorityGrade < options.floor)
    .map((entry) => entry.dossierId);
  let cut = Math.min(options.max, eligible.length);
  let tieAtCut: string[] = [];
  if (cut < eligible.length && cut > 0) {
    const last = eligible[cut - 1] as RankedCandidate;
    const next = eligible[cut] as RankedCandidate;
    if (last.rank === next.rank) {
      // The whole tied block straddles the cut: stop before it and flag it.
      tieAtCut = eligible
        .filter((entry) => entry.rank === last.rank)
        .map((entry) => entry.dossierId);
      cut = eligible.findIndex((entry) => entry.rank === last.rank);
    }
  }
  return {
    ranking,
    shortlist: eligible.slice(0, cut).map((entry) => entry.dossierId),
    belowQuorum,
    belowFloor,
    tieAtCut,
  };
}
