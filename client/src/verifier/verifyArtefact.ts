// Sends a published file to the verifier of its kind, once recognised: the same shared checks as the CLI.

import { verifyBundleBytes } from '../../../shared/audit/verifyBundle';
import { recogniseArtefact, type NotArtefactReason } from '../../../shared/audit/recogniseArtefact';
import { InvitationsRecord } from '../../../shared/invitations/record';
import { DrawRecord } from '../../../shared/lottery/protocol';
import { appendReport, type VerificationReport } from '../../../shared/verificationReport';
import { verifyStageLink } from '../../../shared/invitations/verifyStageLink';
import { verifyRecordBytes } from '../../../shared/stratify/verifyRecordBytes';
import type { TimelockOpening } from '../../../shared/lottery/timelock';
import { checkLottery, type LotteryFile } from '../../../shared/stratify/lotteryFile';

export type ArtefactOutcome =
  | {
      kind: 'draw-record' | 'stratified-record' | 'invitations-record';
      /** The protocol name the record declares (kleroterion-draw/1 or /2, kleroterion-stratified/1,
       * kleroterion-invitations/1). */
      protocol: string;
      report: VerificationReport;
      /** Set when the record is a well-formed kleroterion-draw/1 or /2 record, for its summary. */
      record: DrawRecord | undefined;
      /** Set when the record is a well-formed kleroterion-invitations/1 record, for its summary. */
      invitations: InvitationsRecord | undefined;
    }
  | { kind: 'lottery'; report: VerificationReport; lottery: LotteryFile | undefined }
  | { kind: 'audit-bundle'; report: VerificationReport }
  | { kind: 'not-artefact'; reason: NotArtefactReason; protocol?: string };

/**
 * Recognises the file, then runs its verifier. The pool list only concerns a plain draw record; so do the
 * timelock openings (openRecordTimelocksInBytes, run first because decrypting is asynchronous). A stage-one
 * record (parsed JSON), given with a stage-two draw, adds the checks of the link between the stages.
 */
export function verifyArtefact(
  bytes: Uint8Array,
  canonicalPool: readonly string[] | undefined,
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>,
  stageOne?: unknown,
): ArtefactOutcome {
  const recognition = recogniseArtefact(bytes);
  if (!recognition.isArtefact)
    return recognition.protocol === undefined
      ? { kind: 'not-artefact', reason: recognition.reason }
      : { kind: 'not-artefact', reason: recognition.reason, protocol: recognition.protocol };
  switch (recognition.kind) {
    case 'draw-record':
    case 'stratified-record':
    case 'invitations-record': {
      const ownReport = verifyRecordBytes(bytes, {
        ...(canonicalPool === undefined ? {} : { canonicalPool }),
        ...(timelockOpenings === undefined ? {} : { timelockOpenings }),
      });
      const report =
        stageOne === undefined || recognition.kind === 'invitations-record'
          ? ownReport
          : appendReport(
              ownReport,
              verifyStageLink(
                recognition.json,
                stageOne,
                canonicalPool === undefined ? {} : { pool: canonicalPool },
              ),
            );
      const parsed = DrawRecord.safeParse(recognition.json);
      const invitations =
        recognition.kind === 'invitations-record'
          ? InvitationsRecord.safeParse(recognition.json)
          : undefined;
      return {
        kind: recognition.kind,
        protocol: String((recognition.json as { protocol?: unknown }).protocol),
        report,
        record: parsed.success ? parsed.data : undefined,
        invitations: invitations?.success === true ? invitations.data : undefined,
      };
    }
    case 'lottery': {
      const report = checkLottery(recognition.json);
      return {
        kind: 'lottery',
        report,
        // The figures are shown only when the structure check passed (the other checks say the rest).
        lottery: report.checks[0]?.ok === true ? (recognition.json as LotteryFile) : undefined,
      };
    }
    case 'audit-bundle':
      return { kind: 'audit-bundle', report: verifyBundleBytes(bytes, timelockOpenings) };
  }
}
