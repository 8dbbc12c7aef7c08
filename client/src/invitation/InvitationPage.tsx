import { useEffect, useRef, useState } from 'react';
import { Alert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { DemoNotice } from '../demo/DemoBanner';
import { roomLinkForSeat } from '../demo/seatLink';
import { useIsDemoProcess } from '../demo/useIsDemoProcess';
import { useI18n } from '../i18n/useI18n';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { Link } from '../routing/Link';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { DeclineConfirm } from '../seat/DeclineConfirm';
import { ServiceDetailsList } from '../seat/ServiceDetailsList';
import { rememberHeldSeat } from '../seat/heldSeat';
import { api } from '../api/api';
import type { Invitation } from '../../../shared/api/contract';

/**
 * /i/<token>: the juror's own invitation, answered once. Once accepted, opening it (again, or on another
 * device) gives this browser the juror's room session (an httpOnly cookie the server sets).
 */
export function InvitationPage({ token }: { token: string }) {
  const { t, language } = useI18n();
  const [invitation, setInvitation] = useState<Invitation | undefined>();
  const [invalid, setInvalid] = useState(false);
  const [answered, setAnswered] = useState<'accept' | 'decline' | undefined>();
  const [working, setWorking] = useState(false);
  const [confirmingDecline, setConfirmingDecline] = useState(false);
  const declineButton = useRef<HTMLButtonElement>(null);
  const isDemo = useIsDemoProcess(invitation?.processId);
  useDocumentTitle(
    invitation === undefined
      ? t('roomPage.invitationTitleLoading')
      : t('roomPage.invitationTitle', { process: invitation.title }),
  );

  useEffect(() => {
    api('invitations.get', { params: { token } })
      .then(async (found) => {
        // An accepted juror reopening the link: this browser (tab, restart, second device) gets the seat.
        setInvitation(
          found.status === 'accepted'
            ? await api('invitations.session', { params: { token } })
            : found,
        );
      })
      .catch(() => setInvalid(true));
  }, [token]);
  useEffect(() => {
    if (invitation?.status === 'accepted') rememberHeldSeat(invitation.processId);
  }, [invitation]);

  async function answer(choice: 'accept' | 'decline', reason = '') {
    setWorking(true);
    try {
      setInvitation(
        await api('invitations.answer', {
          params: { token },
          body: {
            answer: choice,
            ...(choice === 'decline' && reason.trim() !== '' ? { reason: reason.trim() } : {}),
          },
        }),
      );
      setAnswered(choice);
    } catch {
      setInvalid(true);
    } finally {
      setWorking(false);
      setConfirmingDecline(false);
    }
  }

  if (invalid)
    return (
      <article>
        <h1>{t('invitation.title')}</h1>
        <Alert severity="error" small role="alert" description={t('invitation.invalid')} />
      </article>
    );
  if (invitation === undefined) return <p role="status">{t('invitation.loading')}</p>;
  const isOpen = invitation.status === 'invited' || invitation.status === 'accepted';
  return (
    <article>
      {isDemo && <DemoNotice />}
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
          <Alert
            severity="success"
            small
            className="fr-mb-2w"
            description={t('invitation.accepted')}
          />
        )}
        {answered === 'decline' && (
          <Alert
            severity="success"
            small
            className="fr-mb-2w"
            description={t('invitation.declined')}
          />
        )}
        {invitation.status === 'replaced' && answered === undefined && (
          <p>{t('invitation.replaced')}</p>
        )}
      </div>
      {invitation.status === 'accepted' && (
        <>
          <p>
            <Link
              href={
                // In a demonstration one browser sits as several jurors: the tab keeps its seat.
                isDemo
                  ? roomLinkForSeat(invitation.processId, token)
                  : `/salle/${invitation.processId}`
              }
              className="fr-btn fr-btn--lg"
            >
              {t('seat.session.enter')}
            </Link>
          </p>
          <p>{t('seat.session.kept')}</p>
        </>
      )}
      {invitation.status === 'invited' && (
        <p>
          {t('invitation.deadline', {
            deadline:
              invitation.deadline === undefined
                ? '—'
                : formatDateTime(invitation.deadline, language),
          })}
        </p>
      )}
      {isOpen && <ServiceDetailsList service={invitation.service} />}
      {invitation.status === 'invited' &&
        (confirmingDecline ? (
          <DeclineConfirm
            busy={working}
            onConfirm={(reason) => void answer('decline', reason)}
            onCancel={() => {
              setConfirmingDecline(false);
              setTimeout(() => declineButton.current?.focus(), 0);
            }}
          />
        ) : (
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--lg fr-mt-3w">
            <li>
              <Button disabled={working} onClick={() => void answer('accept')}>
                {t('invitation.accept')}
              </Button>
            </li>
            <li>
              <Button
                ref={declineButton}
                priority="secondary"
                disabled={working}
                onClick={() => setConfirmingDecline(true)}
              >
                {t('invitation.decline')}
              </Button>
            </li>
          </ul>
        ))}
      <p>
        <Link href={`/p/${invitation.processId}`}>{t('invitation.public')}</Link>
      </p>
    </article>
  );
}
