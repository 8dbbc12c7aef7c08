// The `sessions` table: console sessions, each stored under its cookie's SHA-256 with a public id, the
// account it belongs to, its expiry, when it was last seen and a short summary of the browser. Sessions
// of the old shared organiser password (account_id '') open nothing.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export interface SessionRecord {
  id: string;
  accountId: string;
  createdAt: string;
  lastSeenAt: string | null;
  expiresAt: string;
  userAgent: string;
}

interface Row {
  id: string;
  account_id: string;
  created_at: string;
  last_seen_at: string | null;
  expires_at: string;
  user_agent: string;
}

const toRecord = (row: Row): SessionRecord => ({
  id: row.id,
  accountId: row.account_id,
  createdAt: row.created_at,
  lastSeenAt: row.last_seen_at,
  expiresAt: row.expires_at,
  userAgent: row.user_agent,
});

export function createSessionsRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO sessions (token_hash, id, account_id, created_at, last_seen_at, expires_at, user_agent)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectByToken = db.prepare(
    'SELECT id, account_id, created_at, last_seen_at, expires_at, user_agent FROM sessions WHERE token_hash = ?',
  );
  const seen = db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  const selectLiveOf = db.prepare(
    `SELECT id, account_id, created_at, last_seen_at, expires_at, user_agent FROM sessions
     WHERE account_id = ? AND expires_at > ? ORDER BY created_at DESC`,
  );
  const revoke = db.prepare('DELETE FROM sessions WHERE account_id = ? AND id = ?');
  const endAll = db.prepare('DELETE FROM sessions WHERE account_id = ?');

  return {
    /** Stores a new session (its last-seen time is its creation time). */
    insert(tokenHash: string, session: Omit<SessionRecord, 'lastSeenAt'>): void {
      insert.run(
        tokenHash,
        session.id,
        session.accountId,
        session.createdAt,
        session.createdAt,
        session.expiresAt,
        session.userAgent,
      );
    },

    /** The session stored under a cookie's hash, expired or not, or undefined. */
    findByTokenHash(tokenHash: string): SessionRecord | undefined {
      const row = selectByToken.get(tokenHash) as Row | undefined;
      return row === undefined ? undefined : toRecord(row);
    },

    markSeen(tokenHash: string, at: string): void {
      seen.run(at, tokenHash);
    },

    /** Deletes the session stored under a cookie's hash (sign-out). */
    remove(tokenHash: string): void {
      remove.run(tokenHash);
    },

    /** Deletes every session that expired before `now`; returns how many. */
    purgeExpired(now: string): number {
      return purge.run(now).changes;
    },

    /** An account's sessions still live at `now`, newest first. */
    liveOf(accountId: string, now: string): SessionRecord[] {
      return (selectLiveOf.all(accountId, now) as Row[]).map(toRecord);
    },

    /** Ends one of an account's sessions by its public id; returns whether there was one. */
    revoke(accountId: string, sessionId: string): boolean {
      return revoke.run(accountId, sessionId).changes > 0;
    },

    /** Ends every session of an account; returns how many. */
    endAllOf(accountId: string): number {
      return endAll.run(accountId).changes;
    },
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
