// Sign-ins the provider has completed for an account with its own second factor: the account's TOTP code is
// still to come. Kept on the server, keyed by the hash of a random handle held in an httpOnly cookie; each
// expires after 5 minutes or 5 wrong codes, and is used once.

import type { Clock, Random } from '../../ports';
import { hashToken, newToken } from '../tokens';

export const SECOND_STEP_LIFETIME_MS = 5 * 60 * 1000;
export const SECOND_STEP_MAX_TRIES = 5;
/** Bounds the memory; the provider's sign-in (rate-limited) must succeed before one is added. */
const MAX_PENDING = 1000;

export interface PendingSecondSteps {
  /** Keeps the account awaiting its code and returns the browser's handle (256 random bits). */
  add(accountId: string | number): string;
  /** The account awaiting a code behind `handle`, or undefined when unknown, expired or used up. */
  peek(handle: string | undefined): string | number | undefined;
  /** Counts a wrong code; the fifth one ends the pending sign-in. */
  fail(handle: string): void;
  /** Ends the pending sign-in (the code was right). */
  drop(handle: string): void;
}

export function createPendingSecondSteps(clock: Clock, random: Random): PendingSecondSteps {
  const pending = new Map<
    string,
    { accountId: string | number; expiresAt: number; tries: number }
  >();
  const find = (handle: string | undefined) => {
    if (handle === undefined || handle.length < 20) return undefined;
    const key = hashToken(handle);
    const entry = pending.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= clock.now().getTime() || entry.tries >= SECOND_STEP_MAX_TRIES) {
      pending.delete(key);
      return undefined;
    }
    return { key, entry };
  };
  return {
    add(accountId) {
      const now = clock.now().getTime();
      for (const [key, entry] of pending) if (entry.expiresAt <= now) pending.delete(key);
      while (pending.size >= MAX_PENDING) pending.delete(pending.keys().next().value as string);
      const handle = newToken(random);
      pending.set(hashToken(handle), {
        accountId,
        expiresAt: now + SECOND_STEP_LIFETIME_MS,
        tries: 0,
      });
      return handle;
    },
    peek: (handle) => find(handle)?.entry.accountId,
    fail(handle) {
      const found = find(handle);
      if (found !== undefined) found.entry.tries += 1;
    },
    drop(handle) {
      const found = find(handle);
      if (found !== undefined) pending.delete(found.key);
    },
  };
}
