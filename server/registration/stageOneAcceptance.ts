// Stage one's record kept for registration: a record (uploaded, or built by the console's ceremony) is
// checked by its own public verifier, then against the register's committed roots, and its picks are kept
// with the record until codes are issued. Spec: docs/lottery-spec.md, sections 10, 17.5 and 18.

import { canonicalize } from '../../shared/crypto/jcs';
import { stageOneRecordHash } from '../../shared/invitations/stageLink';
import type { PublicStageOne } from '../../shared/api/groups/registration.contract';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { INVITATIONS_PROTOCOL } from '../../shared/invitations/commitment';
import { verifyInvitations } from '../../shared/invitations/verifyInvitations';
import { verifyRecord } from '../../shared/lottery/verifyRecord';
import type { Db } from '../db/openDatabase';
import type { Clock } from '../ports';
import type { RegisterImport } from '../repositories/registerRepository';
import type { RegistrationsRepository } from '../repositories/registrationsRepository';

/** The stratum of an unstratified stage one (kleroterion-draw/1 over the whole register). */
export const WHOLE_REGISTER = '';

export interface StageOnePick {
  registerId: string;
  stratum: string;
}

export const invalid = (message: string, field?: string): KleroterionError =>
  new KleroterionError(
    ErrorCode.InvalidArgument,
    message,
    field === undefined ? undefined : { field },
  );

/** The picks of a verified record whose roots are the register's: register id and stratum. */
export function picksOf(current: RegisterImport, record: unknown): StageOnePick[] {
  const protocol = (record as { protocol?: unknown } | null)?.protocol;
  const refuse = (why: string): never => {
    throw invalid(`The stage-one record does not fit this process's register: ${why}`, 'record');
  };
  if (protocol === INVITATIONS_PROTOCOL) {
    const report = verifyInvitations(record);
    const failed = report.checks.find((check) => !check.ok);
    if (failed !== undefined)
      refuse(`check ${failed.number} (${failed.name}) failed: ${failed.detail}`);
    const { commitment, strata } = record as {
      commitment: { strata: { name: string; poolRoot: string; poolSize: number }[] };
      strata: { name: string; selection: { id: string }[] }[];
    };
    const registerStrata =
      current.strata.length === 0
        ? [{ name: null, root: current.root, size: current.rowCount }]
        : current.strata;
    if (commitment.strata.length !== registerStrata.length)
      refuse(
        `${commitment.strata.length} strata committed, the register has ${registerStrata.length}`,
      );
    commitment.strata.forEach((stratum, i) => {
      const mine = registerStrata[i];
      if (mine === undefined) return;
      if (mine.name !== null && mine.name !== stratum.name)
        refuse(`stratum ${i + 1} is ${JSON.stringify(stratum.name)}, the register's ${mine.name}`);
      if (mine.root !== stratum.poolRoot || mine.size !== stratum.poolSize)
        refuse(`stratum ${JSON.stringify(stratum.name)}'s root or size is not the register's`);
    });
    // The record's stratum names, even over an unstratified register (one stratum named by the
    // organiser): the counts published with stage two follow the record (stageLink.ts).
    return strata.flatMap((stratum) =>
      stratum.selection.map((pick) => ({ registerId: pick.id, stratum: stratum.name })),
    );
  }
  const report = verifyRecord(record);
  const failed = report.checks.find((check) => !check.ok);
  if (failed !== undefined)
    refuse(`check ${failed.number} (${failed.name}) failed: ${failed.detail}`);
  const draw = record as {
    commitment: { poolRoot: string; poolSize: number };
    selection: { id: string }[];
  };
  if (draw.commitment.poolRoot !== current.root || draw.commitment.poolSize !== current.rowCount)
    refuse('the draw was not made over the register in use (its root or size differ)');
  return draw.selection.map((pick) => ({ registerId: pick.id, stratum: WHOLE_REGISTER }));
}

export function createStageOneAcceptance(deps: {
  db: Db;
  clock: Clock;
  repository: RegistrationsRepository;
  issuedCodes: (processId: string) => number;
}) {
  const { db, clock, repository, issuedCodes } = deps;

  /** Keeps the record's text and picks; refused once codes are issued (they name these picks). */
  const keep = db.transaction((processId: string, text: string, picks: StageOnePick[]) => {
    if (issuedCodes(processId) > 0)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        'codes were already issued for this stage-one draw; it can no longer be replaced',
      );
    repository.replaceDraw(processId, text, clock.now().toISOString(), picks);
  });

  const requireRecord = (processId: string): string => {
    const text = repository.drawRecord(processId);
    if (text === undefined)
      throw new KleroterionError(ErrorCode.NotFound, 'this process has no stage-one draw');
    return text;
  };

  return {
    keep,

    /**
     * Stage one as the public page shows it: the record's protocol and hash, the invitations, and the
     * registrations by stratum (aggregates); null when the process has no stage one.
     */
    publicStageOne(processId: string): PublicStageOne | null {
      const text = repository.drawRecord(processId);
      if (text === undefined) return null;
      const json = JSON.parse(text) as unknown;
      return {
        protocol: String((json as { protocol?: unknown }).protocol),
        recordHash: stageOneRecordHash(json),
        invitations: repository.inviteeIds(processId).length,
        isClosed: repository.form(processId)?.closedAt != null,
        responses: repository.responsesByStratum(processId),
      };
    },

    /** The stage-one record as a published file: its canonical bytes (JCS) and a final line break. */
    recordFile(processId: string): string {
      return `${canonicalize(JSON.parse(requireRecord(processId)))}\n`;
    },
  };
}
