// Console sessions: a random cookie (httpOnly, SameSite=Strict) whose hash is stored with an expiry, the
// account it belongs to, when it was last seen and a short summary of the browser. Each has a public id
// (not the cookie) so that its owner or an administrator can end it.

import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import { createSessionsRepository } from '../repositories/sessionsRepository';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'kl_session';
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;
/** Last-seen times are written at most this often per session. */
const LAST_SEEN_STEP_MS = 60_000;

export interface SessionSummary {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** "Firefox · Linux", never the full user-agent string. */
  userAgent: string;
}

export interface Sessions {
  /** Opens a session for an account (sign-in, or OpenID Connect once the account is found). */
  open(accountId: string, userAgent?: string): { token: string; id: string; expiresAt: Date };
  /** The live session's account, or undefined; notes that it was seen. */
  find(token: string | undefined): { id: string; accountId: string } | undefined;
  isValid(token: string | undefined): boolean;
  close(token: string | undefined): void;
  listFor(accountId: string): SessionSummary[];
  /** Ends one of the account's sessions; false when it has no such session. */
  revoke(accountId: string, sessionId: string): boolean;
  /** Ends every session of the account (disabled account, administrator's request, new password). */
  endAllFor(accountId: string): number;
}

/** A coarse "browser · system" summary of a User-Agent header. */
export function summariseUserAgent(header: string | undefined): string {
  if (header === undefined || header === '') return '';
  const browser =
    [
      ['Edg/', 'Edge'],
      ['Firefox/', 'Firefox'],
      ['Chrome/', 'Chrome'],
      ['Safari/', 'Safari'],
    ].find(([marker]) => header.includes(marker!))?.[1] ?? 'autre';
  const system =
    [
      ['Android', 'Android'],
      ['iPhone', 'iOS'],
      ['iPad', 'iOS'],
      ['Windows', 'Windows'],
      ['Mac OS', 'macOS'],
      ['Linux', 'Linux'],
    ].find(([marker]) => header.includes(marker!))?.[1] ?? '';
  return system === '' ? browser : `${browser} · ${system}`;
}

export function createSessions(db: Db, clock: Clock, random: Random): Sessions {
  const sessions = createSessionsRepository(db);
  const findLive = (token: string | undefined) => {
    if (token === undefined || token.length < 20) return undefined;
    const row = sessions.findByTokenHash(hashToken(token));
    if (row === undefined || row.accountId === '') return undefined;
    return Date.parse(row.expiresAt) > clock.now().getTime() ? row : undefined;
  };
  return {
    open(accountId, userAgent) {
      const now = clock.now();
      const token = newToken(random);
      const id = newToken(random, 12);
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      sessions.purgeExpired(now.toISOString());
      sessions.insert(hashToken(token), {
        id,
        accountId,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
        userAgent: summariseUserAgent(userAgent),
      });
      return { token, id, expiresAt };
    },
    find(token) {
      const row = findLive(token);
      if (row === undefined) return undefined;
      const now = clock.now();
      if (
        row.lastSeenAt === null ||
        now.getTime() - Date.parse(row.lastSeenAt) >= LAST_SEEN_STEP_MS
      )
        sessions.markSeen(hashToken(token!), now.toISOString());
      return { id: row.id, accountId: row.accountId };
    },
    isValid: (token) => findLive(token) !== undefined,
    close(token) {
      if (token !== undefined) sessions.remove(hashToken(token));
    },
    listFor: (accountId) =>
      sessions.liveOf(accountId, clock.now().toISOString()).map((row) => ({
        id: row.id,
        createdAt: row.createdAt,
        lastSeenAt: row.lastSeenAt ?? row.createdAt,
        expiresAt: row.expiresAt,
        userAgent: row.userAgent,
      })),
    revoke: (accountId, sessionId) => sessions.revoke(accountId, sessionId),
    endAllFor: (accountId) => sessions.endAllOf(accountId),
  };
}
