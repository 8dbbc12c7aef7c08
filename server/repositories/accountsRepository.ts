// The `accounts` table: named console accounts (personal data: address and name), their password hash,
// roles, language, the second factor's sealed secret and last used step, and when they were disabled.
// What the rows mean (sign-in, invitations, roles) is server/accounts/accounts.ts's business.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';
import type { MailLanguage } from '../mail/mailQueue';

/** An account as stored (the roles as their JSON text, the TOTP secret sealed). */
export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  roles: string;
  language: MailLanguage;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  totp_last_step: number | null;
  created_at: string;
  disabled_at: string | null;
}

export function createAccountsRepository(db: Db) {
  const count = db.prepare('SELECT COUNT(*) AS n FROM accounts');
  const byId = db.prepare('SELECT * FROM accounts WHERE id = ?');
  const byEmail = db.prepare('SELECT * FROM accounts WHERE email = ?');
  const all = db.prepare('SELECT * FROM accounts ORDER BY created_at, email');
  const insert = db.prepare(
    `INSERT INTO accounts (id, email, display_name, password_hash, roles, language, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const setPassword = db.prepare(
    'UPDATE accounts SET password_hash = ?, display_name = ? WHERE id = ?',
  );
  const setRoles = db.prepare('UPDATE accounts SET roles = ? WHERE id = ?');
  const disable = db.prepare(
    'UPDATE accounts SET disabled_at = ? WHERE id = ? AND disabled_at IS NULL',
  );
  const setTotp = db.prepare(
    'UPDATE accounts SET totp_secret = ?, totp_enabled_at = ?, totp_last_step = NULL WHERE id = ?',
  );
  const totpStep = db.prepare('UPDATE accounts SET totp_last_step = ? WHERE id = ?');

  return {
    count: (): number => (count.get() as { n: number }).n,
    find: (id: string): AccountRow | undefined => byId.get(id) as AccountRow | undefined,
    /** The account with this address (compared without case), or undefined. */
    findByEmail: (email: string): AccountRow | undefined =>
      byEmail.get(email) as AccountRow | undefined,
    /** Every account, oldest first. */
    all: (): AccountRow[] => all.all() as AccountRow[],

    insert(account: {
      id: string;
      email: string;
      displayName: string;
      passwordHash: string | null;
      roles: readonly string[];
      language: MailLanguage;
      createdAt: string;
    }): void {
      insert.run(
        account.id,
        account.email,
        account.displayName,
        account.passwordHash,
        JSON.stringify(account.roles),
        account.language,
        account.createdAt,
      );
    },

    setPassword(id: string, passwordHash: string, displayName: string): void {
      setPassword.run(passwordHash, displayName, id);
    },

    setRoles(id: string, roles: readonly string[]): void {
      setRoles.run(JSON.stringify(roles), id);
    },

    /** Stamps the account disabled (once). */
    disable(id: string, at: string): void {
      disable.run(at, id);
    },

    /** Sets (or, with nulls, removes) the sealed TOTP secret; forgets the last used step. */
    setTotp(id: string, sealedSecret: string | null, enabledAt: string | null): void {
      setTotp.run(sealedSecret, enabledAt, id);
    },

    /** Records the time step of the last TOTP code accepted, so that it is not accepted again. */
    setTotpStep(id: string, step: number): void {
      totpStep.run(step, id);
    },
  };
}

export type AccountsRepository = ReturnType<typeof createAccountsRepository>;
