// The audit bundle: one JSON file per process holding everything needed to re-verify the draw and the
// decision without trusting the server. Its `log` is the source of truth; every other section is derived
// from it (or, for seat links, checked against it), and the verifier recomputes and compares each one.
// Spec: docs/results.md, section "Audit bundle".

import { z } from 'zod';
import { ChainedEvent } from '../events/eventChain';
import { Checkpoint } from '../events/publicLogEntry';
import { sealBallot as sealOf } from '../deliberation/ballot';
import { gradesOf } from '../scoring/gradingScale';
import { ProcessRecord } from '../process/processStratified';
import type { ProcessState } from '../process/processState';
import { ProcessSettings } from '../process/processEvents';
import { countingRounds, tallyRoom } from '../scoring/gradeTally';
import { resultsOf } from '../scoring/processResults';
import type { Results, SensitivityEntry } from '../scoring/results';
import { AggregationRule } from '../scoring/rule';

export const AUDIT_FORMAT = 'kleroterion-audit/1' as const;

const dossierId = z.string().min(1).max(40);
const seat = z.number().int().min(1);
const hex32 = z.string().regex(/^[0-9a-f]{64}$/);

/** Per dossier: how many of each grade per criterion (unlinked from seats), in the round that counts. */
export const BundleGrades = z.array(
  z.strictObject({
    dossierId,
    round: z.number().int().min(1),
    /** criterion id → grade → count, every grade of the scale listed. */
    counts: z.record(z.string(), z.record(z.string(), z.number().int().min(0))),
  }),
);

export const BundleParticipation = z.array(
  z.strictObject({
    dossierId,
    round: z.number().int().min(1),
    ballots: z.number().int().min(0),
    eligibleJurors: z.number().int().min(0),
    conflictedSeats: z.array(seat),
    absent: z.number().int().min(0),
    /** criterion id → jurors who abstained on it. */
    abstentions: z.record(z.string(), z.number().int().min(0)),
  }),
);

/** Seat → seal of each revealed ballot, only when the rule published seat links before deliberation. */
export const BundleSeatSeals = z.array(
  z.strictObject({
    dossierId,
    round: z.number().int().min(1),
    seals: z.array(z.strictObject({ seat, seal: hex32 })),
  }),
);
export type BundleSeatSeals = z.infer<typeof BundleSeatSeals>;

export const AuditBundle = z.strictObject({
  format: z.literal(AUDIT_FORMAT),
  process: z.string().min(1),
  /** The log's last event when the bundle was made. */
  head: z.strictObject({ seq: z.number().int().min(1), hash: hex32 }),
  settings: ProcessSettings,
  rule: AggregationRule.nullable(),
  record: ProcessRecord.nullable(),
  log: z.array(ChainedEvent).min(1),
  grades: BundleGrades,
  participation: BundleParticipation,
  seatSeals: BundleSeatSeals.nullable(),
  /**
   * The call for projects whose admissible applications became the dossiers: its whole public chain, so
   * that each dossier can be checked against the digest logged when the application was received, and
   * its settlement. Null when the dossiers were imported from a file.
   */
  call: z.strictObject({ log: z.array(ChainedEvent).min(1) }).nullable(),
  ties: z.array(z.unknown()),
  /** Recomputable from the log alone; its hash is the one `results.published` records. */
  results: z.unknown(),
  /** Top dossiers by per-juror z-scores: only when seat links are published, else null. */
  zScore: z.array(z.strictObject({ dossierId, rank: z.number().int().min(1) })).nullable(),
  published: z.strictObject({ at: z.string(), resultsHash: hex32 }).nullable(),
  /**
   * The heads the public log showed while a confidential deliberation withheld its events; the log must
   * pass through each. Absent when nothing was withheld (a public deliberation, and every older bundle).
   */
  checkpoints: z.array(Checkpoint).optional(),
});
export type AuditBundle = z.infer<typeof AuditBundle>;

/** The sections derived from a folded log (and, for z-scores, from published seat links). */
export function derivedSections(state: ProcessState, seatSeals: BundleSeatSeals | null) {
  const room = state.room;
  const tallies = room === undefined ? [] : tallyRoom(room);
  const grades = room === undefined ? [] : gradesOf(room.scale);
  const results: Results | null = resultsOf(state) ?? null;
  let zScore: SensitivityEntry[] | null = null;
  if (seatSeals !== null && room !== undefined) {
    const counting = countingRounds(room);
    // Only the round that counts: a second round replaces the first in z-scores as everywhere else.
    const seatBallots = seatSeals
      .filter((entry) => counting.get(entry.dossierId) === entry.round)
      .flatMap((entry) => {
        const revealed = room.revealed.find(
          (r) => r.dossierId === entry.dossierId && r.round === entry.round,
        );
        return entry.seals.flatMap(({ seat, seal }) => {
          const ballot = revealed?.ballots.find((b) => sealOf(b) === seal);
          return ballot ? [{ seat, dossierId: entry.dossierId, grades: ballot.grades }] : [];
        });
      });
    zScore = resultsOf(state, seatBallots)?.sensitivity.zScore ?? null;
  }
  return {
    rule: room?.rule ?? null,
    grades: tallies.map((tally) => ({
      dossierId: tally.dossierId,
      round: tally.round,
      counts: Object.fromEntries(
        Object.entries(tally.counts).map(([criterion, row]) => [
          criterion,
          Object.fromEntries(grades.map((grade, rank) => [grade, row[rank] ?? 0])),
        ]),
      ),
    })),
    participation: tallies.map((tally) => ({
      dossierId: tally.dossierId,
      round: tally.round,
      ballots: tally.ballots,
      eligibleJurors: tally.eligibleJurors,
      conflictedSeats: tally.conflictedSeats,
      absent: tally.absent,
      abstentions: tally.abstentions,
    })),
    ties: state.outcome.settlements,
    results,
    zScore,
    published:
      state.outcome.published === undefined
        ? null
        : { at: state.outcome.published.at, resultsHash: state.outcome.published.resultsHash },
  };
}

/** Builds the bundle from the public log (and the seat links when the rule publishes them). */
export function buildBundle(
  state: ProcessState,
  log: readonly ChainedEvent[],
  seatSeals: BundleSeatSeals | null,
  callLog: readonly ChainedEvent[] | null = null,
  checkpoints: readonly Checkpoint[] = [],
): AuditBundle {
  const derived = derivedSections(state, seatSeals);
  return {
    ...(checkpoints.length === 0 ? {} : { checkpoints: [...checkpoints] }),
    format: AUDIT_FORMAT,
    process: state.id,
    head: { seq: state.lastSeq, hash: state.head },
    settings: state.settings,
    record: state.record ?? null,
    log: [...log],
    seatSeals,
    call: callLog === null ? null : { log: [...callLog] },
    ...derived,
  };
}
