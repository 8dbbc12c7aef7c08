// From merit profiles to the shortlist: quorum, ranking by the rule's comparison chain, quality floor, at
// most N winners, and an exact tie across the cut stopped before and flagged (never broken by array order).
// Spec: docs/results.md, section "Shortlist".

import type { GradeCounts } from './majorityJudgment';

export interface Candidate {
  dossierId: string;
  /** The dossier's merit profile (weights and any administration share applied), as counts per rank. */
  counts: GradeCounts;
  /** Jurors present, without a conflict, who gave at least one grade. */
  eligibleJurors: number;
}

export interface RankedCandidate {
  dossierId: string;
  /** 1-based; dossiers that no comparison of the chain separates share a rank. */
  rank: number;
  tiedWith: string[];
}

export interface ShortlistResult {
  ranking: RankedCandidate[];
  shortlist: string[];
  belowQuorum: string[];
  belowFloor: string[];
  /** Dossiers tied across the cut: none of them is in the shortlist until the tie is resolved. */
  tieAtCut: string[];
  /** Places left for the tied block (max minus the dossiers above it). */
  placesAtCut: number;
}

export interface ShortlistOptions {
  quorum: number;
  /** Most winners, e.g. 10; fewer is fine. */
  max: number;
  /** > 0 when `a` ranks above `b`, 0 for an exact tie after the whole chain. */
  compare: (a: Candidate, b: Candidate) => number;
  meetsFloor: (candidate: Candidate) => boolean;
}

export function shortlist(
  candidates: readonly Candidate[],
  options: ShortlistOptions,
): ShortlistResult {
  const total = (c: Candidate) => c.counts.reduce((sum, count) => sum + count, 0);
  const quorate = (c: Candidate) => c.eligibleJurors >= options.quorum && total(c) > 0;
  const belowQuorum = candidates
    .filter((c) => !quorate(c))
    .map((c) => c.dossierId)
    .sort();
  // Sort by the rule, then by id only to make the output order stable: ids never decide a rank.
  const ordered = candidates
    .filter(quorate)
    .sort((a, b) => options.compare(b, a) || (a.dossierId < b.dossierId ? -1 : 1));
  // Tied dossiers are adjacent once sorted: group them into blocks sharing one rank.
  const blocks: Candidate[][] = [];
  for (const candidate of ordered) {
    const block = blocks[blocks.length - 1];
    if (block !== undefined && options.compare(block[0] as Candidate, candidate) === 0)
      block.push(candidate);
    else blocks.push([candidate]);
  }
  const ranking: RankedCandidate[] = [];
  for (const block of blocks) {
    const rank = ranking.length + 1;
    for (const candidate of block)
      ranking.push({
        dossierId: candidate.dossierId,
        rank,
        tiedWith: block.filter((other) => other !== candidate).map((other) => other.dossierId),
      });
  }
  const passing = new Set(ordered.filter(options.meetsFloor).map((c) => c.dossierId));
  const eligible = ranking.filter((entry) => passing.has(entry.dossierId));
  const belowFloor = ranking
    .filter((entry) => !passing.has(entry.dossierId))
    .map((entry) => entry.dossierId);
  let cut = Math.min(options.max, eligible.length);
  let tieAtCut: string[] = [];
  let placesAtCut = 0;
  if (cut < eligible.length && cut > 0) {
    const last = eligible[cut - 1] as RankedCandidate;
    const next = eligible[cut] as RankedCandidate;
    if (last.rank === next.rank) {
      // The whole tied block straddles the cut: stop before it and flag it.
      tieAtCut = eligible
        .filter((entry) => entry.rank === last.rank)
        .map((entry) => entry.dossierId)
        .sort();
      const start = eligible.findIndex((entry) => entry.rank === last.rank);
      placesAtCut = options.max - start;
      cut = start;
    }
  }
  return {
    ranking,
    shortlist: eligible.slice(0, cut).map((entry) => entry.dossierId),
    belowQuorum,
    belowFloor,
    tieAtCut,
    placesAtCut,
  };
}
