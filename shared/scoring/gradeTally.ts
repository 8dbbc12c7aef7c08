// The grades of each dossier as the public log reveals them: per criterion, how many of each grade, with
// abstentions, conflicts and absences counted apart. Ballots are unlinked from seats, so a tally is a
// multiset: enough to recompute every result, not to say who gave what.
// Spec: docs/results.md, section "Grades".

import { ABSTAIN, gradeRank, gradesOf, type GradingScale } from './gradingScale';

/**
 * What a tally reads of the folded room (the room reducer's state fits it): the scale, the criteria, the
 * agenda, the closed scoring rounds and the revealed ballots. Narrow, so scoring needs no reducer.
 */
export interface TalliedRoom {
  readonly scale: GradingScale;
  readonly criteria: readonly { readonly id: string }[];
  readonly dossierIds: readonly string[];
  readonly closed: readonly {
    readonly dossierId: string;
    readonly round: number;
    readonly seals: readonly string[];
    readonly eligible: number;
    readonly conflictedSeats: readonly number[];
  }[];
  readonly revealed: readonly {
    readonly dossierId: string;
    readonly round: number;
    readonly ballots: readonly { readonly grades: Readonly<Record<string, string>> }[];
  }[];
}

export interface DossierTally {
  dossierId: string;
  /** The round whose ballots count: the last one revealed (a second round replaces the first). */
  round: number;
  /** criterion id → how many of each grade, worst first (index = rank on the scale). */
  counts: Record<string, number[]>;
  /** criterion id → how many jurors abstained ("je ne me prononce pas") on it. */
  abstentions: Record<string, number>;
  /** Sealed ballots revealed for that round. */
  ballots: number;
  /** Ballots with at least one grade: jurors present, not conflicted, not abstaining throughout. */
  eligibleJurors: number;
  /** Seats that declared a conflict of interest on the dossier, ascending. */
  conflictedSeats: number[];
  /** Seated jurors, without a conflict, who sealed no ballot. */
  absent: number;
}

/** dossier id → the round whose ballots count (the last revealed), for every dossier with a reveal. */
export function countingRounds(room: TalliedRoom): Map<string, number> {
  const rounds = new Map<string, number>();
  for (const entry of room.revealed)
    rounds.set(entry.dossierId, Math.max(rounds.get(entry.dossierId) ?? 0, entry.round));
  return rounds;
}

/** Tallies every dossier with revealed ballots, in agenda order. Pure; trusts a room folded from a valid log. */
export function tallyRoom(room: TalliedRoom): DossierTally[] {
  const width = gradesOf(room.scale).length;
  const tallies: DossierTally[] = [];
  for (const dossierId of room.dossierIds) {
    const rounds = room.revealed.filter((entry) => entry.dossierId === dossierId);
    const last = rounds.reduce<(typeof rounds)[number] | undefined>(
      (best, entry) => (best === undefined || entry.round > best.round ? entry : best),
      undefined,
    );
    if (last === undefined) continue;
    const closed = room.closed.find(
      (entry) => entry.dossierId === dossierId && entry.round === last.round,
    );
    const counts: Record<string, number[]> = {};
    const abstentions: Record<string, number> = {};
    for (const criterion of room.criteria) {
      counts[criterion.id] = new Array<number>(width).fill(0);
      abstentions[criterion.id] = 0;
    }
    let eligibleJurors = 0;
    for (const ballot of last.ballots) {
      let graded = false;
      for (const criterion of room.criteria) {
        const grade = ballot.grades[criterion.id] ?? ABSTAIN;
        const rank = gradeRank(room.scale, grade);
        if (rank === undefined) abstentions[criterion.id] = (abstentions[criterion.id] ?? 0) + 1;
        else {
          const row = counts[criterion.id] as number[];
          row[rank] = (row[rank] as number) + 1;
          graded = true;
        }
      }
      if (graded) eligibleJurors++;
    }
    tallies.push({
      dossierId,
      round: last.round,
      counts,
      abstentions,
      ballots: last.ballots.length,
      eligibleJurors,
      conflictedSeats: [...(closed?.conflictedSeats ?? [])].sort((a, b) => a - b),
      absent: (closed?.eligible ?? 0) - (closed?.seals.length ?? 0),
    });
  }
  return tallies;
}
