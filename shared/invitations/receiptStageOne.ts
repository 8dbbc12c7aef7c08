// The stage-one part of each volunteer's receipt, read from the stage-one record: for every invitee, their
// stratum, rank, index and audit path to the stratum's committed root, with the record's hash.
// Spec: docs/lottery-spec.md, section 18 "The volunteer's receipt".

import type { ReceiptStageOne } from '../api/receipt';
import type { StageOneRecord } from './stageLink';

/**
 * Every invitee's stage-one part, by id. `recordHash` is the record's hash as the stage-two commitment names
 * it (stageOneRecordHash of the record as published), taken once by the caller: on a 20,000-invitation
 * record it costs more than the rest.
 */
export function receiptStageOneParts(
  record: StageOneRecord,
  recordHash: string,
): Map<string, ReceiptStageOne> {
  const strata =
    'strata' in record
      ? record.strata.map((s) => ({ stratum: s.name, selection: s.selection }))
      : [{ stratum: '', selection: record.selection }];
  const parts = new Map<string, ReceiptStageOne>();
  for (const { stratum, selection } of strata)
    for (const { id, rank, index, proof } of selection)
      parts.set(id, { recordHash, stratum, rank, index, proof });
  return parts;
}
