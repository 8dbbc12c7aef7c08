// Invitation and password-reset links of console accounts: 256 random bits, only their SHA-256 kept,
// single use, valid 7 days. The table account_links is kept by server/repositories/accountLinksRepository.ts;
// the accounts module decides what a link opens.

import type { Db } from '../db/openDatabase';
import { hashToken, newToken } from '../auth/tokens';
import type { Clock, Random } from '../ports';
import {
  createAccountLinksRepository,
  type AccountLinkKind,
} from '../repositories/accountLinksRepository';

export const LINK_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export type { AccountLinkKind };

export interface StoredLink {
  kind: AccountLinkKind;
  accountId: string;
}

export function createAccountLinks(db: Db, clock: Clock, random: Random, publicUrl: () => string) {
  const links = createAccountLinksRepository(db);
  return {
    /** A new link for the account; call it inside the transaction that mails it. */
    create(kind: AccountLinkKind, accountId: string, actorId: string) {
      const token = newToken(random);
      const createdAt = clock.now();
      const expiresAt = new Date(createdAt.getTime() + LINK_LIFETIME_MS);
      links.insert(hashToken(token), {
        kind,
        accountId,
        createdBy: actorId,
        createdAt: createdAt.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      return { token, url: `${publicUrl()}/organiser/compte/${token}`, expiresAt };
    },
    /** The unused, unexpired link behind `token`, or undefined. */
    live(token: string): StoredLink | undefined {
      const link = links.findByTokenHash(hashToken(token));
      if (
        link === undefined ||
        link.usedAt !== null ||
        Date.parse(link.expiresAt) <= clock.now().getTime()
      )
        return undefined;
      return { kind: link.kind, accountId: link.accountId };
    },
    /** Spends one link; false when it was already used (a concurrent use). */
    spend: (token: string): boolean => links.spend(hashToken(token), clock.now().toISOString()),
    /** Spends every unused link of the account (a new reset link, a disabled account). */
    spendAllOf(accountId: string): void {
      links.spendAllOf(accountId, clock.now().toISOString());
    },
  };
}
