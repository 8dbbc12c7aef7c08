// The `reviewers` table: a call's administration reviewers. Their access link is the credential (only
// its SHA-256 is kept); their name and address stay private and are erased with the call.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export interface ReviewerRecord {
  callId: string;
  reviewerId: string;
  name: string;
  email: string;
}

export function createReviewersRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO reviewers (call_id, reviewer_id, name, email, token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectByToken = db.prepare(
    'SELECT call_id, reviewer_id, name, email FROM reviewers WHERE token_hash = ?',
  );
  const selectOfCall = db.prepare(
    'SELECT call_id, reviewer_id, name, email FROM reviewers WHERE call_id = ? ORDER BY reviewer_id',
  );
  const selectEmails = db.prepare(
    "SELECT email FROM reviewers WHERE call_id = ? AND email <> '' ORDER BY reviewer_id",
  );
  const erase = db.prepare("UPDATE reviewers SET name = '', email = '' WHERE call_id = ?");

  type Row = { call_id: string; reviewer_id: string; name: string; email: string };
  const toRecord = (row: Row): ReviewerRecord => ({
    callId: row.call_id,
    reviewerId: row.reviewer_id,
    name: row.name,
    email: row.email,
  });

  return {
    /** Records a reviewer; `tokenHash` is the SHA-256 of the token in their link. */
    insert(reviewer: ReviewerRecord, tokenHash: string, createdAt: string): void {
      insert.run(
        reviewer.callId,
        reviewer.reviewerId,
        reviewer.name,
        reviewer.email,
        tokenHash,
        createdAt,
      );
    },

    /** The reviewer a link's token hash opens, or undefined. */
    findByTokenHash(tokenHash: string): ReviewerRecord | undefined {
      const row = selectByToken.get(tokenHash) as Row | undefined;
      return row === undefined ? undefined : toRecord(row);
    },

    /** A call's reviewers, by id. */
    ofCall(callId: string): ReviewerRecord[] {
      return (selectOfCall.all(callId) as Row[]).map(toRecord);
    },

    /** Erases a call's reviewers' names and addresses; returns the addresses and how many rows. */
    erase(callId: string): { erased: number; emails: string[] } {
      const emails = (selectEmails.all(callId) as { email: string }[]).map((row) => row.email);
      return { erased: erase.run(callId).changes, emails };
    },
  };
}

export type ReviewersRepository = ReturnType<typeof createReviewersRepository>;
