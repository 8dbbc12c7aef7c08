// The `stageOne` field of a process's stage-two commitment (docs/lottery-spec.md, section 18): the kept
// stage-one record's hash and, by stratum, invited and registered counts. Given only when the process's
// pool is its registrations (closed, and as many volunteers as registrations); a pool imported otherwise
// has no link to claim.

import {
  parseStageOneRecord,
  stageOneRecordHash,
  stageOneResponses,
  type StageOneLink,
} from '../../shared/invitations/stageLink';
import type { Db } from '../db/openDatabase';
import { createRegistrationsRepository } from '../repositories/registrationsRepository';

export function stageOneLinkOf(
  db: Db,
  processId: string,
  poolSize: number,
): StageOneLink | undefined {
  const repository = createRegistrationsRepository(db);
  const text = repository.drawRecord(processId);
  if (text === undefined || repository.form(processId)?.closedAt == null) return undefined;
  const json = JSON.parse(text) as unknown;
  const record = parseStageOneRecord(json);
  const registered = repository.registeredIds(processId);
  if (record === undefined || registered.length !== poolSize) return undefined;
  return {
    recordHash: stageOneRecordHash(json),
    responses: stageOneResponses(record, new Set(registered)),
  };
}
