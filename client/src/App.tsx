import { Suspense, type ReactNode } from 'react';
import { matchPageRoute, matchPath } from '../../shared/pages/pageRoutes';
import { DemoBanner } from './demo/DemoBanner';
import { lazyPage } from './i18n/PageMessages';
import { HomePage } from './home/HomePage';
import { NotFoundPage } from './layout/NotFoundPage';
import { PageLayout } from './layout/PageLayout';
import { PageLoading } from './layout/PageLoading';
import { isServedAsNotFound } from './layout/serviceIdentity';
import { usePath } from './routing/router';

// Each page is its own chunk, with its own messages (i18n/messageAreas.ts names the same entry modules):
// a volunteer opening a public page does not download the console, the verifiers' cryptography, the
// charts or their text.
const InvitationPage = lazyPage('invitation', () =>
  import('./invitation/InvitationPage').then((module) => module.InvitationPage),
);
const RegistrationPage = lazyPage('registration', () =>
  import('./registration/RegistrationPage').then((module) => module.RegistrationPage),
);
const OrganiserApp = lazyPage('console', () =>
  import('./console/OrganiserApp').then((module) => module.OrganiserApp),
);
const PublicProcessPage = lazyPage('process', () =>
  import('./public/PublicProcessPage').then((module) => module.PublicProcessPage),
);
const ApplicationStatusPage = lazyPage('application', () =>
  import('./calls/ApplicationStatusPage').then((module) => module.ApplicationStatusPage),
);
const CallPage = lazyPage('call', () =>
  import('./calls/CallPage').then((module) => module.CallPage),
);
const ProcesVerbalPage = lazyPage('record', () =>
  import('./results/ProcesVerbalPage').then((module) => module.ProcesVerbalPage),
);
const ReviewerPage = lazyPage('reviewer', () =>
  import('./review/ReviewerPage').then((module) => module.ReviewerPage),
);
const ResultsPage = lazyPage('results', () =>
  import('./results/ResultsPage').then((module) => module.ResultsPage),
);
const ProjectorPage = lazyPage('projector', () =>
  import('./room/ProjectorPage').then((module) => module.ProjectorPage),
);
const RoomPage = lazyPage('room', () =>
  import('./room/RoomPage').then((module) => module.RoomPage),
);
const LotteryPage = lazyPage('lottery', () =>
  import('./verifier/LotteryPage').then((module) => module.LotteryPage),
);
const VerifierPage = lazyPage('verifier', () =>
  import('./verifier/VerifierPage').then((module) => module.VerifierPage),
);
const WitnessPage = lazyPage('witness', () =>
  import('./witness/WitnessPage').then((module) => module.WitnessPage),
);
const AccessibilityPage = lazyPage('accessibility', () =>
  import('./about/AccessibilityPage').then((module) => module.AccessibilityPage),
);
const LegalNoticePage = lazyPage('legal', () =>
  import('./about/LegalNoticePage').then((module) => module.LegalNoticePage),
);
const PersonalDataPage = lazyPage('privacy', () =>
  import('./about/PersonalDataPage').then((module) => module.PersonalDataPage),
);
const SiteMapPage = lazyPage('sitemap', () =>
  import('./about/SiteMapPage').then((module) => module.SiteMapPage),
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
    case 'registration':
      return <RegistrationPage />;
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
