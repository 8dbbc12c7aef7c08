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
  /**
   * The account's own second factor (TOTP), asked after the provider's sign-in when the account has one:
   * signing in through the provider never skips it. Absent: no account has a second factor.
   */
  secondFactor?: {
    required(accountId: string | number): boolean;
    /** Checks a TOTP or recovery code (each usable once); false when wrong. */
    check(accountId: string | number, code: string): boolean;
  };
}
