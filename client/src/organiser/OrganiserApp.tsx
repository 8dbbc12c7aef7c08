import type { ReactNode } from 'react';
import { matchPath } from '../routing/router';
import './organiser.css';
import { CallList } from './CallList';
import { OrganiserCallPage } from './OrganiserCallPage';
import { OrganiserNotFound } from './OrganiserNotFound';
import { ProcessList } from './ProcessList';
import { ProcessPage } from './ProcessPage';
import { SignInGate } from './SignInGate';

/**
 * The organiser console, for every path under /organiser: sign-in first, then the list of processes or
 * one process, or the calls for projects (/organiser/appels) or one call (/organiser/appels/:id).
 */
export function OrganiserApp({ path }: { path: string }) {
  const processId = matchPath('/organiser/p/:id', path)?.['id'];
  const callId = matchPath('/organiser/appels/:id', path)?.['id'];
  let page: ReactNode;
  if (processId !== undefined) page = <ProcessPage key={processId} processId={processId} />;
  else if (callId !== undefined) page = <OrganiserCallPage key={callId} callId={callId} />;
  else if (matchPath('/organiser/appels', path) !== undefined) page = <CallList />;
  else if (matchPath('/organiser', path) !== undefined) page = <ProcessList />;
  else page = <OrganiserNotFound />;
  return <SignInGate>{page}</SignInGate>;
}
