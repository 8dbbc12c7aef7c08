// Verifies a record as published bytes: strict UTF-8, strict JSON, canonical form, then every protocol check.
// Spec: docs/lottery-spec.md, section 9 "Record" (file form) and section 10 "Verification" (section 17 for
// kleroterion-invitations/1).

import { isCanonicalText } from '../crypto/jcs';
import { INVITATIONS_PROTOCOL } from '../invitations/commitment';
import { verifyInvitations, type StratumPoolFile } from '../invitations/verifyInvitations';
import { STRATIFIED_PROTOCOL } from './stratifiedProtocol';
import { verifyStratified } from './verifyStratified';
import { verifyRecord, type VerifyOptions } from '../lottery/verifyRecord';
import type { Check, VerificationReport } from '../verificationReport';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Verifies a record file's bytes. The file must be the record's RFC 8785 form, optionally followed by one
 * LF, so that every byte is significant: any change to the file fails a check.
 */
export function verifyRecordBytes(
  bytes: Uint8Array,
  options: VerifyOptions & { strataPools?: ReadonlyMap<string, StratumPoolFile> } = {},
): VerificationReport {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    return single('record-file', 'the file is not valid UTF-8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return single('record-file', `the file is not valid JSON: ${describeJsonError(text, error)}`);
  }
  // A stratified draw's record (kleroterion-stratified/1) and a stage-one invitations record
  // (kleroterion-invitations/1) have their own checks after the same file form.
  const protocol =
    typeof parsed === 'object' && parsed !== null
      ? (parsed as { protocol?: unknown }).protocol
      : undefined;
  const report =
    protocol === STRATIFIED_PROTOCOL
      ? verifyStratified(parsed)
      : protocol === INVITATIONS_PROTOCOL
        ? verifyInvitations(
            parsed,
            options.strataPools === undefined ? {} : { pools: options.strataPools },
          )
        : verifyRecord(parsed, options);
  const isCanonical = isCanonicalText(text, parsed);
  const fileCheck: Check = {
    number: 1,
    name: 'record-file',
    ok: isCanonical,
    detail: isCanonical
      ? `${bytes.length} bytes in canonical form (RFC 8785)`
      : 'the file is not in canonical form (RFC 8785, optionally one final LF): its bytes differ from the published record',
  };
  const checks = [
    fileCheck,
    ...report.checks.map((check) => ({ ...check, number: check.number + 1 })),
  ];
  return { ok: checks.every((check) => check.ok), checks };
}

function single(name: string, detail: string): VerificationReport {
  return { ok: false, checks: [{ number: 1, name, ok: false, detail }] };
}

/** Turns "Unexpected token … in JSON at position N" into a line and column where possible. */
function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
