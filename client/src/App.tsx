import { lazy, Suspense, type ReactNode } from 'react';
import { matchPageRoute, matchPath } from '../../shared/pages/pageRoutes';
import { DemoBanner } from './demo/DemoBanner';
import { HomePage } from './home/HomePage';
import { NotFoundPage } from './layout/NotFoundPage';
import { PageLayout } from './layout/PageLayout';
import { PageLoading } from './layout/PageLoading';
import { isServedAsNotFound } from './layout/serviceIdentity';
import { usePath } from './routing/router';

// Each page is its own chunk: a volunteer opening a public page does not download the console, the
// verifiers' cryptography or the charts.
const InvitationPage = lazy(() =>
  import('./invitation/InvitationPage').then((module) => ({ default: module.InvitationPage })),
);
const OrganiserApp = lazy(() =>
  import('./console/OrganiserApp').then((module) => ({ default: module.OrganiserApp })),
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
const AccessibilityPage = lazy(() =>
  import('./about/AccessibilityPage').then((module) => ({ default: module.AccessibilityPage })),
);
const LegalNoticePage = lazy(() =>
  import('./about/LegalNoticePage').then((module) => ({ default: module.LegalNoticePage })),
);
const PersonalDataPage = lazy(() =>
  import('./about/PersonalDataPage').then((module) => ({ default: module.PersonalDataPage })),
);
const SiteMapPage = lazy(() =>
  import('./about/SiteMapPage').then((module) => ({ default: module.SiteMapPage })),
);

/** The page for `path`, from the routes shared with the server (shared/pages/pageRoutes.ts). */
function pageFor(path: string): ReactNode {
  // The server answered 404 for this very path: an unknown process or call, said before any request.
  if (isServedAsNotFound(path)) return <NotFoundPage />;
  const match = matchPageRoute(path);
  if (match === undefined) return <NotFoundPage />;
  const id = match.params['id'] ?? '';
  const token = match.params['token'] ?? '';
  switch (match.route.name) {
    case 'home':
      return <HomePage />;
    case 'verifier':
      return <VerifierPage />;
    case 'lottery':
      return <LotteryPage />;
    case 'witness':
      return <WitnessPage />;
    case 'process':
      return <PublicProcessPage key={id} processId={id} />;
    case 'results':
      return <ResultsPage key={id} processId={id} />;
    case 'record':
      return <ProcesVerbalPage key={id} processId={id} />;
    case 'call':
      return <CallPage key={id} callId={id} />;
    case 'application':
      return <ApplicationStatusPage token={token} />;
    case 'reviewer':
      return <ReviewerPage token={token} />;
    case 'invitation':
      return <InvitationPage token={token} />;
    case 'room':
      return <RoomPage key={id} processId={id} />;
    case 'projector':
      return <ProjectorPage processId={id} />;
    case 'organiser':
      return <OrganiserApp path={path} />;
    case 'accessibility':
      return <AccessibilityPage />;
    case 'legal':
      return <LegalNoticePage />;
    case 'privacy':
      return <PersonalDataPage />;
    case 'sitemap':
      return <SiteMapPage />;
  }
}

/** Every page inside the frame; a path outside the shared routes shows the not-found page. */
export function App() {
  const path = usePath();
  const match = matchPageRoute(path);
  // Every page of a demonstration process carries its banner (the invitation and verifier pages add theirs).
  const showsProcess =
    match !== undefined &&
    ['process', 'results', 'record', 'room', 'projector'].includes(match.route.name) &&
    !isServedAsNotFound(path);
  const demoProcessId = showsProcess
    ? match.params['id']
    : matchPath('/organiser/p/:id', path)?.['id'];
  return (
    <PageLayout path={path}>
      <DemoBanner processId={demoProcessId} />
      <Suspense fallback={<PageLoading />}>{pageFor(path)}</Suspense>
    </PageLayout>
  );
}
