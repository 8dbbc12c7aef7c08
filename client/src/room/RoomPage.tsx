import { useEffect, useState } from 'react';
import type { Criterion } from '../../../shared/process/processEvents';
import { apiGet } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { Link } from '../routing/Link';
import { DiscussionTools } from './DiscussionTools';
import { DisplayNameForm } from './DisplayNameForm';
import { OpenRoomForm } from './OpenRoomForm';
import { ProjectorLinkControls } from './ProjectorLinkControls';
import { PublishedNotice } from './PublishedNotice';
import { WithheldNotice } from './WithheldNotice';
import { RevealPanel } from './RevealPanel';
import { RulePanel } from './RulePanel';
import { ScoringForm } from './ScoringForm';
import { allowedNextPhases } from '../../../shared/deliberation/roomState';
import { useAnnouncements } from './useAnnouncements';
import { useRoom } from './useRoom';

/** /salle/<process>: the live room for the facilitator (organiser session) and jurors (their invitation). */
export function RoomPage({ processId }: { processId: string }) {
  const { t } = useI18n();
  const room = useRoom(processId);
  const view = room.view;
  const announcement = useAnnouncements(view);
  const [reading, setReading] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const report = async (answer: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const result = await answer;
    setProblem(result.ok ? undefined : result.error?.message);
  };

  const live = (
    <div role="status" aria-live="polite" className="sr-announce">
      {announcement}
    </div>
  );
  if (room.error?.code === 'TRANSITION_REFUSED' && view === undefined) {
    return (
      <article>
        <h1>{t('room.title')}</h1>
        <p>{t('room.notOpen')}</p>
        <FacilitatorOpen processId={processId} room={room} />
      </article>
    );
  }
  if (room.error !== undefined && view === undefined)
    return <p role="alert">{t('room.error', { message: room.error.message })}</p>;
  if (view === undefined) return <p role="status">{t('room.connecting')}</p>;

  const role = view.role;
  const current = view.current;
  const shownId = reading ?? current?.dossierId;
  const shown = view.dossiers.find((d) => d.id === shownId);
  const mySeat = role.kind === 'juror' ? role.seat : undefined;
  const myConflicts = mySeat === undefined ? [] : (view.conflicts[String(mySeat)] ?? []);
  const isConflicted = current !== undefined && myConflicts.includes(current.dossierId);

  return (
    <article className="room">
      <h1>{view.title}</h1>
      {live}
      {!room.connected && (
        <p className="verdict failed" role="alert">
          {t('room.offline')}
        </p>
      )}
      <p>
        {role.kind === 'facilitator'
          ? t('room.role.facilitator')
          : role.kind === 'juror'
            ? t('room.role.juror', { seat: role.seat })
            : t('room.role.observer')}
      </p>
      {role.kind === 'juror' && (
        <DisplayNameForm
          view={view}
          onSave={async (name) => {
            const answer = await room.rename(name);
            setProblem(answer.ok ? undefined : answer.error.message);
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
      {view.withheld !== undefined && <WithheldNotice progress={view.withheld} />}
      {view.publishedAt !== undefined && (
        <PublishedNotice processId={processId} publishedAt={view.publishedAt} />
      )}
      {problem !== undefined && (
        <p role="alert" className="verdict failed">
          {problem}
        </p>
      )}
      <div className="room-grid">
        <nav aria-labelledby="agenda-heading" className="agenda">
          <h2 id="agenda-heading">{t('room.agenda')}</h2>
          <ol>
            {view.dossiers.map((dossier) => (
              <li
                key={dossier.id}
                aria-current={dossier.id === current?.dossierId ? 'true' : undefined}
              >
                <strong>{dossier.title}</strong>{' '}
                {dossier.id === current?.dossierId && (
                  <span className="badge">{t('room.agenda.current')}</span>
                )}
                <div className="actions">
                  <button
                    type="button"
                    onClick={() =>
                      setReading(dossier.id === current?.dossierId ? undefined : dossier.id)
                    }
                  >
                    {t('room.agenda.read')}
                  </button>
                  {role.kind === 'facilitator' && dossier.id !== current?.dossierId && (
                    <button type="button" onClick={() => void report(room.move(dossier.id))}>
                      {t('room.agenda.move')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ol>
        </nav>
        <div className="stage">
          {reading !== undefined && reading !== current?.dossierId && (
            <p className="notice">
              {t('room.reading')}{' '}
              <button type="button" onClick={() => setReading(undefined)}>
                {t('room.backToRoom')}
              </button>
            </p>
          )}
          {shown === undefined ? (
            <p>{t('room.none')}</p>
          ) : (
            <section aria-labelledby="dossier-heading">
              <h2 id="dossier-heading">{shown.title}</h2>
              <p>{shown.pitch}</p>
              <p>
                {shown.sector} — {shown.territory}
              </p>
              {mySeat !== undefined &&
                !myConflicts.includes(shown.id) &&
                !scoringBegun(view, shown.id) && (
                  <button type="button" onClick={() => void report(room.declareConflict(shown.id))}>
                    {t('room.conflict.declare')}
                  </button>
                )}
              {mySeat !== undefined && myConflicts.includes(shown.id) && (
                <p className="notice">{t('room.conflict.declared')}</p>
              )}
            </section>
          )}
          {current !== undefined && (
            <p className="phase">
              {current.phase === undefined
                ? t('room.phase.none')
                : t('room.phase', {
                    phase: t(`room.phase.${current.phase}`),
                    round: current.round,
                  })}
            </p>
          )}
          {view.progress !== undefined && <p>{t('room.progress', view.progress)}</p>}
          {role.kind === 'facilitator' && (
            <div className="actions">
              {allowedNextPhases(view).map((next) => (
                <button
                  key={`${next.phase}-${next.round}`}
                  type="button"
                  className="primary"
                  onClick={() => void report(room.startPhase(next.phase))}
                >
                  {t('room.next', { phase: t(`room.phase.${next.phase}`), round: next.round })}
                </button>
              ))}
            </div>
          )}
          {current !== undefined && (
            <DiscussionTools view={view} room={room} onProblem={setProblem} />
          )}
          {mySeat !== undefined && current?.phase === 'scoring' && !isConflicted && (
            <ScoringForm
              view={view}
              disabled={!room.connected}
              onSubmit={async (ballot) => {
                const answer = await room.submit(ballot);
                setProblem(answer.ok ? undefined : answer.error.message);
                return answer.ok ? answer.data.seal : undefined;
              }}
            />
          )}
          {view.revealed
            .filter((result) => result.dossierId === (shownId ?? ''))
            .map((result) => (
              <RevealPanel
                key={`${result.dossierId}-${result.round}`}
                view={view}
                result={result}
              />
            ))}
          {role.kind === 'facilitator' && (
            <section aria-labelledby="conflicts-heading">
              <h2 id="conflicts-heading">{t('room.conflicts')}</h2>
              {Object.keys(view.conflicts).length === 0 ? (
                <p>{t('room.conflicts.none')}</p>
              ) : (
                <ul>
                  {Object.entries(view.conflicts).map(([seat, dossiers]) => (
                    <li key={seat}>
                      {t('room.conflicts.seat', { seat, dossiers: dossiers.join(', ') })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      </div>
      <RulePanel view={view} />
    </article>
  );
}

/** Conflicts must be declared before a dossier's scoring starts (the server refuses them after). */
function scoringBegun(
  view: NonNullable<ReturnType<typeof useRoom>['view']>,
  dossierId: string,
): boolean {
  const current = view.current;
  const inScoringNow =
    current?.dossierId === dossierId &&
    (current.phase === 'scoring' || current.phase === 'reveal' || current.round > 1);
  return inScoringNow || view.revealed.some((result) => result.dossierId === dossierId);
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
  useEffect(() => {
    apiGet<{ organiser: boolean }>('/api/auth/session')
      .then((session) => setIsOrganiser(session.organiser))
      .catch(() => setIsOrganiser(false));
    apiGet<{ settings: { criteria: Criterion[] } }>(
      `/api/public/processes/${encodeURIComponent(processId)}`,
    )
      .then((process) => setCriteria(process.settings.criteria))
      .catch(() => setCriteria(null));
  }, [processId]);
  if (!isOrganiser) return null;
  if (criteria === undefined) return <p role="status">{t('room.open.criteriaLoading')}</p>;
  return (
    <OpenRoomForm
      criteria={criteria}
      onOpen={async (scale, secondRound, rule, confidential) => {
        const answer = await room.open(scale, secondRound, rule, confidential);
        return answer.ok ? { ok: true } : answer;
      }}
    />
  );
}
