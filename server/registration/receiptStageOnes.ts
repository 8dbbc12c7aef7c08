// The stage-one part of the volunteers' receipts (docs/lottery-spec.md, section 18, "The volunteer's
// receipt"): read from the kept stage-one record, only when the stage-two commitment names that record (or,
// before the commitment, will name it: the pool is the closed registrations).

import type { ReceiptStageOne } from '../../shared/api/receipt';
import { receiptStageOneParts } from '../../shared/invitations/receiptStageOne';
import { parseStageOneRecord, stageOneRecordHash } from '../../shared/invitations/stageLink';
import type { ProcessState } from '../../shared/process/processState';
import type { Db } from '../db/openDatabase';
import { createRegistrationsRepository } from '../repositories/registrationsRepository';
import { stageOneLinkOf } from './stageOneLinkOf';

/**
 * Each invitee's stage-one part, by id, for the record whose hash is `recordHash`; undefined when the
 * process keeps no stage-one record, or keeps another one (a receipt naming it would not check).
 */
export function receiptStageOnes(
  db: Db,
  processId: string,
  recordHash: string,
): Map<string, ReceiptStageOne> | undefined {
  const text = createRegistrationsRepository(db).drawRecord(processId);
  if (text === undefined) return undefined;
  const json = JSON.parse(text) as unknown;
  const record = parseStageOneRecord(json);
  if (record === undefined || stageOneRecordHash(json) !== recordHash) return undefined;
  return receiptStageOneParts(record, recordHash);
}

/**
 * The stage-one record a process's receipts name: the one its stage-two commitment names, or, before the
 * commitment, the one it will name (stageOneLinkOf); undefined when the pool does not come from a stage one.
 */
export function receiptStageOneHash(db: Db, state: ProcessState): string | undefined {
  const committed = state.commitment?.commitment;
  if (committed !== undefined)
    return (committed as { stageOne?: { recordHash: string } }).stageOne?.recordHash;
  return state.pool === undefined
    ? undefined
    : stageOneLinkOf(db, state.id, state.pool.size)?.recordHash;
}
