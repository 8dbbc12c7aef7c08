// The commit–reveal step, written once for every lottery (the draw, the stratified draw, the tie lottery,
// the CLIs and the demo): source kinds and their committed labels, the drand delay rule, beacon signature to
// randomness, and the reveal of a round's signature. Spec: docs/lottery-spec.md, sections 3, 4, 10 and 11.

import { ErrorCode, KleroterionError } from '../errors';
import {
  DRAND_QUICKNET,
  quicknetFirstRoundAfter,
  quicknetRandomness,
  quicknetRoundTime,
} from './drand';
import type { BeaconProof, Source } from './protocol';
import { checkReveal, type RevealOutcome } from './reveal';
import { beaconLabel, ORGANISER_SECRET_LABEL, witnessLabel } from './sourceLabels';
import { readTlockStanza, type TimelockOpening } from './timelock';

export {
  beaconLabel,
  ORGANISER_SECRET_LABEL,
  SourceKind,
  sourceKindOf,
  WITNESS_LABEL_PREFIX,
  witnessLabel,
} from './sourceLabels';

/** The organiser's secret, committed by its SHA-256 (hex). */
export const organiserSecretSource = (secretHash: string): Source => ({
  label: ORGANISER_SECRET_LABEL,
  commitment: secretHash,
});

/** A witness's secret, committed by its SHA-256 (hex); an optional one may stay unrevealed (null). */
export const witnessSource = (name: string, secretHash: string, optional = false): Source => ({
  label: witnessLabel(name),
  commitment: secretHash,
  ...(optional ? { optional: true as const } : {}),
});

/** A future drand quicknet round. */
export const beaconSource = (round: number): Source => ({
  label: beaconLabel(round),
  beacon: { network: 'drand-quicknet', round },
});

/**
 * A witness's contribution timelocked to the commitment's drand round, checked before it is committed: a
 * contribution sealed to another round or network could never be opened, and the draw could not happen.
 * @throws {KleroterionError} VALIDATION_FAILED when the ciphertext is unreadable or sealed elsewhere.
 */
export function timelockWitnessSource(name: string, armored: string, round: number): Source {
  const ciphertext = `${armored.replace(/\r\n/g, '\n').trim()}\n`;
  let stanza: { round: number; chainHash: string };
  try {
    stanza = readTlockStanza(ciphertext);
  } catch (error) {
    throw new KleroterionError(
      ErrorCode.ValidationFailed,
      `witness ${name}: ${(error as Error).message}`,
    );
  }
  if (stanza.round !== round || stanza.chainHash !== DRAND_QUICKNET.chainHash)
    throw new KleroterionError(
      ErrorCode.ValidationFailed,
      `witness ${name}: the contribution is sealed to round ${stanza.round}${stanza.chainHash === DRAND_QUICKNET.chainHash ? '' : ' of another drand network'}, the commitment uses drand quicknet round ${round}`,
    );
  return {
    label: witnessLabel(name),
    timelock: { network: 'drand-quicknet', round, ciphertext },
  };
}

/**
 * The delay rule. The spec's rule (section 10, `beacon-timing`) is that the round is produced strictly after
 * the commitment; a deployment may ask for more (`minDelaySeconds`, the "few minutes" of section 11 step 3).
 * Returns the sentence saying why `round` is refused, or undefined when it is late enough.
 */
export function drandRoundTimingProblem(
  round: number,
  committedAt: Date,
  minDelaySeconds: number,
  after: 'commitment' | 'declaration' = 'commitment',
): string | undefined {
  const producedAt = quicknetRoundTime(round);
  const committed = committedAt.getTime() / 1000;
  if (minDelaySeconds > 0 && producedAt < committed + minDelaySeconds)
    return `drand round ${round} comes too early: it must be produced at least ${minDelaySeconds} s after the ${after}`;
  // Its randomness already exists, so committing to it would let the organiser pick a favourable round.
  if (producedAt <= committed)
    return `drand round ${round} was produced at ${new Date(producedAt * 1000).toISOString()}, before the ${after}`;
  return undefined;
}

/**
 * The drand round a commitment names: the one given, or else the first one produced `drandDelaySeconds`
 * (default: the minimum) after `now`. A delay below the minimum is refused, never silently raised.
 * @throws {KleroterionError} DRAND_DELAY_TOO_SHORT when `drandDelaySeconds` is below the minimum.
 */
export function chooseDrandRound(input: {
  now: Date;
  drandRound?: number | undefined;
  drandDelaySeconds?: number | undefined;
  minDrandDelaySeconds: number;
}): number {
  if (input.drandRound !== undefined) return input.drandRound;
  const delay = input.drandDelaySeconds ?? input.minDrandDelaySeconds;
  if (delay < input.minDrandDelaySeconds)
    throw new KleroterionError(
      ErrorCode.DrandDelayTooShort,
      `a delay of ${delay} s before the drand round is below the minimum of ${input.minDrandDelaySeconds} s: the round must be produced well after the commitment is public, so that nobody can know it in advance`,
      { field: 'drandDelaySeconds' },
    );
  return quicknetFirstRoundAfter(input.now.getTime() / 1000 + delay);
}

/** True for a quicknet signature as records carry it: 48 bytes as 96 lowercase hex digits. */
export const isQuicknetSignature = (signature: string): boolean => /^[0-9a-f]{96}$/.test(signature);

/** A signature as typed or pasted (surrounding blanks, capitals) in the form records carry. */
export const normaliseSignature = (signature: string): string => signature.trim().toLowerCase();

/**
 * A beacon round's randomness from its signature (spec section 4: SHA-256 of the signature bytes), or ''
 * for a malformed signature, so that the reveal check reports it instead of throwing.
 */
export const beaconRandomness = (signature: string): string =>
  isQuicknetSignature(signature) ? quicknetRandomness(signature) : '';

/** A beacon or timelock source revealed with its round's signature: the value, its proof and its check. */
export interface RoundReveal {
  value: string;
  beacon: BeaconProof;
  outcome: RevealOutcome;
}

/**
 * Reveals the beacon or timelock source at `position` with its round's `signature` (normalised first). A
 * beacon's value is the round's randomness; a timelock's is the plaintext of `timelockOpening`, its
 * ciphertext opened beforehand with the same signature. Never throws: a failure is in `outcome`.
 */
export function revealRound(
  source: Source,
  position: number,
  signature: string,
  timelockOpening?: TimelockOpening,
): RoundReveal {
  const round = (source.beacon ?? source.timelock)?.round;
  if (round === undefined)
    return {
      value: '',
      beacon: { source: position, round: 0, signature },
      outcome: { ok: false, problem: `source ${position} is not a drand round` },
    };
  const beacon = { source: position, round, signature: normaliseSignature(signature) };
  const value =
    source.timelock !== undefined
      ? timelockOpening?.ok === true
        ? timelockOpening.plaintext
        : ''
      : beaconRandomness(beacon.signature);
  return {
    value,
    beacon,
    outcome: checkReveal(source, position, value, [beacon], timelockOpening),
  };
}

/** One source's revealed value, as the log records it: a beacon or timelock source carries its proof. */
export interface RevealedSource {
  source: number;
  value: string;
  beacon?: BeaconProof;
}

/**
 * Checks the reveal of source `source` among `sources` (a secret's value, or a drand round's signature)
 * and returns what to record; the same rules for every ceremony that commits sources (the jury draw,
 * stage one). A timelock source also takes `timelockOpening`, its ciphertext opened beforehand.
 * @throws {KleroterionError} VALIDATION_FAILED (no such source, or the wrong kind of reveal),
 * TRANSITION_REFUSED (already revealed), BEACON_INVALID or REVEAL_MISMATCH.
 */
export function revealSource(
  sources: readonly Source[],
  isRevealed: (source: number) => boolean,
  source: number,
  reveal: { value: string } | { signature: string },
  timelockOpening?: TimelockOpening,
): RevealedSource {
  const target = sources[source];
  if (target === undefined)
    throw new KleroterionError(ErrorCode.ValidationFailed, `there is no source ${source}`);
  if (isRevealed(source))
    throw new KleroterionError(ErrorCode.TransitionRefused, `source ${source} is already revealed`);
  const round = (target.beacon ?? target.timelock)?.round;
  if (round !== undefined) {
    if (!('signature' in reveal))
      throw new KleroterionError(
        ErrorCode.ValidationFailed,
        target.beacon !== undefined
          ? `source ${source} is a drand round: give its signature`
          : `source ${source} is timelocked to drand round ${round}: give that round's signature`,
      );
    const { value, beacon, outcome } = revealRound(
      target,
      source,
      reveal.signature,
      timelockOpening,
    );
    if (!outcome.ok) throw new KleroterionError(ErrorCode.BeaconInvalid, outcome.problem);
    return { source, value, beacon };
  }
  if (!('value' in reveal))
    throw new KleroterionError(
      ErrorCode.ValidationFailed,
      `source ${source} needs its secret value`,
    );
  const outcome = checkReveal(target, source, reveal.value, []);
  if (!outcome.ok) throw new KleroterionError(ErrorCode.RevealMismatch, outcome.problem);
  return { source, value: reveal.value };
}
