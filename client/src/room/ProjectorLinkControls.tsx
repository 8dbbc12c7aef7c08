import { useState } from 'react';
import { Button } from '../ui/Button';
import { useI18n } from '../i18n/useI18n';
import type { RoomConnection } from './useRoom';

/**
 * The facilitator's projector link: "Ouvrir la projection" makes a new link (the token travels in the
 * URL's fragment, so it never reaches a server log or a referrer), "Révoquer" ends it and disconnects the
 * screen. The token is shown once, here; the server keeps only its hash.
 */
export function ProjectorLinkControls({
  processId,
  room,
}: {
  processId: string;
  room: Pick<RoomConnection, 'openProjector' | 'revokeProjector'>;
}) {
  const { t } = useI18n();
  const [link, setLink] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const openLink = async () => {
    setBusy(true);
    const answer = await room.openProjector();
    setBusy(false);
    if (!answer.ok) return setStatus(t('confidential.projector.failed'));
    const url = `${window.location.origin}/salle/${encodeURIComponent(processId)}/projection#${answer.data.token}`;
    setLink(url);
    setStatus(t('confidential.projector.opened'));
  };
  const revoke = async () => {
    setBusy(true);
    const answer = await room.revokeProjector();
    setBusy(false);
    if (!answer.ok) return setStatus(t('confidential.projector.failed'));
    setLink(undefined);
    setStatus(t('confidential.projector.revoked'));
  };

  return (
    <section aria-labelledby="projector-heading" className="projector-link">
      <h2 id="projector-heading">{t('confidential.projector.heading')}</h2>
      <p>{t('confidential.projector.intro')}</p>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <Button priority="secondary" onClick={() => void openLink()} disabled={busy}>
            {link === undefined
              ? t('confidential.projector.open')
              : t('confidential.projector.reopen')}
          </Button>
        </li>
        <li>
          <Button priority="tertiary" onClick={() => void revoke()} disabled={busy}>
            {t('confidential.projector.revoke')}
          </Button>
        </li>
      </ul>
      {link !== undefined && (
        <p>
          {t('confidential.projector.link')}{' '}
          <a href={link} target="_blank" rel="noopener noreferrer" data-testid="projector-link">
            <code className="hash">{link}</code>
          </a>
        </p>
      )}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
