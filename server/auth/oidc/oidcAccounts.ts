// The port through which OpenID Connect sign-in reaches the accounts: it finds an account, it never creates
// one. The accounts module implements it; tests implement it over a map.

/** What OpenID Connect sign-in needs from the accounts. */
export interface OidcAccounts {
  /**
   * The active (not disabled) account whose e-mail is `email`, compared case-insensitively; undefined
   * when there is none. The caller passes the address as the provider gave it.
   */
  findActiveByEmail(email: string): { id: string | number } | undefined;
  /** Opens a session for the account; `token` goes into the `kl_session` cookie. */
  openSession(accountId: string | number): { token: string; expiresAt: Date };
}
