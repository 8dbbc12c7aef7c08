import { HomePage } from './home/HomePage';
import { PageLayout } from './layout/PageLayout';
import { PageLoading } from './layout/PageLoading';
import { matchPath, usePath } from './routing/router';
import { lazy, Suspense } from 'react';
import { DemoBanner } from './demo/DemoBanner';

// Each page is its own chunk: a volunteer opening a public page does not download the console, the
// verifiers' cryptography or the charts.
const InvitationPage = lazy(() =>
  import('./invitation/InvitationPage').then((module) => ({ default: module.InvitationPage })),
);
const OrganiserApp = lazy(() =>
  import('./organiser/OrganiserApp').then((module) => ({ default: module.OrganiserApp })),
);
const PublicProcessPage = lazy(() =>
  import('./public/PublicProcessPage').then((module) => ({ default: module.PublicProcessPage })),
);
const ApplicationStatusPage = lazy(() =>
  import('./calls/ApplicationStatusPage').then((module) => ({
    default: module.ApplicationStatusPage,
  })),
);
const CallPage = lazy(() =>
  import('./calls/CallPage').then((module) => ({ default: module.CallPage })),
);
const ProcesVerbalPage = lazy(() =>
  import('./results/ProcesVerbalPage').then((module) => ({ default: module.ProcesVerbalPage })),
);
const ReviewerPage = lazy(() =>
  import('./review/ReviewerPage').then((module) => ({ default: module.ReviewerPage })),
);
const ResultsPage = lazy(() =>
  import('./results/ResultsPage').then((module) => ({ default: module.ResultsPage })),
);
const ProjectorPage = lazy(() =>
  import('./room/ProjectorPage').then((module) => ({ default: module.ProjectorPage })),
);
const RoomPage = lazy(() =>
  import('./room/RoomPage').then((module) => ({ default: module.RoomPage })),
);
const LotteryPage = lazy(() =>
  import('./verifier/LotteryPage').then((module) => ({ default: module.LotteryPage })),
);
const VerifierPage = lazy(() =>
  import('./verifier/VerifierPage').then((module) => ({ default: module.VerifierPage })),
);
const WitnessPage = lazy(() =>
  import('./witness/WitnessPage').then((module) => ({ default: module.WitnessPage })),
);

/** Routes: / (home), /verifier, /temoin (witness), /p/:id (public page), /p/:id/results, /p/:id/proces-verbal, /appel/:id (call for projects),
 * /candidature/:token (applicant), /relecture/:token (reviewer), /i/:token (invitation), /salle/:id (room, /projection), /organiser… */
export function App() {
  const path = usePath();
  const publicPage = matchPath('/p/:id', path);
  const results = matchPath('/p/:id/results', path) ?? matchPath('/p/:id/resultats', path);
  const record = matchPath('/p/:id/proces-verbal', path);
  const call = matchPath('/appel/:id', path);
  const application = matchPath('/candidature/:token', path);
  const reviewer = matchPath('/relecture/:token', path);
  const invitation = matchPath('/i/:token', path);
  const room = matchPath('/salle/:id', path);
  const projector = matchPath('/salle/:id/projection', path);
  let page;
  if (call !== undefined) page = <CallPage key={call['id']} callId={call['id'] as string} />;
  else if (application !== undefined)
    page = <ApplicationStatusPage token={application['token'] as string} />;
  else if (reviewer !== undefined) page = <ReviewerPage token={reviewer['token'] as string} />;
  else if (results !== undefined)
    page = <ResultsPage key={results['id']} processId={results['id'] as string} />;
  else if (record !== undefined)
    page = <ProcesVerbalPage key={record['id']} processId={record['id'] as string} />;
  else if (publicPage !== undefined)
    page = <PublicProcessPage key={publicPage['id']} processId={publicPage['id'] as string} />;
  else if (projector !== undefined) page = <ProjectorPage processId={projector['id'] as string} />;
  else if (room !== undefined)
    page = <RoomPage key={room['id']} processId={room['id'] as string} />;
  else if (invitation !== undefined)
    page = <InvitationPage token={invitation['token'] as string} />;
  else if (path === '/organiser' || path.startsWith('/organiser/'))
    page = <OrganiserApp path={path} />;
  else if (path === '/verifier') page = <VerifierPage />;
  else if (path === '/verifier/loterie') page = <LotteryPage />;
  else if (path === '/temoin') page = <WitnessPage />;
  else page = <HomePage />;
  // Every page of a demonstration process carries its banner (the invitation and verifier pages add theirs).
  const demoProcessId =
    (results ?? record ?? publicPage ?? projector ?? room)?.['id'] ??
    matchPath('/organiser/p/:id', path)?.['id'];
  return (
    <PageLayout>
      <DemoBanner processId={demoProcessId} />
      <Suspense fallback={<PageLoading />}>{page}</Suspense>
    </PageLayout>
  );
}
