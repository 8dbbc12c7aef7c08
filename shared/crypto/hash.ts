// The protocol's hash functions: SHA-256 everywhere, MD5 only for RFC 3797 compatibility.
// Spec: docs/lottery-spec.md, section "Conventions"; RFC 3797 section 4 for MD5.

import { sha256 } from '@noble/hashes/sha2.js';
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from './bytes';

export { sha256, md5 };

/** Lowercase hex SHA-256 of a UTF-8 string. */
export function sha256HexOfText(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
