import { useState } from 'react';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { DiscussionTimer } from './DiscussionTimer';
import { FloorStatus } from './FloorStatus';
import { PublishedNotice } from './PublishedNotice';
import './projector.css';
import { RevealPanel } from './RevealPanel';
import { useAnnouncements } from './useAnnouncements';
import { useRoom } from './useRoom';
import { WithheldNotice } from './WithheldNotice';

/** The projector link's token, from the URL's fragment (never sent to the server in a request line). */
function projectorTokenFromUrl(): string | undefined {
  const fragment = window.location.hash.replace(/^#/, '');
  return /^[A-Za-z0-9_-]{22,64}$/.test(fragment) ? fragment : undefined;
}

/**
 * /salle/<process>/projection: the room's shared screen: agenda, phase, progress, charts. Opened from the
 * facilitator's projector link it shows the reveals even of a confidential deliberation; without the link
 * it is an observer, and sees what the public sees.
 */
export function ProjectorPage({ processId }: { processId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [projectorToken] = useState(projectorTokenFromUrl);
  const room = useRoom(
    processId,
    projectorToken === undefined ? { observer: true } : { observer: true, projectorToken },
  );
  const view = room.view;
  const announcement = useAnnouncements(view);
  if (room.error?.code === 'TOKEN_INVALID')
    return <p role="alert">{t('confidential.projector.refused')}</p>;
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
      {view.role.kind === 'observer' && <p>{t('confidential.projector.observer')}</p>}
      {view.withheld !== undefined && <WithheldNotice progress={view.withheld} />}
      {view.publishedAt !== undefined && (
        <PublishedNotice processId={processId} publishedAt={view.publishedAt} />
      )}
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
        <p className="progress">
          {view.progress.eligible === 0
            ? t('room.progress.none')
            : tPlural(i18n, 'room.progress', view.progress.submitted, view.progress)}
        </p>
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
