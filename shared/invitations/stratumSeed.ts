// Each stratum's own seed, derived from the draw's one seed and the stratum's name.
// Spec: docs/lottery-spec.md, section 17 "kleroterion-invitations/1", "Stratum seed".

import { bytesToHex } from '../crypto/bytes';
import { sha256 } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';

/** The JCS text hashed into a stratum's seed, exposed so verifiers can show their working. */
export function stratumSeedInput(seedHex: string, name: string): string {
  return canonicalize({ seed: seedHex, stratum: name });
}

/** seed_s = SHA-256(utf8(JCS({"seed": hex(seed), "stratum": name}))), 32 bytes. */
export function stratumSeed(seedHex: string, name: string): Uint8Array {
  return sha256(new TextEncoder().encode(stratumSeedInput(seedHex, name)));
}

/** The stratum seed as lowercase hex. */
export function stratumSeedHex(seedHex: string, name: string): string {
  return bytesToHex(stratumSeed(seedHex, name));
}
