// Invitation and password-reset links of console accounts: 256 random bits, only their SHA-256 kept,
// single use, valid 7 days. Owns the table account_links; the accounts module decides what a link opens.

import type { Db } from '../db/openDatabase';
import { hashToken, newToken } from '../auth/tokens';
import type { Clock, Random } from '../ports';

export const LINK_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export type AccountLinkKind = 'invitation' | 'reset';

export interface StoredLink {
  kind: AccountLinkKind;
  accountId: string;
}

export function createAccountLinks(db: Db, clock: Clock, random: Random, publicUrl: () => string) {
  const insert = db.prepare(
    `INSERT INTO account_links (token_hash, kind, account_id, created_by, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const find = db.prepare('SELECT * FROM account_links WHERE token_hash = ?');
  const spend = db.prepare(
    'UPDATE account_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
  );
  const spendAllOf = db.prepare(
    'UPDATE account_links SET used_at = ? WHERE account_id = ? AND used_at IS NULL',
  );
  return {
    /** A new link for the account; call it inside the transaction that mails it. */
    create(kind: AccountLinkKind, accountId: string, actorId: string) {
      const token = newToken(random);
      const createdAt = clock.now();
      const expiresAt = new Date(createdAt.getTime() + LINK_LIFETIME_MS);
      insert.run(
        hashToken(token),
        kind,
        accountId,
        actorId,
        createdAt.toISOString(),
        expiresAt.toISOString(),
      );
      return { token, url: `${publicUrl()}/organiser/compte/${token}`, expiresAt };
    },
    /** The unused, unexpired link behind `token`, or undefined. */
    live(token: string): StoredLink | undefined {
      const link = find.get(hashToken(token)) as
        | { kind: AccountLinkKind; account_id: string; expires_at: string; used_at: string | null }
        | undefined;
      if (
        link === undefined ||
        link.used_at !== null ||
        Date.parse(link.expires_at) <= clock.now().getTime()
      )
        return undefined;
      return { kind: link.kind, accountId: link.account_id };
    },
    /** Spends one link; false when it was already used (a concurrent use). */
    spend: (token: string): boolean =>
      spend.run(clock.now().toISOString(), hashToken(token)).changes === 1,
    /** Spends every unused link of the account (a new reset link, a disabled account). */
    spendAllOf(accountId: string): void {
      spendAllOf.run(clock.now().toISOString(), accountId);
    },
  };
}
