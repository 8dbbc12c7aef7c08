import { describe, expect, it } from 'vitest';
import vectors from '../../fixtures/vectors/drand-quicknet.json';
import { ErrorCode, type KleroterionError } from '../errors';
import {
  beaconRandomness,
  beaconSource,
  chooseDrandRound,
  drandRoundTimingProblem,
  organiserSecretSource,
  revealRound,
  SourceKind,
  sourceKindOf,
  witnessSource,
} from './commitReveal';
import { quicknetRoundTime } from './drand';

const round = vectors.rounds[0]!;
const hash = 'a'.repeat(64);
const producedAt = (r: number) => new Date(quicknetRoundTime(r) * 1000);

describe('commit–reveal sources', () => {
  it('writes the labels every commitment hashes', () => {
    expect(organiserSecretSource(hash)).toEqual({ label: 'organiser secret', commitment: hash });
    expect(witnessSource('Camille', hash)).toEqual({ label: 'witness: Camille', commitment: hash });
    expect(witnessSource('Malik', hash, true)).toEqual({
      label: 'witness: Malik',
      commitment: hash,
      optional: true,
    });
    expect(beaconSource(34533539)).toEqual({
      label: 'drand quicknet round 34533539',
      beacon: { network: 'drand-quicknet', round: 34533539 },
    });
  });

  it('tells a source kind from its fields', () => {
    expect(sourceKindOf(organiserSecretSource(hash))).toBe(SourceKind.Secret);
    expect(sourceKindOf(beaconSource(1))).toBe(SourceKind.Beacon);
    expect(sourceKindOf({ timelock: { round: 1 } })).toBe(SourceKind.Timelock);
    expect(sourceKindOf({})).toBe(SourceKind.Public);
  });
});

describe('the drand delay rule', () => {
  it('refuses a round produced at or before the commitment, even with no minimum', () => {
    expect(drandRoundTimingProblem(1000, producedAt(1000), 0)).toMatch(/before the commitment/);
    expect(drandRoundTimingProblem(1001, producedAt(1000), 0)).toBeUndefined();
  });

  it('refuses a round produced within the minimum delay', () => {
    const at = producedAt(1000);
    expect(drandRoundTimingProblem(1099, at, 300)).toMatch(/too early.*300 s after the commitment/);
    expect(drandRoundTimingProblem(1099, at, 300, 'declaration')).toMatch(/after the declaration/);
    // Round 1100 is produced exactly 300 s after round 1000: just late enough.
    expect(drandRoundTimingProblem(1100, at, 300)).toBeUndefined();
  });

  it('chooses the first round after the delay, and refuses a delay below the minimum', () => {
    const at = producedAt(1000);
    expect(chooseDrandRound({ now: at, drandDelaySeconds: 600, minDrandDelaySeconds: 300 })).toBe(
      1201,
    );
    expect(chooseDrandRound({ now: at, minDrandDelaySeconds: 300 })).toBe(1101);
    expect(chooseDrandRound({ now: at, drandRound: 5, minDrandDelaySeconds: 300 })).toBe(5);
    expect(() =>
      chooseDrandRound({ now: at, drandDelaySeconds: 10, minDrandDelaySeconds: 300 }),
    ).toThrow(expect.objectContaining({ code: ErrorCode.DrandDelayTooShort }) as KleroterionError);
  });
});

describe('beacon signature to randomness', () => {
  it('derives a recorded round’s randomness, and nothing from a malformed signature', () => {
    expect(beaconRandomness(round.signature)).toBe(round.randomness);
    expect(beaconRandomness(round.signature.toUpperCase())).toBe('');
  });

  it('reveals a beacon source with a pasted signature, normalised', () => {
    const revealed = revealRound(
      beaconSource(round.round),
      3,
      ` ${round.signature.toUpperCase()}\n`,
    );
    expect(revealed.outcome.ok).toBe(true);
    expect(revealed.value).toBe(round.randomness);
    expect(revealed.beacon).toEqual({ source: 3, round: round.round, signature: round.signature });
  });

  it('refuses a signature of another round', () => {
    const revealed = revealRound(
      beaconSource(vectors.negative.round),
      0,
      vectors.negative.signature,
    );
    expect(revealed.outcome).toMatchObject({ ok: false });
  });
});
