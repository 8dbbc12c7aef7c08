// The `invitations` table: each invitation link (only its token's SHA-256 is kept) with the seat and the
// pseudonym it was sent for. A seat's holder may hold several links (the mailed one, a reminder's, a demo
// link); every one of them keeps working while the holder keeps the seat.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export interface InvitationRecord {
  processId: string;
  seat: number;
  pseudonym: string;
}

export function createInvitationsRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO invitations (token_hash, process_id, seat, pseudonym, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectByToken = db.prepare(
    'SELECT process_id, seat, pseudonym FROM invitations WHERE token_hash = ?',
  );
  const selectFirstSent = db.prepare(
    'SELECT MIN(created_at) AS at FROM invitations WHERE process_id = ? AND seat = ? AND pseudonym = ?',
  );

  return {
    /** Records a link sent for a seat; `tokenHash` is the SHA-256 of the token in the link. */
    record(tokenHash: string, invitation: InvitationRecord, createdAt: string): void {
      insert.run(tokenHash, invitation.processId, invitation.seat, invitation.pseudonym, createdAt);
    },

    /** The invitation a link's token hash names, or undefined. */
    findByTokenHash(tokenHash: string): InvitationRecord | undefined {
      const row = selectByToken.get(tokenHash) as
        { process_id: string; seat: number; pseudonym: string } | undefined;
      return row === undefined
        ? undefined
        : { processId: row.process_id, seat: row.seat, pseudonym: row.pseudonym };
    },

    /** When the first link for this seat and holder was sent (ISO time), or undefined if none was. */
    firstSentAt(processId: string, seat: number, pseudonym: string): string | undefined {
      const row = selectFirstSent.get(processId, seat, pseudonym) as { at: string | null };
      return row.at ?? undefined;
    },
  };
}

export type InvitationsRepository = ReturnType<typeof createInvitationsRepository>;
