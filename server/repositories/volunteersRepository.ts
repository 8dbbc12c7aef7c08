// The `volunteers` table: the imported pool with each volunteer's personal data (name, address, phone,
// attribute columns). Personal data: never copied into an event payload. The pseudonym and the pool
// position are public (the draw record's Merkle leaves) and survive erasure.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { MailLanguage } from '../mail/mailQueue';
import type { PoolVolunteer } from '../../shared/stratify/poolRespondents';

/** One volunteer as imported from the CSV, with the pseudonym and pool position the import assigned. */
export interface VolunteerRecord {
  pseudonym: string;
  poolIndex: number;
  /** The CSV line, for messages that point the organiser back to the file. */
  line: number;
  name: string;
  email: string;
  phone: string | null;
  attributes: Record<string, string>;
  language: MailLanguage;
}

/** What a mail to a volunteer needs. An erased volunteer has an empty `email`. */
export interface VolunteerContact {
  pseudonym: string;
  poolIndex: number;
  name: string;
  email: string;
  language: MailLanguage;
}

interface ContactRow {
  pseudonym: string;
  pool_index: number;
  name: string;
  email: string;
  language: MailLanguage;
}

const toContact = (row: ContactRow): VolunteerContact => ({
  pseudonym: row.pseudonym,
  poolIndex: row.pool_index,
  name: row.name,
  email: row.email,
  language: row.language,
});

export function createVolunteersRepository(db: Db) {
  const deleteOfProcess = db.prepare('DELETE FROM volunteers WHERE process_id = ?');
  const insert = db.prepare(
    'INSERT INTO volunteers (process_id, pseudonym, pool_index, line, name, email, phone, attributes, language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const selectContact = db.prepare(
    'SELECT pseudonym, pool_index, name, email, language FROM volunteers WHERE process_id = ? AND pseudonym = ?',
  );
  const selectContacts = db.prepare(
    'SELECT pseudonym, pool_index, name, email, language FROM volunteers WHERE process_id = ? ORDER BY pool_index',
  );
  const selectPseudonyms = db.prepare(
    'SELECT pseudonym FROM volunteers WHERE process_id = ? ORDER BY pool_index',
  );
  const selectPool = db.prepare(
    'SELECT pseudonym, line, attributes FROM volunteers WHERE process_id = ? ORDER BY pool_index',
  );
  const selectEmails = db.prepare(
    "SELECT email FROM volunteers WHERE process_id = ? AND email <> '' ORDER BY pool_index",
  );
  const erase = db.prepare(
    "UPDATE volunteers SET name = '', email = '', phone = NULL, attributes = '{}' WHERE process_id = ?",
  );

  return {
    /** Replaces a process's whole pool (a draft's re-import). Call it inside the import's transaction. */
    replacePool(processId: string, volunteers: readonly VolunteerRecord[]): void {
      deleteOfProcess.run(processId);
      for (const v of volunteers)
        insert.run(
          processId,
          v.pseudonym,
          v.poolIndex,
          v.line,
          v.name,
          v.email,
          v.phone,
          JSON.stringify(v.attributes),
          v.language,
        );
    },

    /** One volunteer's contact, or undefined for an unknown pseudonym. */
    contact(processId: string, pseudonym: string): VolunteerContact | undefined {
      const row = selectContact.get(processId, pseudonym) as ContactRow | undefined;
      return row === undefined ? undefined : toContact(row);
    },

    /** Every volunteer's contact, in pool order. */
    contacts(processId: string): VolunteerContact[] {
      return (selectContacts.all(processId) as ContactRow[]).map(toContact);
    },

    /** The pool's pseudonyms in pool order (the Merkle leaves). */
    pseudonyms(processId: string): string[] {
      return (selectPseudonyms.all(processId) as { pseudonym: string }[]).map(
        (row) => row.pseudonym,
      );
    },

    /** The pool as the stratified draw reads it (id, CSV line, attribute columns), in pool order. */
    pool(processId: string): PoolVolunteer[] {
      return (
        selectPool.all(processId) as { pseudonym: string; line: number; attributes: string }[]
      ).map((row) => ({
        id: row.pseudonym,
        line: row.line,
        attributes: JSON.parse(row.attributes) as Record<string, string>,
      }));
    },

    /**
     * Erases the personal data of a process's volunteers; the pseudonym and pool position stay (they are
     * public). Returns the addresses erased and how many rows were touched.
     */
    erase(processId: string): { erased: number; emails: string[] } {
      const emails = (selectEmails.all(processId) as { email: string }[]).map((row) => row.email);
      return { erased: erase.run(processId).changes, emails };
    },
  };
}

export type VolunteersRepository = ReturnType<typeof createVolunteersRepository>;
