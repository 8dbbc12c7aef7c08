// The auth group's contract (server/http/authRoutes.ts): the console's session, its first start (the
// one-time setup token), e-mail + password (+ TOTP code) sign-in, sign-out, and the invitation and reset
// links. Sign-in attempts are rate-limited; a success sets the session cookie.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { defineContract } from '../route';
import { ACCOUNT, ACCOUNT_LINK, PUBLIC } from '../contractParts';
import { AccountView, Language } from './accounts.contract';
import { authEndpoints } from './auth.endpoints';

const Email = z.string().trim().min(3).max(254).email();
const Password = z.string().min(1).max(1024);
export const Setup = z.strictObject({
  token: z.string().trim().min(1).max(200),
  email: Email,
  name: z.string().trim().min(1).max(200),
  password: Password,
  language: Language.default('fr'),
});
export const Login = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: Password,
  code: z.string().trim().max(40).optional(),
});
export const UseLink = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  password: Password,
});

/** The answer of a sign-in: who is now signed in (the session cookie comes with it). */
export const SignedIn = z.object({ organiser: z.boolean(), account: AccountView });

/** The console's session as the sign-in gate reads it. */
export const Session = z.object({
  setupNeeded: z.boolean(),
  passwordSet: z.boolean(),
  organiser: z.boolean(),
  /** The processes whose room this account facilitates (facilitator role). */
  facilitates: z.array(z.string()),
  account: AccountView.nullable(),
});
export type Session = z.infer<typeof Session>;

export const authContract = defineContract(authEndpoints, {
  'auth.session': { roles: PUBLIC, response: Session, errors: [] },
  // First start: the token printed on the server's console creates the first administrator.
  'auth.setup': {
    roles: PUBLIC,
    rateLimited: true,
    body: Setup,
    response: SignedIn,
    errors: [ErrorCode.SetupTokenInvalid],
  },
  'auth.login': {
    roles: PUBLIC,
    rateLimited: true,
    body: Login,
    response: SignedIn,
    errors: [ErrorCode.BadCredentials, ErrorCode.TotpRequired, ErrorCode.TotpInvalid],
  },
  'auth.logout': {
    roles: ACCOUNT,
    response: z.object({ organiser: z.literal(false), account: z.null() }),
    errors: [],
  },
  'accountLinks.get': {
    roles: ACCOUNT_LINK,
    response: z.object({
      kind: z.enum(['invitation', 'reset']),
      email: z.string(),
      /** Empty until the invitation is accepted. */
      displayName: z.string(),
    }),
    errors: [ErrorCode.TokenInvalid],
  },
  // An invitation or reset link sets the password (and the name) and signs the person in.
  'accountLinks.use': {
    roles: ACCOUNT_LINK,
    rateLimited: true,
    body: UseLink,
    response: SignedIn,
    errors: [ErrorCode.TokenInvalid],
  },
});
