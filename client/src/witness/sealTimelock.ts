// Seals a witness's contribution to a future drand quicknet round with tlock (age + IBE), offline: the chain
// client only serves quicknet's published parameters, so nothing is fetched and nothing leaves the browser.
// Spec: docs/lottery-spec.md, section 4.1 "Opening a timelock source".

import { encryptAge } from 'tlock-js/age/age-encrypt-decrypt';
import { encodeArmor } from 'tlock-js/age/armor';
import { createTimelockEncrypter } from 'tlock-js/drand/timelock-encrypter';
import type { ChainClient } from 'tlock-js';
import { QUICKNET_CHAIN_INFO } from '../../../shared/lottery/timelock';

const offlineQuicknet = {
  options: { disableBeaconVerification: true, noCache: true },
  chain: () => ({ baseUrl: 'offline:quicknet', info: async () => ({ ...QUICKNET_CHAIN_INFO }) }),
  latest: () => Promise.reject(new Error('sealing never needs a beacon')),
  get: () => Promise.reject(new Error('sealing never needs a beacon')),
} as unknown as ChainClient;

/** The armored age ciphertext of `plaintext` (UTF-8) for quicknet round `round`. */
export async function sealTimelock(plaintext: string, round: number): Promise<string> {
  const encrypter = createTimelockEncrypter(offlineQuicknet, round);
  return encodeArmor(await encryptAge(new TextEncoder().encode(plaintext), encrypter));
}
