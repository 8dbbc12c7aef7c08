// Who may call an HTTP route: the roles the contract (shared/api/contract.ts) names for each one.

export const Role = {
  Public: 'public',
  /** An account with the organiser role: runs processes and calls. */
  Organiser: 'organiser',
  /** A drawn juror: the invitation token in the path is the credential. */
  Invitee: 'invitee',
  /** A project's applicant: the private link's token in the path is the credential. */
  Applicant: 'applicant',
  /** An administration reviewer: the reviewer link's token in the path is the credential. */
  Reviewer: 'reviewer',
  /** An account with the administrator role: manages accounts, reads the audit trail. */
  Administrator: 'administrator',
  /** An account with the facilitator role: runs the rooms of the processes assigned to it. */
  Facilitator: 'facilitator',
  /** An account with the auditor role: read-only console, no personal data. */
  Auditor: 'auditor',
  /** Any signed-in account, whatever its roles (its own settings, sign-out). */
  Account: 'account',
  /** A person holding an account invitation or reset link: the token in the path is the credential. */
  AccountLink: 'accountLink',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** The roles an account can hold; a route naming one of them needs a session of such an account. */
export const ACCOUNT_ROLE_VALUES: readonly Role[] = [
  Role.Administrator,
  Role.Organiser,
  Role.Facilitator,
  Role.Auditor,
];

/** The roles a route accepts (any one is enough). */
export const rolesOf = (route: { role: Role | readonly Role[] }): readonly Role[] =>
  typeof route.role === 'string' ? [route.role] : route.role;
