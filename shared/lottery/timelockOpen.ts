// Opens a timelock source offline: the age file key is recovered by IBE from the round's signature, then the
// payload is decrypted. tlock-js does the cryptography; the round comes from the record, never the network.
// Spec: docs/lottery-spec.md, section 4.1 "Opening a timelock source".

import { decryptAge, type Stanza } from 'tlock-js/age/age-encrypt-decrypt';
import { decodeArmor } from 'tlock-js/age/armor';
import { decryptOnG2 } from 'tlock-js/crypto/ibe';
import { hexToBytesStrict, isLowerHex } from '../crypto/bytes';
import { DRAND_QUICKNET } from './drandQuicknet';
import { readTlockStanza, TIMELOCK_PLAINTEXT_MAX_BYTES, type TimelockOpening } from './timelock';

const G2_POINT_BYTES = 96;
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decrypts `armored` with drand quicknet's signature of `round`. Never throws: a ciphertext sealed to
 * another round or chain, a tampered ciphertext or a wrong signature gives `{ ok: false, problem }`.
 * The caller checks the signature itself (verifyQuicknetRound); a wrong one fails here on the IBE check.
 */
export async function openTimelock(
  armored: string,
  round: number,
  signatureHex: string,
): Promise<TimelockOpening> {
  let stanzaRound: number;
  let chainHash: string;
  try {
    ({ round: stanzaRound, chainHash } = readTlockStanza(armored));
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  if (stanzaRound !== round)
    return {
      ok: false,
      problem: `the ciphertext is sealed to round ${stanzaRound}, the source commits to round ${round}`,
    };
  if (chainHash !== DRAND_QUICKNET.chainHash)
    return {
      ok: false,
      problem: `the ciphertext is sealed to chain ${chainHash}, not drand quicknet`,
    };
  if (!isLowerHex(signatureHex, 48))
    return { ok: false, problem: 'the round signature is not 48 bytes of lowercase hex' };
  const signature = hexToBytesStrict(signatureHex);
  let payload: Uint8Array;
  try {
    payload = await decryptAge(decodeArmor(armored), async (stanzas: Stanza[]) => {
      const body = (stanzas[0] as Stanza).body;
      if (body.length !== G2_POINT_BYTES + 32)
        throw new RangeError(`the tlock stanza body has ${body.length} bytes, expected 128`);
      return decryptOnG2(signature, {
        U: body.subarray(0, G2_POINT_BYTES),
        V: body.subarray(G2_POINT_BYTES, G2_POINT_BYTES + 16),
        W: body.subarray(G2_POINT_BYTES + 16),
      });
    });
  } catch (error) {
    return {
      ok: false,
      problem: `the ciphertext does not open with round ${round}'s signature (${(error as Error).message})`,
    };
  }
  if (payload.length > TIMELOCK_PLAINTEXT_MAX_BYTES)
    return {
      ok: false,
      problem: `the plaintext has ${payload.length} bytes, at most ${TIMELOCK_PLAINTEXT_MAX_BYTES} are allowed`,
    };
  try {
    return { ok: true, plaintext: strictDecoder.decode(payload) };
  } catch {
    return { ok: false, problem: 'the plaintext is not valid UTF-8' };
  }
}
