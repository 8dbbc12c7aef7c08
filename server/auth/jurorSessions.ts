// Juror sessions: the httpOnly cookie an accepted juror's invitation link opens, one cookie name per
// process. 256 random bits, only their SHA-256 stored; valid while the seat is the holder's, accepted,
// and not revoked by the organiser. Spec: docs/deliberation.md, section "Juror sessions".

import { parse as parseCookies } from 'cookie';
import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import {
  createJurorSessionsRepository,
  type JurorSessionRecord,
} from '../repositories/jurorSessionsRepository';
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

/** The process, seat and holder a session opens. */
export type JurorSession = JurorSessionRecord;

type Listener = (processId: string, seat: number) => void;

export function createJurorSessions(db: Db, clock: Clock, random: Random) {
  const sessions = createJurorSessionsRepository(db);
  const listeners = new Set<Listener>();

  return {
    /** Opens a session for the holder of a seat (the caller has checked the invitation) and returns its token. */
    open(session: JurorSession): string {
      const token = newToken(random);
      sessions.insert(hashToken(token), session, clock.now().toISOString());
      return token;
    },

    /** The unrevoked session a token opens, or undefined. */
    find(token: string | undefined): JurorSession | undefined {
      if (token === undefined || token.length < 20 || token.length > 100) return undefined;
      return sessions.findActive(hashToken(token));
    },

    /** Revokes every session of a seat (written before it returns), then tells listeners. */
    revokeSeat(processId: string, seat: number): number {
      const changes = sessions.revokeSeat(processId, seat, clock.now().toISOString());
      for (const listener of listeners) listener(processId, seat);
      return changes;
    },

    /** Unrevoked sessions per seat (seat → count). */
    activeBySeat(processId: string): Record<string, number> {
      return sessions.activeBySeat(processId);
    },

    onRevoke(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type JurorSessions = ReturnType<typeof createJurorSessions>;
