// Test helper: the genuine published files the tamper campaign flips: an audit bundle (a deliberated,
// published process whose rule links ballots to seats, so every section is present) and its draw record.

import { buildBundle } from '../audit/bundle';
import { canonicalize } from '../crypto/jcs';
import { utf8ToBytes } from '../crypto/bytes';
import { MAJORITY_GRADES } from '../scoring/gradingScale';
import { decidePublish } from '../scoring/resultCommands';
import { syntheticDeliberation } from './syntheticProcess';

/** Dossier d's grades fall with d and vary a little by seat and criterion, so ranks and ties differ. */
const grade = (dossier: number, seat: number, criterion: string): string =>
  MAJORITY_GRADES[Math.min(6, Math.max(0, 5 - dossier + ((seat + criterion.length) % 3)))]!;

/** The canonical bytes (RFC 8785, as served) of a genuine audit bundle and of its draw record. */
export function genuineArtefacts(): { bundle: Uint8Array; record: Uint8Array } {
  const { builder, seatSeals } = syntheticDeliberation({
    seats: 7,
    dossiers: 3,
    graded: 3,
    grade,
    rule: { publishSeatGrades: true },
    conflicts: [{ seat: 2, dossier: 0 }],
    absences: [{ seat: 4, dossier: 1 }],
  });
  builder.then(decidePublish);
  const state = builder.current;
  if (state.record === undefined) throw new Error('the synthetic process has no draw record');
  return {
    bundle: utf8ToBytes(canonicalize(buildBundle(state, builder.log, seatSeals))),
    record: utf8ToBytes(`${canonicalize(state.record)}\n`),
  };
}
