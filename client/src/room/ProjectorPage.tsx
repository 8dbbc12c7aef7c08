import { useI18n } from '../i18n/useI18n';
import { DiscussionTimer } from './DiscussionTimer';
import { FloorStatus } from './FloorStatus';
import './projector.css';
import { RevealPanel } from './RevealPanel';
import { useAnnouncements } from './useAnnouncements';
import { useRoom } from './useRoom';

/** /salle/<process>/projection: the room's shared screen, as an observer: agenda, phase, progress, charts. */
export function ProjectorPage({ processId }: { processId: string }) {
  const { t } = useI18n();
  const room = useRoom(processId, { observer: true });
  const view = room.view;
  const announcement = useAnnouncements(view);
  if (view === undefined)
    return (
      <p role="status">{room.error === undefined ? t('room.connecting') : t('room.notOpen')}</p>
    );
  const current = view.current;
  const dossier = view.dossiers.find((d) => d.id === current?.dossierId);
  return (
    <article className="projector">
      <div role="status" aria-live="polite" className="sr-announce">
        {announcement}
      </div>
      <h1>{dossier?.title ?? view.title}</h1>
      {current?.phase !== undefined && (
        <p className="phase">
          {t('room.phase', { phase: t(`room.phase.${current.phase}`), round: current.round })}
        </p>
      )}
      <FloorStatus view={view} />
      {view.timer !== undefined && (
        <DiscussionTimer timer={view.timer} clockOffsetMs={room.clockOffsetMs} large />
      )}
      {view.progress !== undefined && (
        <p className="progress">{t('room.progress', view.progress)}</p>
      )}
      {view.revealed
        .filter((result) => result.dossierId === current?.dossierId)
        .map((result) => (
          <RevealPanel key={`${result.dossierId}-${result.round}`} view={view} result={result} />
        ))}
      <h2>{t('room.agenda')}</h2>
      <ol className="inline-list">
        {view.dossiers.map((d) => (
          <li key={d.id} aria-current={d.id === current?.dossierId ? 'true' : undefined}>
            {d.title}
          </li>
        ))}
      </ol>
    </article>
  );
}
