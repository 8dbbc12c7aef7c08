import { HomePage } from './home/HomePage';
import { InvitationPage } from './invitation/InvitationPage';
import { PageLayout } from './layout/PageLayout';
import { OrganiserApp } from './organiser/OrganiserApp';
import { PublicProcessPage } from './public/PublicProcessPage';
import { ApplicationStatusPage } from './calls/ApplicationStatusPage';
import { CallPage } from './calls/CallPage';
import { ProcesVerbalPage } from './results/ProcesVerbalPage';
import { ReviewerPage } from './review/ReviewerPage';
import { ResultsPage } from './results/ResultsPage';
import { ProjectorPage } from './room/ProjectorPage';
import { RoomPage } from './room/RoomPage';
import { matchPath, usePath } from './routing/router';
import { LotteryPage } from './verifier/LotteryPage';
import { VerifierPage } from './verifier/VerifierPage';
import { DemoBanner } from './demo/DemoBanner';
import { WitnessPage } from './witness/WitnessPage';

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
      {page}
    </PageLayout>
  );
}
