// The `account_links` table: invitation and password-reset links of console accounts, single use, only
// the token's SHA-256 kept. What a link opens and how long it lives is server/accounts/accountLinks.ts's.
// Every SQL statement on this table lives here; callers open the transactions.

import type { Db } from '../db/openDatabase';

export type AccountLinkKind = 'invitation' | 'reset';

export interface AccountLinkRow {
  kind: AccountLinkKind;
  accountId: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export function createAccountLinksRepository(db: Db) {
  const insert = db.prepare(
    `INSERT INTO account_links (token_hash, kind, account_id, created_by, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(
    'SELECT kind, account_id, created_by, created_at, expires_at, used_at FROM account_links WHERE token_hash = ?',
  );
  const spend = db.prepare(
    'UPDATE account_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
  );
  const spendAllOf = db.prepare(
    'UPDATE account_links SET used_at = ? WHERE account_id = ? AND used_at IS NULL',
  );

  return {
    insert(tokenHash: string, link: Omit<AccountLinkRow, 'usedAt'>): void {
      insert.run(
        tokenHash,
        link.kind,
        link.accountId,
        link.createdBy,
        link.createdAt,
        link.expiresAt,
      );
    },

    /** The link stored under a token hash, used or not, or undefined. */
    findByTokenHash(tokenHash: string): AccountLinkRow | undefined {
      const row = select.get(tokenHash) as
        | {
            kind: AccountLinkKind;
            account_id: string;
            created_by: string;
            created_at: string;
            expires_at: string;
            used_at: string | null;
          }
        | undefined;
      return row === undefined
        ? undefined
        : {
            kind: row.kind,
            accountId: row.account_id,
            createdBy: row.created_by,
            createdAt: row.created_at,
            expiresAt: row.expires_at,
            usedAt: row.used_at,
          };
    },

    /** Spends one unused link; false when it was already used. */
    spend(tokenHash: string, at: string): boolean {
      return spend.run(at, tokenHash).changes === 1;
    },

    /** Spends every unused link of an account. */
    spendAllOf(accountId: string, at: string): void {
      spendAllOf.run(at, accountId);
    },
  };
}

export type AccountLinksRepository = ReturnType<typeof createAccountLinksRepository>;
