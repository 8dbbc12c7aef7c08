import { describe, expect, it } from 'vitest';
import vectors from '../../fixtures/vectors/drand-quicknet.json';
import {
  DRAND_QUICKNET,
  quicknetFirstRoundAfter,
  quicknetRandomness,
  quicknetRoundTime,
  verifyQuicknetRound,
} from './drand';

describe('drand quicknet', () => {
  it('uses the published network parameters', () => {
    expect(DRAND_QUICKNET.publicKey).toBe(vectors.publicKey);
    expect(DRAND_QUICKNET.chainHash).toBe(vectors.chainHash);
    expect(DRAND_QUICKNET.dst).toBe(vectors.dst);
    expect(DRAND_QUICKNET.genesisTime).toBe(vectors.genesisTime);
    expect(DRAND_QUICKNET.periodSeconds).toBe(vectors.period);
  });

  it.each(vectors.rounds)(
    'verifies round $round and derives its randomness',
    ({ round, signature, randomness }) => {
      expect(verifyQuicknetRound(round, signature)).toBe(true);
      expect(quicknetRandomness(signature)).toBe(randomness);
    },
  );

  it('rejects a signature presented for another round', () => {
    expect(verifyQuicknetRound(vectors.negative.round, vectors.negative.signature)).toBe(false);
  });

  it('rejects malformed and altered signatures without throwing', () => {
    const good = vectors.rounds[0]!;
    const flipped = (good.signature[0] === 'b' ? 'a' : 'b') + good.signature.slice(1);
    expect(verifyQuicknetRound(good.round, flipped)).toBe(false);
    expect(verifyQuicknetRound(good.round, good.signature.slice(2))).toBe(false);
    expect(verifyQuicknetRound(good.round, good.signature.toUpperCase())).toBe(false);
    expect(verifyQuicknetRound(0, good.signature)).toBe(false);
    expect(verifyQuicknetRound(good.round, 'zz'.repeat(48))).toBe(false);
  });

  it('maps rounds to times and back', () => {
    expect(quicknetRoundTime(1)).toBe(vectors.genesisTime);
    const t = quicknetRoundTime(657413);
    expect(quicknetFirstRoundAfter(t)).toBe(657414);
    expect(quicknetFirstRoundAfter(t - 1)).toBe(657413);
    expect(quicknetFirstRoundAfter(0)).toBe(1);
  });
});
