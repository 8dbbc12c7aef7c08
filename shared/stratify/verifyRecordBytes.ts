// Verifies a record as published bytes: strict UTF-8, strict JSON, canonical form, then every protocol check.
// Spec: docs/lottery-spec.md, section 9 "Record" (file form) and section 10 "Verification".

import { isCanonicalText } from '../crypto/jcs';
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
  options: VerifyOptions = {},
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
  // A stratified draw's record (kleroterion-stratified/1) has its own checks after the same file form.
  const stratified =
    typeof parsed === 'object' &&
    parsed !== null &&
    (parsed as { protocol?: unknown }).protocol === STRATIFIED_PROTOCOL;
  const report = stratified ? verifyStratified(parsed) : verifyRecord(parsed, options);
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
