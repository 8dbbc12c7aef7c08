import { useState } from 'react';
import { Alert } from '../ui/Alert';
import { useI18n } from '../i18n/useI18n';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { tPlural } from '../i18n/plural';
import { DiscussionTimer } from './DiscussionTimer';
import { FloorStatus } from './FloorStatus';
import { PublishedNotice } from './PublishedNotice';
import './projector.css';
import { RevealPanel } from './RevealPanel';
import { useAnnouncements } from './useAnnouncements';
import { useRoom } from './useRoom';
import { WithheldNotice } from '../ui/WithheldNotice';

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
  useAnnouncements(view);
  useDocumentTitle(
    view === undefined
      ? t('roomPage.projectorTitleLoading')
      : t('roomPage.projectorTitle', { process: view.title }),
  );
  if (room.error?.code === 'TOKEN_INVALID')
    return (
      <Alert
        severity="error"
        role="alert"
        title={t('roomPage.projectorTitleLoading')}
        description={t('confidential.projector.refused')}
      />
    );
  if (view === undefined)
    return (
      <p role="status">{room.error === undefined ? t('room.connecting') : t('room.notOpen')}</p>
    );
  const current = view.current;
  const dossier = view.dossiers.find((d) => d.id === current?.dossierId);
  const dossierPosition = view.dossiers.findIndex((d) => d.id === current?.dossierId);
  return (
    <article className="projector">
      <p className="projector-process">{view.title}</p>
      <h1>{dossier?.title ?? view.title}</h1>
      {view.role.kind === 'observer' && (
        <p className="fr-text--lg">{t('confidential.projector.observer')}</p>
      )}
      {view.withheld !== undefined && <WithheldNotice progress={view.withheld} />}
      {view.publishedAt !== undefined && (
        <PublishedNotice processId={processId} publishedAt={view.publishedAt} />
      )}
      {current?.phase !== undefined && (
        <p className="phase">
          {dossierPosition >= 0 &&
            `${t('roomPage.position', { position: dossierPosition + 1, total: view.dossiers.length })} · `}
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
      <ol className="projector-agenda">
        {view.dossiers.map((d) => (
          <li key={d.id} aria-current={d.id === current?.dossierId ? 'true' : undefined}>
            {d.title}
          </li>
        ))}
      </ol>
    </article>
  );
}
