// Console sessions: a random cookie (httpOnly, SameSite=Strict) whose hash is stored with an expiry, the
// account it belongs to, when it was last seen and a short summary of the browser. Each has a public id
// (not the cookie) so that its owner or an administrator can end it.

import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
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

interface Row {
  id: string;
  account_id: string;
  created_at: string;
  last_seen_at: string | null;
  expires_at: string;
  user_agent: string;
}

export function createSessions(db: Db, clock: Clock, random: Random): Sessions {
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, id, account_id, created_at, last_seen_at, expires_at, user_agent)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const find = db.prepare(
    'SELECT id, account_id, last_seen_at, expires_at FROM sessions WHERE token_hash = ?',
  );
  const seen = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  const list = db.prepare(
    `SELECT id, account_id, created_at, last_seen_at, expires_at, user_agent FROM sessions
     WHERE account_id = ? AND expires_at > ? ORDER BY created_at DESC`,
  );
  const revoke = db.prepare('DELETE FROM sessions WHERE account_id = ? AND id = ?');
  const endAll = db.prepare('DELETE FROM sessions WHERE account_id = ?');
  const findLive = (token: string | undefined) => {
    if (token === undefined || token.length < 20) return undefined;
    const row = find.get(hashToken(token)) as Row | undefined;
    if (row === undefined || row.account_id === '') return undefined;
    return Date.parse(row.expires_at) > clock.now().getTime() ? row : undefined;
  };
  return {
    open(accountId, userAgent) {
      const now = clock.now();
      const token = newToken(random);
      const id = newToken(random, 12);
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      purge.run(now.toISOString());
      insert.run(
        hashToken(token),
        id,
        accountId,
        now.toISOString(),
        now.toISOString(),
        expiresAt.toISOString(),
        summariseUserAgent(userAgent),
      );
      return { token, id, expiresAt };
    },
    find(token) {
      const row = findLive(token);
      if (row === undefined) return undefined;
      const now = clock.now();
      if (
        row.last_seen_at === null ||
        now.getTime() - Date.parse(row.last_seen_at) >= LAST_SEEN_STEP_MS
      )
        seen.run(now.toISOString(), hashToken(token!));
      return { id: row.id, accountId: row.account_id };
    },
    isValid: (token) => findLive(token) !== undefined,
    close(token) {
      if (token !== undefined) remove.run(hashToken(token));
    },
    listFor: (accountId) =>
      (list.all(accountId, clock.now().toISOString()) as Row[]).map((row) => ({
        id: row.id,
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at ?? row.created_at,
        expiresAt: row.expires_at,
        userAgent: row.user_agent,
      })),
    revoke: (accountId, sessionId) => revoke.run(accountId, sessionId).changes > 0,
    endAllFor: (accountId) => endAll.run(accountId).changes,
  };
}
