// Timelock sources: what a sealed contribution must declare (its tlock stanza), and the outcome of opening it.
// Spec: docs/lottery-spec.md, section 4 "Values" (timelock sources) and section 4.1 "Opening a timelock source".

import { DRAND_QUICKNET } from './drandQuicknet';

export const AGE_ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';
export const AGE_ARMOR_END = '-----END AGE ENCRYPTED FILE-----';
export const AGE_VERSION_LINE = 'age-encryption.org/v1';

/** Longest plaintext a timelock source may carry, in UTF-8 bytes. */
export const TIMELOCK_PLAINTEXT_MAX_BYTES = 1024;

/** quicknet's parameters in the form tlock-js's chain client serves them (drand's /info). */
export const QUICKNET_CHAIN_INFO = {
  public_key: DRAND_QUICKNET.publicKey,
  period: DRAND_QUICKNET.periodSeconds,
  genesis_time: DRAND_QUICKNET.genesisTime,
  hash: DRAND_QUICKNET.chainHash,
  groupHash: 'f477d5c89f21a17c863a7f937c6a6d15859414d2be09cd448d4279af331c5d3e',
  schemeID: 'bls-unchained-g1-rfc9380',
  metadata: { beaconID: 'quicknet' },
} as const;

/** The result of opening one timelock source with its round's signature. */
export type TimelockOpening = { ok: true; plaintext: string } | { ok: false; problem: string };

/** What the age header of an armored tlock ciphertext names: the round and the chain it is sealed to. */
export interface TlockStanza {
  round: number;
  chainHash: string;
}

const strictBase64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Reads the single `tlock` recipient stanza of an armored age file, without decrypting anything.
 * @throws RangeError naming what is wrong (armor, version line, stanza count, arguments).
 */
export function readTlockStanza(armored: string): TlockStanza {
  const lines = armored.trim().split('\n');
  if (lines[0] !== AGE_ARMOR_BEGIN || lines[lines.length - 1] !== AGE_ARMOR_END)
    throw new RangeError(
      'the ciphertext is not an armored age file (BEGIN/END AGE ENCRYPTED FILE)',
    );
  const base64 = lines.slice(1, -1).join('');
  if (!strictBase64.test(base64)) throw new RangeError('the armored body is not base64');
  const binary = atob(base64);
  const headerEnd = binary.indexOf('\n--- ');
  if (headerEnd < 0) throw new RangeError('the age header has no MAC line');
  const header = binary.slice(0, headerEnd).split('\n');
  if (header[0] !== AGE_VERSION_LINE)
    throw new RangeError(`the age header does not start with ${AGE_VERSION_LINE}`);
  const stanzas = header.filter((line) => line.startsWith('-> '));
  if (stanzas.length !== 1)
    throw new RangeError(
      `the age header holds ${stanzas.length} recipient stanzas, exactly one is allowed`,
    );
  const [type, roundText, chainHash, ...rest] = (stanzas[0] as string).slice(3).split(' ');
  if (type !== 'tlock' || roundText === undefined || chainHash === undefined || rest.length > 0)
    throw new RangeError('the recipient stanza is not "-> tlock <round> <chain hash>"');
  if (!/^[1-9][0-9]{0,15}$/.test(roundText) || !Number.isSafeInteger(Number(roundText)))
    throw new RangeError(
      `the tlock stanza's round ${JSON.stringify(roundText)} is not a positive integer`,
    );
  return { round: Number(roundText), chainHash };
}
