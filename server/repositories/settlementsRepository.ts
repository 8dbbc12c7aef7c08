// The `settlements` table: the organiser's settlement of an application, the reason text the applicant
// reads and, for an admissible one, the assessment the jury reads.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { Axis, Review } from '../../shared/calls/review';

export interface SettlementRecord {
  reasonText: string;
  /** The assessment as settled, or null when the consolidated reviews stand. */
  assessment: Pick<Review, Axis> | null;
}

export function createSettlementsRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO settlements (call_id, ref, reason_text, assessment) VALUES (?, ?, ?, ?)',
  );
  const select = db.prepare(
    'SELECT reason_text, assessment FROM settlements WHERE call_id = ? AND ref = ?',
  );

  return {
    insert(callId: string, ref: string, settlement: SettlementRecord): void {
      insert.run(
        callId,
        ref,
        settlement.reasonText,
        settlement.assessment === null ? null : JSON.stringify(settlement.assessment),
      );
    },

    find(callId: string, ref: string): SettlementRecord | undefined {
      const row = select.get(callId, ref) as
        { reason_text: string; assessment: string | null } | undefined;
      return row === undefined
        ? undefined
        : {
            reasonText: row.reason_text,
            assessment:
              row.assessment === null ? null : (JSON.parse(row.assessment) as Pick<Review, Axis>),
          };
    },
  };
}

export type SettlementsRepository = ReturnType<typeof createSettlementsRepository>;
