// The public results of a process, recomputed from its folded state: what the results page shows, what
// `results.published` commits to, and what every verifier recomputes.
// Spec: docs/results.md.

import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import type { Dossier } from '../dossier/dossier';
import { tallyRoom, type TalliedRoom } from './gradeTally';
import type { AggregationRule } from './rule';
import { computeResults, type Results, type TieSettlement } from './results';
import type { SeatBallot } from './zScore';

/**
 * What the results read of a folded process (the process state fits it): the room, the imported dossiers
 * and the tie settlements. Narrow, so scoring needs no process reducer.
 */
export interface ResultsSource {
  readonly room: (TalliedRoom & { readonly rule: AggregationRule }) | undefined;
  readonly dossiers: { readonly dossiers: readonly Dossier[] } | undefined;
  readonly outcome: { readonly settlements: readonly TieSettlement[] };
}

/** The results as the log stands (undefined before the room opens). */
export function resultsOf(
  state: ResultsSource,
  seatBallots?: readonly SeatBallot[],
): Results | undefined {
  const room = state.room;
  if (room === undefined) return undefined;
  const dossiers = (state.dossiers?.dossiers ?? []).filter((d) => room.dossierIds.includes(d.id));
  return computeResults({
    scale: room.scale,
    rule: room.rule,
    dossiers,
    tallies: tallyRoom(room),
    settlements: state.outcome.settlements,
    ...(seatBallots === undefined ? {} : { seatBallots }),
  });
}

/** SHA-256 of the JCS form of the results, lowercase hex: what `results.published` records. */
export function resultsHash(results: Results): string {
  return sha256HexOfText(canonicalize(results));
}
