// Organiser sessions: a random cookie (httpOnly, SameSite=Strict) whose hash is stored with an expiry.

import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import { hashToken, newToken } from './tokens';

export const SESSION_COOKIE = 'kl_session';
export const SESSION_LIFETIME_MS = 8 * 60 * 60 * 1000;

export interface Sessions {
  open(): { token: string; expiresAt: Date };
  isValid(token: string | undefined): boolean;
  close(token: string | undefined): void;
}

export function createSessions(db: Db, clock: Clock, random: Random): Sessions {
  const insert = db.prepare(
    'INSERT INTO sessions (token_hash, created_at, expires_at) VALUES (?, ?, ?)',
  );
  const find = db.prepare('SELECT expires_at FROM sessions WHERE token_hash = ?');
  const remove = db.prepare('DELETE FROM sessions WHERE token_hash = ?');
  const purge = db.prepare('DELETE FROM sessions WHERE expires_at < ?');
  return {
    open() {
      const now = clock.now();
      const token = newToken(random);
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      purge.run(now.toISOString());
      insert.run(hashToken(token), now.toISOString(), expiresAt.toISOString());
      return { token, expiresAt };
    },
    isValid(token) {
      if (token === undefined || token.length < 20) return false;
      const row = find.get(hashToken(token)) as { expires_at: string } | undefined;
      return row !== undefined && Date.parse(row.expires_at) > clock.now().getTime();
    },
    close(token) {
      if (token !== undefined) remove.run(hashToken(token));
    },
  };
}
