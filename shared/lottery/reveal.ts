// Checks one revealed value against its source: committed secret, drand beacon, timelock, or public value.
// Spec: docs/lottery-spec.md, section 4 "Values".

import { sha256HexOfText } from '../crypto/hash';
import { quicknetRandomness, verifyQuicknetRound } from './drand';
import type { BeaconProof, Source } from './protocol';
import type { TimelockOpening } from './timelock';

/** Outcome of checking one source's value; `problem` is a sentence naming what is wrong. */
export type RevealOutcome = { ok: true; summary: string } | { ok: false; problem: string };

/**
 * Checks `value` for source `position`, using the beacon proofs carried by the record. A timelock source
 * also needs `timelockOpening`, the result of decrypting its ciphertext (asynchronous, see timelockOpen.ts);
 * without it the source fails as not opened. Never throws: every failure is a described outcome.
 */
export function checkReveal(
  source: Source,
  position: number,
  value: string | null | undefined,
  beacons: readonly BeaconProof[],
  timelockOpening?: TimelockOpening,
): RevealOutcome {
  const name = `source ${position} (${JSON.stringify(source.label)})`;
  if (value === undefined) return { ok: false, problem: `${name} has no value` };
  if (source.commitment !== undefined) {
    if (value === null) {
      return source.optional === true
        ? { ok: true, summary: `${name}: optional, not revealed (counts as null)` }
        : { ok: false, problem: `${name} is required but was not revealed` };
    }
    const hash = sha256HexOfText(value);
    return hash === source.commitment
      ? { ok: true, summary: `${name}: revealed value hashes to its commitment` }
      : {
          ok: false,
          problem: `${name}: SHA-256 of the revealed value is ${hash}, but the commitment is ${source.commitment}`,
        };
  }
  const roundRef = source.beacon ?? source.timelock;
  if (roundRef !== undefined) {
    const { round } = roundRef;
    const proofs = beacons.filter((beacon) => beacon.source === position);
    if (proofs.length !== 1)
      return {
        ok: false,
        problem: `${name} needs exactly one beacon signature, found ${proofs.length}`,
      };
    const proof = proofs[0] as BeaconProof;
    if (proof.round !== round)
      return {
        ok: false,
        problem: `${name} commits to round ${round}, the signature is for round ${proof.round}`,
      };
    if (!verifyQuicknetRound(round, proof.signature)) {
      return {
        ok: false,
        problem: `${name}: the signature does not verify for drand quicknet round ${round}`,
      };
    }
    if (source.timelock !== undefined)
      return checkTimelockValue(name, round, value, timelockOpening);
    const randomness = quicknetRandomness(proof.signature);
    if (value !== randomness)
      return {
        ok: false,
        problem: `${name}: value differs from round ${round}'s randomness ${randomness}`,
      };
    return {
      ok: true,
      summary: `${name}: drand quicknet round ${round} signature verifies, value is its randomness`,
    };
  }
  if (value === null) return { ok: false, problem: `${name} is a public value and cannot be null` };
  return { ok: true, summary: `${name}: public value ${JSON.stringify(value)}` };
}

function checkTimelockValue(
  name: string,
  round: number,
  value: string | null,
  opening: TimelockOpening | undefined,
): RevealOutcome {
  if (opening === undefined)
    return { ok: false, problem: `${name}: the timelock ciphertext was not opened` };
  if (!opening.ok) return { ok: false, problem: `${name}: ${opening.problem}` };
  if (value !== opening.plaintext)
    return {
      ok: false,
      problem: `${name}: value differs from the timelock plaintext ${JSON.stringify(opening.plaintext)}`,
    };
  return {
    ok: true,
    summary: `${name}: drand quicknet round ${round} signature verifies and opens the timelock; value is its plaintext`,
  };
}
