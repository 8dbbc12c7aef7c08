// Bearer secrets (session cookies, invitation links): 128+ random bits, only their SHA-256 is stored.

import { createHash } from 'node:crypto';
import type { Random } from '../ports';

/** A fresh token of `bytes` random bytes (default 32), base64url. */
export function newToken(random: Random, bytes = 32): string {
  return Buffer.from(random.bytes(bytes)).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
