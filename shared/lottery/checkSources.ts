// The source and value checks every committed protocol shares: one value per source, each value against its
// source, one beacon signature per beacon or timelock source, and each round produced after committedAt.
// Spec: docs/lottery-spec.md, section 10 "Verification", checks 4 to 7 (value-count to beacon-timing-i).

import { z } from 'zod';
import { quicknetRoundTime } from './drandQuicknet';
import type { BeaconProof, Source } from './protocol';
import { checkReveal } from './reveal';
import { commitmentHashOf } from './seed';
import type { TimelockOpening } from './timelock';

/** Adds one named check to a report and returns whether it passed. */
export type AddCheck = (name: string, ok: boolean, detail: string) => boolean;

/**
 * Runs `commitment-hash`: the hash of the commitment exactly as published (unknown fields included), as
 * the record states it. Returns whether it passed.
 */
export function checkCommitmentHash(
  publishedCommitment: unknown,
  statedHash: string,
  add: AddCheck,
): boolean {
  const commitmentHash = commitmentHashOf(publishedCommitment);
  return add(
    'commitment-hash',
    commitmentHash === statedHash,
    commitmentHash === statedHash
      ? `SHA-256(JCS(commitment)) = ${commitmentHash}`
      : `SHA-256(JCS(commitment)) is ${commitmentHash}, the record says ${statedHash}`,
  );
}

/** The parts of a record the source checks read. */
export interface SourcedRecord {
  commitment: { sources: readonly Source[]; committedAt?: unknown };
  values: readonly (string | null)[];
  beacons: readonly BeaconProof[];
}

/**
 * Runs `value-count`, `source-i` for each source, `beacon-list` and `beacon-timing-i` (when the
 * commitment has `committedAt`), in that order. Never throws.
 */
export function checkSources(
  record: SourcedRecord,
  add: AddCheck,
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>,
): void {
  const { sources } = record.commitment;
  add(
    'value-count',
    record.values.length === sources.length,
    `${record.values.length} values for ${sources.length} sources`,
  );
  sources.forEach((source, i) => {
    const opening = timelockOpenings?.get(i);
    const outcome = checkReveal(source, i, record.values[i], record.beacons, opening);
    add(`source-${i}`, outcome.ok, outcome.ok ? outcome.summary : outcome.problem);
  });
  // A timelock source carries its round's signature in `beacons` like a beacon source.
  const beaconSources = new Set(
    sources.flatMap((s, i) => (s.beacon === undefined && s.timelock === undefined ? [] : [i])),
  );
  const strayBeacons = record.beacons.filter((b) => !beaconSources.has(b.source));
  const listOk = strayBeacons.length === 0 && record.beacons.length === beaconSources.size;
  add(
    'beacon-list',
    listOk,
    listOk
      ? `${record.beacons.length} beacon signature(s), one per beacon source`
      : `beacons list ${record.beacons.length} entries for ${beaconSources.size} beacon source(s)`,
  );
  const committedAt = z.iso.datetime({ offset: true }).safeParse(record.commitment.committedAt);
  sources.forEach((source, i) => {
    const roundRef = source.beacon ?? source.timelock;
    if (roundRef === undefined || !committedAt.success) return;
    const roundTime = quicknetRoundTime(roundRef.round);
    const committedSeconds = Date.parse(committedAt.data) / 1000;
    // A round produced before the commitment was public could have been chosen knowing its randomness.
    add(
      `beacon-timing-${i}`,
      roundTime > committedSeconds,
      `round ${roundRef.round} is produced at ${new Date(roundTime * 1000).toISOString()}, ${roundTime > committedSeconds ? 'after' : 'NOT after'} committedAt ${committedAt.data}`,
    );
  });
}
