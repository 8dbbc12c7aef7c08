// The ceremony's importing commands: the volunteers' pool (pseudonyms, Merkle root, private rows in the
// same transaction), each volunteer's receipt, and the dossiers to be judged.

import { bytesToHex } from '../../../shared/crypto/bytes';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import { buildMerkleTree, merkleRoot } from '../../../shared/lottery/merkle';
import { assertValidId, sortCanonical } from '../../../shared/lottery/poolId';
import { decideDossiers, decideImport } from '../../../shared/process/processCommands';
import { distinctPseudonyms } from '../../../shared/process/pseudonym';
import { ProcessStatus, type ProcessState } from '../../../shared/process/processState';
import { parseDossierFile } from '../../import/dossierFile';
import { parseVolunteersCsv, type VolunteerRow } from '../../import/volunteersCsv';
import { receiptStageOneHash, receiptStageOnes } from '../../registration/receiptStageOnes';
import { receiptFor, type Receipt } from '../poolTrees';
import type { CeremonyContext } from './ceremonyContext';

/** Validates the whole CSV, assigns pseudonyms, and replaces the draft pool in one transaction. */
export function importVolunteers(
  context: CeremonyContext,
  processId: string,
  bytes: Uint8Array,
  fileName: string,
): ProcessState {
  requireDraft(context, processId);
  const { rows, attributeColumns } = parseVolunteersCsv(bytes, fileName);
  const pseudonyms = distinctPseudonyms(rows.length, (n) => context.random.bytes(n));
  return replacePool(
    context,
    processId,
    rows.map((row, i) => ({ ...row, pseudonym: pseudonyms[i] as string })),
    attributeColumns,
  );
}

/**
 * The stage-two pool from stage one's registrations: the same path as a CSV import (root, private rows,
 * attribute columns for the stratified option), but each volunteer's pool id is their register id, so
 * that every stage-two id is a stage-one pick. The ids must be valid pool ids (lottery-spec section 1).
 */
export function importRegisteredPool(
  context: CeremonyContext,
  processId: string,
  rows: readonly (VolunteerRow & { pseudonym: string })[],
  attributeColumns: readonly string[],
): ProcessState {
  requireDraft(context, processId);
  for (const row of rows) assertValidId(row.pseudonym);
  return replacePool(context, processId, rows, attributeColumns);
}

function requireDraft(context: CeremonyContext, processId: string): void {
  const state = context.requireState(processId);
  if (state.status !== ProcessStatus.Draft)
    throw new KleroterionError(
      ErrorCode.TransitionRefused,
      `cannot import volunteers: the process is ${state.status}`,
    );
}

function replacePool(
  context: CeremonyContext,
  processId: string,
  rows: readonly (VolunteerRow & { pseudonym: string })[],
  attributeColumns: readonly string[],
): ProcessState {
  const { volunteers, pools, log } = context;
  const state = context.requireState(processId);
  // Pseudonyms and register ids are ASCII: plain string order is their canonical order.
  const ids = sortCanonical(
    rows.map((row) => row.pseudonym),
    false,
  );
  const indexOf = new Map(ids.map((id, index) => [id, index]));
  const tree = buildMerkleTree(ids);
  const poolRoot = bytesToHex(merkleRoot(tree));
  const decision = decideImport(state, {
    poolSize: ids.length,
    poolRoot,
    attributeColumns: [...attributeColumns],
  });
  const next = context.commit(processId, decision, () => {
    volunteers.replacePool(
      processId,
      rows.map((row) => ({ ...row, poolIndex: indexOf.get(row.pseudonym) as number })),
    );
  });
  pools.remember(processId, poolRoot, ids, tree);
  log.info({ processId, volunteers: ids.length }, 'pool imported');
  return next;
}

/** For the organiser only: whom to send each receipt to; the receipt itself holds no personal data. */
export function receipts(
  context: CeremonyContext,
  processId: string,
): { name: string; email: string; receipt: Receipt }[] {
  const state = context.requireState(processId);
  const { tree } = context.pools.poolOf(processId, state);
  const recordHash = receiptStageOneHash(context.db, state);
  const invitations =
    recordHash === undefined ? undefined : receiptStageOnes(context.db, processId, recordHash);
  return context.volunteers.contacts(processId).map((row) => ({
    receipt: receiptFor(
      state,
      tree,
      row.pseudonym,
      row.poolIndex,
      context.options.publicUrl,
      invitations?.get(row.pseudonym),
    ),
    name: row.name,
    email: row.email,
  }));
}

/** Imports the admissible dossiers of a file (non-admissible applications are counted, not kept). */
export function importDossiers(
  context: CeremonyContext,
  processId: string,
  bytes: Uint8Array,
  fileName: string,
): { state: ProcessState; imported: number; skipped: number } {
  const state = context.requireState(processId);
  const file = parseDossierFile(bytes, fileName);
  const admissible = file.dossiers.filter((dossier) => dossier.prescreening.admissible);
  const next = context.commit(
    processId,
    decideDossiers(state, { cohort: file.cohort, dossiers: admissible }),
  );
  return {
    state: next,
    imported: admissible.length,
    skipped: file.dossiers.length - admissible.length,
  };
}
