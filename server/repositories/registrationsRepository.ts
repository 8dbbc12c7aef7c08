// The private tables of stage one's registration: `stage_one_draws` (the record the organiser uploaded),
// `stage_one_invitees` (its picks: register id and stratum), `registration_forms` (eligibility sentence,
// attributes asked, closing) and `registrations` (an invitee's contact details and attributes: personal
// data, never logged, never published). Every SQL statement on these tables lives here; callers open the
// transactions.

import type { Db } from '../db/openDatabase';

export interface FormAttribute {
  category: string;
  values: string[];
}

export interface RegistrationForm {
  eligibility: string;
  attributes: FormAttribute[];
  closedAt: string | null;
}

export interface RegistrationRow {
  registerId: string;
  name: string;
  email: string;
  phone: string | null;
  attributes: Record<string, string>;
  language: 'fr' | 'en';
  registeredAt: string;
}

export interface StratumResponse {
  stratum: string;
  invited: number;
  registered: number;
}

export function createRegistrationsRepository(db: Db) {
  const putDraw = db.prepare(
    `INSERT INTO stage_one_draws (process_id, record, accepted_at) VALUES (?, ?, ?)
     ON CONFLICT (process_id) DO UPDATE SET record = excluded.record, accepted_at = excluded.accepted_at`,
  );
  const selectProtocol = db.prepare<[string], { protocol: string | null }>(
    "SELECT json_extract(record, '$.protocol') AS protocol FROM stage_one_draws WHERE process_id = ?",
  );
  const selectRecord = db.prepare<[string], { record: string }>(
    'SELECT record FROM stage_one_draws WHERE process_id = ?',
  );
  const selectRegisteredIds = db.prepare<[string], { register_id: string }>(
    'SELECT register_id FROM registrations WHERE process_id = ?',
  );
  const deleteInvitees = db.prepare('DELETE FROM stage_one_invitees WHERE process_id = ?');
  const insertInvitee = db.prepare(
    'INSERT INTO stage_one_invitees (process_id, register_id, stratum) VALUES (?, ?, ?)',
  );
  const selectInviteeIds = db.prepare<[string], { register_id: string }>(
    'SELECT register_id FROM stage_one_invitees WHERE process_id = ? ORDER BY register_id',
  );
  const selectForm = db.prepare<
    [string],
    { eligibility: string; attributes: string; closed_at: string | null }
  >('SELECT eligibility, attributes, closed_at FROM registration_forms WHERE process_id = ?');
  const putForm = db.prepare(
    `INSERT INTO registration_forms (process_id, eligibility, attributes) VALUES (?, ?, ?)
     ON CONFLICT (process_id) DO UPDATE SET eligibility = excluded.eligibility,
       attributes = excluded.attributes`,
  );
  const closeForm = db.prepare(
    'UPDATE registration_forms SET closed_at = ? WHERE process_id = ? AND closed_at IS NULL',
  );
  const insertRegistration = db.prepare(
    `INSERT INTO registrations
       (process_id, register_id, name, email, phone, attributes, language, registered_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectRegistrations = db.prepare<
    [string],
    {
      register_id: string;
      name: string;
      email: string;
      phone: string | null;
      attributes: string;
      language: string;
      registered_at: string;
    }
  >(
    `SELECT register_id, name, email, phone, attributes, language, registered_at
       FROM registrations WHERE process_id = ? ORDER BY register_id`,
  );
  const responses = db.prepare<[string], { stratum: string; invited: number; registered: number }>(
    `SELECT i.stratum AS stratum, COUNT(*) AS invited, COUNT(r.register_id) AS registered
       FROM stage_one_invitees i
       LEFT JOIN registrations r ON r.process_id = i.process_id AND r.register_id = i.register_id
      WHERE i.process_id = ? GROUP BY i.stratum ORDER BY i.stratum`,
  );

  return {
    /** Replaces the process's stage-one record and its picks. */
    replaceDraw(
      processId: string,
      record: string,
      at: string,
      picks: readonly { registerId: string; stratum: string }[],
    ): void {
      putDraw.run(processId, record, at);
      deleteInvitees.run(processId);
      for (const pick of picks) insertInvitee.run(processId, pick.registerId, pick.stratum);
    },

    /** The protocol of the stage-one record kept, if any. */
    drawProtocol(processId: string): string | undefined {
      return selectProtocol.get(processId)?.protocol ?? undefined;
    },

    /** The stage-one record kept (its JSON text as uploaded), if any. */
    drawRecord(processId: string): string | undefined {
      return selectRecord.get(processId)?.record;
    },

    /** The register ids of everyone who registered. */
    registeredIds(processId: string): string[] {
      return selectRegisteredIds.all(processId).map((row) => row.register_id);
    },

    /** The picked register ids, in canonical (byte) order. */
    inviteeIds(processId: string): string[] {
      return selectInviteeIds.all(processId).map((row) => row.register_id);
    },

    form(processId: string): RegistrationForm | undefined {
      const row = selectForm.get(processId);
      return row === undefined
        ? undefined
        : {
            eligibility: row.eligibility,
            attributes: JSON.parse(row.attributes) as FormAttribute[],
            closedAt: row.closed_at,
          };
    },

    saveForm(processId: string, eligibility: string, attributes: readonly FormAttribute[]): void {
      putForm.run(processId, eligibility, JSON.stringify(attributes));
    },

    /** Closes registration; false when it was closed already. */
    close(processId: string, at: string): boolean {
      return closeForm.run(at, processId).changes === 1;
    },

    insert(processId: string, row: RegistrationRow): void {
      insertRegistration.run(
        processId,
        row.registerId,
        row.name,
        row.email,
        row.phone,
        JSON.stringify(row.attributes),
        row.language,
        row.registeredAt,
      );
    },

    /** Every registration of a process, by register id. */
    all(processId: string): RegistrationRow[] {
      return selectRegistrations.all(processId).map((row) => ({
        registerId: row.register_id,
        name: row.name,
        email: row.email,
        phone: row.phone,
        attributes: JSON.parse(row.attributes) as Record<string, string>,
        language: row.language === 'en' ? 'en' : 'fr',
        registeredAt: row.registered_at,
      }));
    },

    /**
     * Erasure: deletes the process's registrations (contact details and answers). The stage-one record
     * and its picks stay: they are public (pseudonymous ids) and the stage-two commitment names the record.
     */
    eraseProcess(processId: string): number {
      return db.prepare('DELETE FROM registrations WHERE process_id = ?').run(processId).changes;
    },

    /** Invited and registered counts by stratum (aggregates only). */
    responsesByStratum(processId: string): StratumResponse[] {
      return responses.all(processId);
    },
  };
}

export type RegistrationsRepository = ReturnType<typeof createRegistrationsRepository>;
