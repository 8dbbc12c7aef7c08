import type { ReactNode } from 'react';
import { matchPath } from '../routing/router';
import '../layout/organiser.css';
import { CallList } from '../organiser/CallList';
import { OrganiserCallPage } from './OrganiserCallPage';
import { OrganiserNotFound } from '../organiser/OrganiserNotFound';
import { ProcessList } from '../organiser/ProcessList';
import { ProcessPage } from './ProcessPage';
import { SignInGate } from './SignInGate';
import { useOrganiserSession } from '../session/organiserSession';
import { AccountLinkPage } from '../accounts/AccountLinkPage';
import { AccountsPage } from './AccountsPage';
import { MyAccountPage } from '../accounts/MyAccountPage';
import { OverviewPage } from '../accounts/OverviewPage';

/**
 * The organiser console, for every path under /organiser: sign-in first, then the list of processes or
 * one process, or the calls for projects (/organiser/appels) or one call (/organiser/appels/:id).
 */
export function OrganiserApp({ path }: { path: string }) {
  // An invitation or password link works without a session.
  const linkToken = matchPath('/organiser/compte/:token', path)?.['token'];
  if (linkToken !== undefined) return <AccountLinkPage key={linkToken} token={linkToken} />;
  return (
    <SignInGate>
      <ConsolePage path={path} />
    </SignInGate>
  );
}

/** The page for the signed-in account: what its roles allow (auditors and facilitators read only). */
function ConsolePage({ path }: { path: string }) {
  const roles = useOrganiserSession()?.account?.roles ?? [];
  if (matchPath('/organiser/mon-compte', path) !== undefined) return <MyAccountPage />;
  if (matchPath('/organiser/comptes', path) !== undefined && roles.includes('administrator'))
    return <AccountsPage />;
  if (!roles.includes('organiser'))
    return matchPath('/organiser', path) !== undefined ? <OverviewPage /> : <OrganiserNotFound />;
  const processId = matchPath('/organiser/p/:id', path)?.['id'];
  const callId = matchPath('/organiser/appels/:id', path)?.['id'];
  let page: ReactNode;
  if (processId !== undefined) page = <ProcessPage key={processId} processId={processId} />;
  else if (callId !== undefined) page = <OrganiserCallPage key={callId} callId={callId} />;
  else if (matchPath('/organiser/appels', path) !== undefined) page = <CallList />;
  else if (matchPath('/organiser', path) !== undefined) page = <ProcessList />;
  else page = <OrganiserNotFound />;
  return page;
}
