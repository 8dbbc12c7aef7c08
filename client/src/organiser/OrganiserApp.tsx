import type { ReactNode } from 'react';
import { matchPath } from '../routing/router';
import './organiser.css';
import { OrganiserNotFound } from './OrganiserNotFound';
import { ProcessList } from './ProcessList';
import { ProcessPage } from './ProcessPage';
import { SignInGate } from './SignInGate';

/** The organiser console, for every path under /organiser: sign-in first, then the list or one process. */
export function OrganiserApp({ path }: { path: string }) {
  const processRoute = matchPath('/organiser/p/:id', path);
  const processId = processRoute?.['id'];
  let page: ReactNode;
  if (processId !== undefined) page = <ProcessPage key={processId} processId={processId} />;
  else if (matchPath('/organiser', path) !== undefined) page = <ProcessList />;
  else page = <OrganiserNotFound />;
  return <SignInGate>{page}</SignInGate>;
}
