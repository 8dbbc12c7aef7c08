// The signed-in organiser's session as seen by the console's pages: signing out, and noticing that the
// server no longer accepts the session (expired or closed elsewhere).

import { createContext, useContext } from 'react';
import type { AccountView } from '../../../shared/api/contract';

/** The signed-in account, as the session route describes it (the HTTP contract's AccountView). */
export type SignedInAccount = AccountView;

export interface OrganiserSession {
  /** Who is signed in (absent only in tests that render pages without a session). */
  account?: SignedInAccount;
  /** Closes the session on the server, then shows the sign-in form. */
  signOut: () => Promise<void>;
  /** Called when the API answers UNAUTHENTICATED: shows the sign-in form with an explanation. */
  expire: () => void;
}

export const OrganiserSessionContext = createContext<OrganiserSession | null>(null);

/** The current session, or null outside <SignInGate> (the sign-in forms themselves). */
export function useOrganiserSession(): OrganiserSession | null {
  return useContext(OrganiserSessionContext);
}
