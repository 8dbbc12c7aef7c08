// The `reviews` table: each reviewer's review of an application in full (the call's log holds its
// digest); a reviewer's later review of the same application replaces the earlier one.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { Review } from '../../shared/calls/review';

export function createReviewsRepository(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO reviews (call_id, ref, reviewer_id, review, submitted_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (call_id, ref, reviewer_id) DO UPDATE SET review = excluded.review, submitted_at = excluded.submitted_at`,
  );
  const selectOfCall = db.prepare(
    'SELECT ref, reviewer_id, review FROM reviews WHERE call_id = ? ORDER BY ref, reviewer_id',
  );

  return {
    save(callId: string, ref: string, reviewerId: string, review: Review, at: string): void {
      upsert.run(callId, ref, reviewerId, JSON.stringify(review), at);
    },

    /** A call's reviews: application ref → reviewer id → review. */
    byRef(callId: string): Map<string, Map<string, Review>> {
      const map = new Map<string, Map<string, Review>>();
      for (const row of selectOfCall.all(callId) as {
        ref: string;
        reviewer_id: string;
        review: string;
      }[]) {
        const inner = map.get(row.ref) ?? new Map<string, Review>();
        inner.set(row.reviewer_id, JSON.parse(row.review) as Review);
        map.set(row.ref, inner);
      }
      return map;
    },
  };
}

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
