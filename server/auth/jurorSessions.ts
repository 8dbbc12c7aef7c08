// Juror sessions: the httpOnly cookie an accepted juror's invitation link opens, one cookie name per
// process. 256 random bits, only their SHA-256 stored; valid while the seat is the holder's, accepted,
// and not revoked by the organiser. Spec: docs/deliberation.md, section "Juror sessions".

import { parse as parseCookies } from 'cookie';
import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import { hashToken, newToken } from './tokens';

/** How long the browser keeps the cookie; the server alone decides whether it still opens a seat. */
export const JUROR_SESSION_MAX_AGE_SECONDS = 180 * 24 * 3600;

/** One cookie per process, so a juror of two processes keeps both seats. */
export const jurorCookieName = (processId: string): string => `kl_juror_${processId}`;

/** The juror session token a Cookie header carries for `processId`, if any. */
export function jurorSessionToken(
  cookieHeader: string | undefined,
  processId: string,
): string | undefined {
  if (cookieHeader === undefined) return undefined;
  const value = parseCookies(cookieHeader)[jurorCookieName(processId)];
  return value === undefined || value === '' ? undefined : value;
}

export interface JurorSession {
  processId: string;
  seat: number;
  pseudonym: string;
}

type Listener = (processId: string, seat: number) => void;

export function createJurorSessions(db: Db, clock: Clock, random: Random) {
  const insert = db.prepare(
    'INSERT INTO juror_sessions (token_hash, process_id, seat, pseudonym, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const find = db.prepare(
    'SELECT process_id, seat, pseudonym FROM juror_sessions WHERE token_hash = ? AND revoked_at IS NULL',
  );
  const revoke = db.prepare(
    'UPDATE juror_sessions SET revoked_at = ? WHERE process_id = ? AND seat = ? AND revoked_at IS NULL',
  );
  const countActive = db.prepare(
    'SELECT seat, COUNT(*) AS sessions FROM juror_sessions WHERE process_id = ? AND revoked_at IS NULL GROUP BY seat',
  );
  const listeners = new Set<Listener>();

  return {
    /** Opens a session for the holder of a seat (the caller has checked the invitation) and returns its token. */
    open(session: JurorSession): string {
      const token = newToken(random);
      insert.run(
        hashToken(token),
        session.processId,
        session.seat,
        session.pseudonym,
        clock.now().toISOString(),
      );
      return token;
    },

    /** The unrevoked session a token opens, or undefined. */
    find(token: string | undefined): JurorSession | undefined {
      if (token === undefined || token.length < 20 || token.length > 100) return undefined;
      const row = find.get(hashToken(token)) as
        { process_id: string; seat: number; pseudonym: string } | undefined;
      return row === undefined
        ? undefined
        : { processId: row.process_id, seat: row.seat, pseudonym: row.pseudonym };
    },

    /** Revokes every session of a seat (written before it returns), then tells listeners. */
    revokeSeat(processId: string, seat: number): number {
      const { changes } = revoke.run(clock.now().toISOString(), processId, seat);
      for (const listener of listeners) listener(processId, seat);
      return changes;
    },

    /** Unrevoked sessions per seat (seat → count). */
    activeBySeat(processId: string): Record<string, number> {
      return Object.fromEntries(
        (countActive.all(processId) as { seat: number; sessions: number }[]).map((row) => [
          String(row.seat),
          row.sessions,
        ]),
      );
    },

    onRevoke(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type JurorSessions = ReturnType<typeof createJurorSessions>;
