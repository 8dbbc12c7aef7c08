import { describe, expect, it } from 'vitest';
import drand from '../../../../fixtures/vectors/drand-quicknet.json';
import { revealedValue, roundOf } from './revealedValue';

const round = drand.rounds[0]!;
const secret = { label: 'organiser secret', commitment: 'a'.repeat(64) };
const beacon = {
  label: `drand quicknet round ${round.round}`,
  beacon: { network: 'drand-quicknet' as const, round: round.round },
};
const sealed = {
  label: 'witness: Camille',
  timelock: { network: 'drand-quicknet' as const, round: round.round, ciphertext: 'x' },
};

describe('revealedValue', () => {
  it('sends a secret trimmed, as typed', () => {
    expect(revealedValue(secret, '  s3cret \n', 'f', 'fr')).toEqual({ value: 's3cret' });
  });

  it('names the missing value in words of its kind, on its field', () => {
    expect(revealedValue(secret, '  ', 'f', 'fr')).toEqual({
      key: 'organiser.reveal.valueRequired',
      values: { label: 'secret de l’organisateur' },
      fieldId: 'f',
    });
    expect(revealedValue(beacon, '', 'g', 'en')).toMatchObject({
      key: 'organiser.reveal.signatureRequired',
      fieldId: 'g',
    });
  });

  it('takes a beacon’s or a timelocked witness’s signature in capitals, and refuses a short one', () => {
    const typed = ` ${round.signature.toUpperCase()} `;
    expect(revealedValue(beacon, typed, 'g', 'fr')).toEqual({ signature: round.signature });
    expect(revealedValue(sealed, typed, 'g', 'fr')).toEqual({
      signature: round.signature,
    });
    expect(revealedValue(beacon, round.signature.slice(2), 'g', 'fr')).toEqual({
      key: 'organiser.reveal.signatureFormat',
      fieldId: 'g',
    });
  });

  it('opens a beacon and a timelocked witness with a round, a secret without', () => {
    expect(roundOf(beacon)).toBe(round.round);
    expect(roundOf(sealed)).toBe(round.round);
    expect(roundOf(secret)).toBeUndefined();
  });
});
