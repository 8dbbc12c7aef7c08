// The public results of a process, recomputed from its folded state: what the results page shows, what
// `results.published` commits to, and what every verifier recomputes.
// Spec: docs/results.md.

import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import type { ProcessState } from '../process/processState';
import { tallyRoom } from './gradeTally';
import { computeResults, type Results } from './results';
import type { SeatBallot } from './zScore';

/** The results as the log stands (undefined before the room opens). */
export function resultsOf(
  state: ProcessState,
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
