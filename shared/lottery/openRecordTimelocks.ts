// Opens every timelock source of a record before the (synchronous) verifier runs, with the signatures the
// record carries. The cryptography is loaded only when a record has a timelock source.
// Spec: docs/lottery-spec.md, section 4.1 "Opening a timelock source" and section 10 "Verification".

import { DrawRecord } from './protocol';
import type { TimelockOpening } from './timelock';

/** True when the record (any JSON value) declares at least one timelock source. */
export function hasTimelockSources(input: unknown): boolean {
  const parsed = DrawRecord.safeParse(input);
  return parsed.success && parsed.data.commitment.sources.some((s) => s.timelock !== undefined);
}

/**
 * Opens the record's timelock sources, by source position. A malformed record, or one without timelock
 * sources, gives an empty map (the verifier then reports what is wrong). A source with no signature for
 * its round in `beacons` is left out: the verifier reports the missing signature. Never throws.
 */
export async function openRecordTimelocks(input: unknown): Promise<Map<number, TimelockOpening>> {
  const openings = new Map<number, TimelockOpening>();
  const parsed = DrawRecord.safeParse(input);
  if (!parsed.success) return openings;
  const record = parsed.data;
  const sealed = record.commitment.sources.flatMap((source, i) =>
    source.timelock === undefined ? [] : [{ i, timelock: source.timelock }],
  );
  if (sealed.length === 0) return openings;
  const { openTimelock } = await import('./timelockOpen');
  for (const { i, timelock } of sealed) {
    const proof = record.beacons.find((b) => b.source === i && b.round === timelock.round);
    if (proof === undefined) continue;
    openings.set(i, await openTimelock(timelock.ciphertext, timelock.round, proof.signature));
  }
  return openings;
}

/**
 * The same, from a file's bytes: a record, or an audit bundle holding one in its `record` field.
 * Unreadable bytes give an empty map.
 */
export async function openRecordTimelocksInBytes(
  bytes: Uint8Array,
): Promise<Map<number, TimelockOpening>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return new Map();
  }
  const isRecord = DrawRecord.safeParse(parsed).success;
  const inner =
    !isRecord && typeof parsed === 'object' && parsed !== null && 'record' in parsed
      ? (parsed as { record: unknown }).record
      : parsed;
  return openRecordTimelocks(inner);
}
