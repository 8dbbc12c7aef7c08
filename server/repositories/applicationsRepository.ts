// The `applications` table, with `application_links`: each application to a call as submitted, with the
// applicant's personal data (never copied into an event payload), and the further private links to its
// status page (hashed), such as the one in the decision mail; the link mailed on submission is the
// application's own token hash and keeps working beside them. The two tables live in one module because
// a link is only ever read joined to its application.
// Every SQL statement on these tables lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { ApplicationForm } from '../../shared/calls/applicationForm';
import type { MailLanguage } from '../mail/mailQueue';

/** A stored application. The contact fields are empty once erased. */
export interface ApplicationRecord {
  callId: string;
  ref: string;
  leadName: string;
  email: string;
  form: ApplicationForm;
  submittedAt: string;
  language: MailLanguage;
}

/** What a submission writes: the record, its first link's hash, and the duplicate-detection keys. */
export interface NewApplication extends ApplicationRecord {
  tokenHash: string;
  phone: string | null;
  /** The normalised project name and the SHA-256 of the normalised description. */
  nameKey: string;
  descriptionKey: string;
}

interface Row {
  call_id: string;
  ref: string;
  lead_name: string;
  email: string;
  form: string;
  submitted_at: string;
  language: MailLanguage;
}

const toRecord = (row: Row): ApplicationRecord => ({
  callId: row.call_id,
  ref: row.ref,
  leadName: row.lead_name,
  email: row.email,
  form: JSON.parse(row.form) as ApplicationForm,
  submittedAt: row.submitted_at,
  language: row.language,
});

export function createApplicationsRepository(db: Db) {
  const insert = db.prepare(
    'INSERT INTO applications (call_id, ref, token_hash, lead_name, email, phone, form, name_key, description_key, submitted_at, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const selectByName = db.prepare(
    'SELECT ref FROM applications WHERE call_id = ? AND name_key = ?',
  );
  const selectByDescription = db.prepare(
    'SELECT ref FROM applications WHERE call_id = ? AND description_key = ?',
  );
  // The link mailed on submission, or a later one (the decision mail's).
  const selectByToken = db.prepare(
    `SELECT * FROM applications WHERE token_hash = ?
     UNION ALL SELECT a.* FROM application_links l JOIN applications a USING (call_id, ref) WHERE l.token_hash = ?
     LIMIT 1`,
  );
  const insertLink = db.prepare(
    'INSERT INTO application_links (token_hash, call_id, ref, created_at) VALUES (?, ?, ?, ?)',
  );
  const selectByRef = db.prepare('SELECT * FROM applications WHERE call_id = ? AND ref = ?');
  const selectAll = db.prepare('SELECT * FROM applications WHERE call_id = ? ORDER BY ref');
  const selectEmails = db.prepare(
    "SELECT email FROM applications WHERE call_id = ? AND email <> '' ORDER BY ref",
  );
  const erase = db.prepare(
    "UPDATE applications SET lead_name = '', email = '', phone = NULL, form = json_remove(form, '$.leadName', '$.email', '$.phone') WHERE call_id = ?",
  );

  return {
    insert(application: NewApplication): void {
      insert.run(
        application.callId,
        application.ref,
        application.tokenHash,
        application.leadName,
        application.email,
        application.phone,
        JSON.stringify(application.form),
        application.nameKey,
        application.descriptionKey,
        application.submittedAt,
        application.language,
      );
    },

    /** The ref of an application to the call with the same project name key, or undefined. */
    refWithNameKey(callId: string, nameKey: string): string | undefined {
      return (selectByName.get(callId, nameKey) as { ref: string } | undefined)?.ref;
    },

    /** The ref of an application to the call with the same description key, or undefined. */
    refWithDescriptionKey(callId: string, descriptionKey: string): string | undefined {
      return (selectByDescription.get(callId, descriptionKey) as { ref: string } | undefined)?.ref;
    },

    /** Records a further link to an application's status page. */
    addLink(tokenHash: string, callId: string, ref: string, createdAt: string): void {
      insertLink.run(tokenHash, callId, ref, createdAt);
    },

    /** The application a link's token hash opens (the first link or a later one), or undefined. */
    findByTokenHash(tokenHash: string): ApplicationRecord | undefined {
      const row = selectByToken.get(tokenHash, tokenHash) as Row | undefined;
      return row === undefined ? undefined : toRecord(row);
    },

    find(callId: string, ref: string): ApplicationRecord | undefined {
      const row = selectByRef.get(callId, ref) as Row | undefined;
      return row === undefined ? undefined : toRecord(row);
    },

    /** Every application of a call, by ref. */
    all(callId: string): ApplicationRecord[] {
      return (selectAll.all(callId) as Row[]).map(toRecord);
    },

    /**
     * Erases the applicants' contact fields; the project itself (name, description…) is what the jury
     * judged and stays. Returns the addresses erased and how many rows were touched.
     */
    erase(callId: string): { erased: number; emails: string[] } {
      const emails = (selectEmails.all(callId) as { email: string }[]).map((row) => row.email);
      return { erased: erase.run(callId).changes, emails };
    },
  };
}

export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>;
