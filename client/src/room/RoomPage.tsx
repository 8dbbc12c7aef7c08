import { useEffect, useState } from 'react';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import type { Criterion } from '../../../shared/process/processEvents';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { DemoRoomHint } from '../demo/DemoRoomHint';
import { serverErrorText } from '../api/serverErrors';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DiscussionTools } from './DiscussionTools';
import { DisplayNameForm } from './DisplayNameForm';
import { OpenRoomForm } from './OpenRoomForm';
import { ProjectorLinkControls } from './ProjectorLinkControls';
import { PublishedNotice } from './PublishedNotice';
import { WithheldNotice } from '../ui/WithheldNotice';
import { RevealPanel } from './RevealPanel';
import { RulePanel } from './RulePanel';
import { ScoringForm } from './ScoringForm';
import { allowedNextPhases } from '../../../shared/deliberation/roomState';
import { CurrentDossier } from './CurrentDossier';
import { DossierDrawer } from './DossierDrawer';
import { PhaseBanner } from './PhaseBanner';
import { RoomAgenda } from './RoomAgenda';
import { CURRENT_DOSSIER_ID, focusAnchor } from './roomAnchors';
import { useDossiers } from './useDossiers';
import './roomLayout.css';
import { useAnnouncements } from './useAnnouncements';
import { useRoom } from './useRoom';
import { seatTokenOfHash } from '../demo/seatLink';
import { FacilitatorConflicts } from '../seat/FacilitatorConflicts';
import { JurorConflict } from '../seat/JurorConflict';
import { JurorSessionNotice } from '../seat/JurorSessionNotice';
import { api } from '../api/api';

/** /salle/<process>: the live room for the facilitator (organiser session) and jurors (their invitation). */
export function RoomPage({ processId }: { processId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [seatToken] = useState(() => seatTokenOfHash(window.location.hash));
  const room = useRoom(processId, seatToken === undefined ? {} : { seatToken });
  const view = room.view;
  useAnnouncements(view);
  useDocumentTitle(
    view === undefined ? t('roomPage.titleLoading') : t('roomPage.title', { process: view.title }),
  );
  const dossiers = useDossiers(processId, view !== undefined);
  const [reading, setReading] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const report = async (answer: Promise<{ ok: boolean; error?: { code: string } }>) => {
    const result = await answer;
    setProblem(result.ok ? undefined : serverErrorText(t, result.error));
  };
  const reported = async <T extends { ok: boolean; error?: { code: string } }>(
    answer: Promise<T>,
  ): Promise<T> => {
    const result = await answer;
    setProblem(result.ok ? undefined : serverErrorText(t, result.error));
    return result;
  };

  if (room.error?.code === 'TRANSITION_REFUSED' && view === undefined) {
    return (
      <article>
        <h1>{t('room.title')}</h1>
        <p>{t('room.notOpen')}</p>
        <FacilitatorOpen processId={processId} room={room} />
      </article>
    );
  }
  if (room.error?.code === 'TOKEN_INVALID' && view === undefined)
    return <JurorSessionNotice processId={processId} role="refused" />;
  if (room.error !== undefined && view === undefined)
    return <p role="alert">{t('room.error', { message: serverErrorText(t, room.error) })}</p>;
  if (view === undefined) return <p role="status">{t('room.connecting')}</p>;

  const role = view.role;
  const current = view.current;
  const mySeat = role.kind === 'juror' ? role.seat : undefined;
  const myConflicts = mySeat === undefined ? [] : (view.conflicts[String(mySeat)] ?? []);
  const isConflicted = current !== undefined && myConflicts.includes(current.dossierId);
  const canScore = mySeat !== undefined && current?.phase === 'scoring' && !isConflicted;
  const readingSummary = view.dossiers.find((d) => d.id === reading);
  const move = (dossierId: string) => void report(room.move(dossierId));
  const revealsOf = (dossierId: string | undefined) =>
    view.revealed
      .filter((result) => result.dossierId === dossierId)
      .map((result) => (
        <RevealPanel key={`${result.dossierId}-${result.round}`} view={view} result={result} />
      ));

  return (
    <article className="room">
      <h1>{view.title}</h1>
      {!room.connected && (
        <Alert
          severity="warning"
          small
          role="alert"
          className="fr-mb-2w"
          description={t('room.offline')}
        />
      )}
      <JurorSessionNotice processId={processId} role={role.kind} />
      {view.withheld !== undefined && <WithheldNotice progress={view.withheld} />}
      {view.publishedAt !== undefined && (
        <PublishedNotice processId={processId} publishedAt={view.publishedAt} />
      )}
      <PhaseBanner view={view} canScore={canScore}>
        {role.kind === 'facilitator' && (
          <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-2w">
            {allowedNextPhases(view).map((next) => (
              <li key={`${next.phase}-${next.round}`}>
                <Button onClick={() => void report(room.startPhase(next.phase))}>
                  {t('room.next', { phase: t(`room.phase.${next.phase}`), round: next.round })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {view.progress !== undefined && (
          <p>
            {view.progress.eligible === 0
              ? t('room.progress.none')
              : tPlural(i18n, 'room.progress', view.progress.submitted, view.progress)}
          </p>
        )}
        {view.progress !== undefined && role.kind !== 'observer' && (
          <DemoRoomHint
            processId={processId}
            role={role.kind === 'facilitator' ? 'facilitator' : 'juror'}
          />
        )}
        {current?.phase === 'reveal' &&
          role.kind === 'facilitator' &&
          view.publishedAt === undefined && <DemoRoomHint processId={processId} role="publish" />}
      </PhaseBanner>
      {problem !== undefined && (
        <Alert severity="error" small role="alert" className="fr-mb-2w" description={problem} />
      )}
      <div className="room-grid">
        <div className="stage">
          <CurrentDossier view={view} full={dossiers}>
            {current !== undefined && (
              <JurorConflict
                view={view}
                dossierId={current.dossierId}
                onDeclare={(category) =>
                  reported(room.declareConflict(current.dossierId, category))
                }
                onWithdraw={() => reported(room.withdrawConflict(current.dossierId))}
              />
            )}
          </CurrentDossier>
          {canScore && (
            <ScoringForm
              view={view}
              disabled={!room.connected}
              onSubmit={async (ballot) => {
                const answer = await room.submit(ballot);
                setProblem(answer.ok ? undefined : serverErrorText(t, answer.error));
                return answer.ok ? answer.data.seal : undefined;
              }}
            />
          )}
          {revealsOf(current?.dossierId)}
          {current !== undefined && (
            <DiscussionTools view={view} room={room} onProblem={setProblem} />
          )}
          <FacilitatorConflicts view={view} />
        </div>
        <RoomAgenda
          view={view}
          onRead={(dossierId) =>
            dossierId === current?.dossierId
              ? focusAnchor(CURRENT_DOSSIER_ID)
              : setReading(dossierId)
          }
          onMove={move}
        />
      </div>
      {role.kind === 'juror' && (
        <DisplayNameForm
          view={view}
          onSave={async (name) => {
            const answer = await room.rename(name);
            setProblem(answer.ok ? undefined : serverErrorText(t, answer.error));
            return answer.ok;
          }}
        />
      )}
      {role.kind === 'facilitator' ? (
        <ProjectorLinkControls processId={processId} room={room} />
      ) : (
        <p>
          <Link href={`/salle/${processId}/projection`}>{t('room.projector')}</Link>
        </p>
      )}
      <RulePanel view={view} />
      {readingSummary !== undefined && (
        <DossierDrawer
          summary={readingSummary}
          full={dossiers}
          isInSession={readingSummary.id === current?.dossierId}
          onClose={() => setReading(undefined)}
        >
          <JurorConflict
            view={view}
            dossierId={readingSummary.id}
            onDeclare={(category) => reported(room.declareConflict(readingSummary.id, category))}
            onWithdraw={() => reported(room.withdrawConflict(readingSummary.id))}
          />
          {role.kind === 'facilitator' && readingSummary.id !== current?.dossierId && (
            <p>
              <Button
                priority="secondary"
                onClick={() => {
                  setReading(undefined);
                  move(readingSummary.id);
                }}
              >
                {t('room.agenda.move')}
              </Button>
            </p>
          )}
          {revealsOf(readingSummary.id)}
        </DossierDrawer>
      )}
    </article>
  );
}

/**
 * Shown while the room is closed: only the signed-in organiser gets the form to open it, with the process's
 * criteria for the weights (null when they could not be loaded: the form then keeps every weight at 1).
 */
function FacilitatorOpen({
  processId,
  room,
}: {
  processId: string;
  room: ReturnType<typeof useRoom>;
}) {
  const { t } = useI18n();
  const [isOrganiser, setIsOrganiser] = useState(false);
  const [criteria, setCriteria] = useState<readonly Criterion[] | null | undefined>();
  const [seats, setSeats] = useState<number | undefined>();
  useEffect(() => {
    api('auth.session')
      // An organiser, or a facilitator account assigned to this process.
      .then((session) =>
        setIsOrganiser(session.organiser || session.facilitates.includes(processId)),
      )
      .catch(() => setIsOrganiser(false));
    api('public.process', { params: { id: processId } })
      .then((process) => {
        setCriteria(process.settings.criteria);
        setSeats(process.settings.seats);
      })
      .catch(() => setCriteria(null));
  }, [processId]);
  if (!isOrganiser) return null;
  if (criteria === undefined) return <p role="status">{t('room.open.criteriaLoading')}</p>;
  return (
    <OpenRoomForm
      criteria={criteria}
      seats={seats}
      onOpen={async (scale, secondRound, rule, confidential) => {
        const answer = await room.open(scale, secondRound, rule, confidential);
        return answer.ok ? { ok: true } : answer;
      }}
    />
  );
}
