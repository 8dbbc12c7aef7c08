import { useEffect, useState } from 'react';
import { apiGet, apiSend } from '../api/apiClient';
import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { Link } from '../routing/Link';
import { roomTokenKey } from '../room/useRoom';

interface Invitation {
  processId: string;
  title: string;
  seat: number;
  id: string;
  status: 'drawn' | 'invited' | 'accepted' | 'vacant' | 'replaced';
  deadline?: string;
}

/** /i/<token>: the juror's own invitation, answered once. */
export function InvitationPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const [invitation, setInvitation] = useState<Invitation | undefined>();
  const [invalid, setInvalid] = useState(false);
  const [answered, setAnswered] = useState<'accept' | 'decline' | undefined>();
  const [working, setWorking] = useState(false);

  useEffect(() => {
    apiGet<Invitation>(`/api/invitations/${encodeURIComponent(token)}`)
      .then(setInvitation)
      .catch(() => setInvalid(true));
  }, [token]);

  async function answer(choice: 'accept' | 'decline') {
    setWorking(true);
    try {
      setInvitation(
        await apiSend<Invitation>('POST', `/api/invitations/${encodeURIComponent(token)}/answer`, {
          answer: choice,
        }),
      );
      setAnswered(choice);
    } catch {
      setInvalid(true);
    } finally {
      setWorking(false);
    }
  }

  if (invalid) return <p role="alert">{t('invitation.invalid')}</p>;
  if (invitation === undefined) return <p role="status">{t('invitation.loading')}</p>;
  return (
    <article>
      <h1>{t('invitation.title')}</h1>
      <p>
        {t('invitation.summary', {
          title: invitation.title,
          seat: invitation.seat,
          id: invitation.id,
        })}
      </p>
      <div role="status" aria-live="polite">
        {invitation.status === 'accepted' && (
          <p className="verdict ok">{t('invitation.accepted')}</p>
        )}
        {answered === 'decline' && <p className="verdict ok">{t('invitation.declined')}</p>}
        {invitation.status === 'replaced' && answered === undefined && (
          <p>{t('invitation.replaced')}</p>
        )}
      </div>
      {invitation.status === 'invited' && (
        <>
          <p>
            {t('invitation.deadline', {
              deadline:
                invitation.deadline === undefined
                  ? '—'
                  : formatDateTime(invitation.deadline, language),
            })}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={working}
              onClick={() => void answer('accept')}
            >
              {t('invitation.accept')}
            </button>
            <button type="button" disabled={working} onClick={() => void answer('decline')}>
              {t('invitation.decline')}
            </button>
          </div>
        </>
      )}
      {invitation.status === 'accepted' && (
        <p>
          <Link
            href={`/salle/${invitation.processId}`}
            className="button-link"
            onClick={() => sessionStorage.setItem(roomTokenKey(invitation.processId), token)}
          >
            {t('room.enter')}
          </Link>
        </p>
      )}
      <p>
        <Link href={`/p/${invitation.processId}`}>{t('invitation.public')}</Link>
      </p>
    </article>
  );
}
