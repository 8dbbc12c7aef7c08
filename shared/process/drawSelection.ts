// The seats and alternates of a draw record, in rank order, for either protocol; apart from the records'
// schemas (processStratified.ts) so that a page listing the seats does not load them.
// Spec: docs/lottery-spec.md, section 16; docs/stratification.md, section "In the organiser console".

import { compareUtf8 } from '../lottery/poolId';
import type { DrawRecord, Pick } from '../lottery/protocol';
import type { StratifiedRecord } from '../stratify/stratifiedProtocol';
import { STRATIFIED_PROTOCOL } from '../stratify/stratifiedProtocolId';

export const isStratifiedRecord = (
  record: DrawRecord | StratifiedRecord,
): record is StratifiedRecord => record.protocol === STRATIFIED_PROTOCOL;

/** One pick of a draw: a seat (rank = seat number) or an alternate, with the seat it may replace. */
export interface SelectionPick {
  rank: number;
  id: string;
  role: Pick['role'];
  /** Stratified draws only: the seat whose type this alternate shares (it may replace no other). */
  forSeat?: number;
}

/**
 * The picks in rank order. A plain draw's are its selection. A stratified draw's seats are its members
 * in UTF-8 id order (seat i+1 = member i), then its alternates: first the first replacement of every
 * seat in seat order, then the second ones, and so on.
 */
export function drawSelection(record: DrawRecord | StratifiedRecord | undefined): SelectionPick[] {
  if (record === undefined) return [];
  if (!isStratifiedRecord(record))
    return record.selection.map((pick) => ({ rank: pick.rank, id: pick.id, role: pick.role }));
  const members = record.members.map((member) => member.id).sort(compareUtf8);
  const picks: SelectionPick[] = members.map((id, i) => ({ rank: i + 1, id, role: 'seat' }));
  const seatOf = new Map(members.map((id, i) => [id, i + 1]));
  const depth = Math.max(0, ...record.alternates.map((entry) => entry.replacements.length));
  for (let round = 0; round < depth; round++)
    for (const entry of record.alternates) {
      const replacement = entry.replacements[round];
      const seat = seatOf.get(entry.seat);
      if (replacement === undefined || seat === undefined) continue;
      picks.push({ rank: picks.length + 1, id: replacement.id, role: 'alternate', forSeat: seat });
    }
  return picks;
}
