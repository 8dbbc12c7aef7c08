// Sign-ins sent to the provider and not yet back: state, nonce and PKCE verifier stay on the server, keyed
// by the hash of a random id held in an httpOnly cookie; each is used once and expires after 10 minutes.

import type { Clock, Random } from '../../ports';
import { hashToken, newToken } from '../tokens';

export const PENDING_SIGN_IN_LIFETIME_MS = 10 * 60 * 1000;
/** Bounds the memory an anonymous visitor can fill by starting sign-ins (start is also rate-limited). */
const MAX_PENDING = 1000;

export interface PendingSignIn {
  state: string;
  nonce: string;
  /** Absent when PKCE is off for this provider. */
  codeVerifier?: string;
}

export interface PendingSignIns {
  /** Keeps `pending` and returns the browser's handle to it (≥ 128 random bits). */
  add(pending: PendingSignIn): string;
  /** The sign-in behind `handle`, removed so that it cannot be used twice; undefined if unknown or expired. */
  take(handle: string | undefined): PendingSignIn | undefined;
}

export function createPendingSignIns(clock: Clock, random: Random): PendingSignIns {
  const pending = new Map<string, PendingSignIn & { expiresAt: number }>();
  const dropExpired = (now: number) => {
    for (const [key, entry] of pending) if (entry.expiresAt <= now) pending.delete(key);
  };
  return {
    add(entry) {
      const now = clock.now().getTime();
      dropExpired(now);
      // Oldest first: a flood of starts evicts the oldest pending sign-ins, never grows without bound.
      while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
      const handle = newToken(random);
      pending.set(hashToken(handle), { ...entry, expiresAt: now + PENDING_SIGN_IN_LIFETIME_MS });
      return handle;
    },
    take(handle) {
      if (handle === undefined || handle.length < 20) return undefined;
      const key = hashToken(handle);
      const entry = pending.get(key);
      pending.delete(key);
      if (entry === undefined || entry.expiresAt <= clock.now().getTime()) return undefined;
      const { expiresAt: _expiresAt, ...signIn } = entry;
      return signIn;
    },
  };
}
