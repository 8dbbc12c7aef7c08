import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ScrollTable } from '../ui/ScrollTable';
import { SeatStatus, type Seat } from '../../../shared/process/processState';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/messages';
import { ConfirmBox } from '../ui/ConfirmBox';
import { describeApiError } from '../ui/formErrors';
import { formatServiceSession } from './formatServiceDate';
import './seat.css';
import { api } from '../api/api';
import type { Contract } from '../../../shared/api/contract';
import type { ApiOutput } from '../../../shared/api/route';

type JurorAccess = ApiOutput<Contract['seats.jurors']>;

/**
 * For the organiser: each accepted seat's live room sessions, with "Révoquer l'accès à la salle", and the
 * reasons invitees gave when declining (confidential: never published).
 */
export function SeatAccessPanel({
  processId,
  seats,
}: {
  processId: string;
  seats: readonly Seat[];
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [access, setAccess] = useState<JurorAccess | undefined>();
  /** What failed (loading the access list, or a revocation) and why, as message keys (never the server's English). */
  const [problem, setProblem] = useState<
    { what: 'seat.access.failed' | 'seat.access.revokeFailed'; why: MessageKey } | undefined
  >();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  /** The seat whose revocation awaits the organiser's confirmation. */
  const [confirming, setConfirming] = useState<number | undefined>();
  const questionId = `${id}-revoke-question`;
  useEffect(() => {
    if (confirming !== undefined) document.getElementById(questionId)?.focus();
  }, [confirming, questionId]);
  const revokeButtons = useRef(new Map<number, HTMLButtonElement>());

  const load = useCallback(
    () =>
      api('seats.jurors', { params: { id: processId } })
        .then((next) => {
          setAccess(next);
          setProblem(undefined);
        })
        .catch((error: unknown) =>
          setProblem({ what: 'seat.access.failed', why: describeApiError(error).key }),
        ),
    [processId],
  );
  useEffect(() => {
    void load();
  }, [load, seats]);

  async function revoke(seat: number) {
    setConfirming(undefined);
    setBusy(true);
    try {
      const answer = await api('seats.revoke', { params: { id: processId, seat: String(seat) } });
      setDone(t('seat.access.revoked', { seat, count: answer.revoked }));
      await load();
    } catch (error) {
      setProblem({ what: 'seat.access.revokeFailed', why: describeApiError(error).key });
    } finally {
      setBusy(false);
    }
  }

  const accepted = seats.filter((seat) => seat.status === SeatStatus.Accepted);
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('seat.access.heading')}</h3>
      <p>{t('seat.access.intro')}</p>
      <div role="status" aria-live="polite">
        {done !== '' && <p className="verdict ok">{done}</p>}
      </div>
      {problem !== undefined && (
        <p role="alert" className="seat-error">
          {t(problem.what, { message: t(problem.why) })}
        </p>
      )}
      {confirming !== undefined && (
        <ConfirmBox
          questionId={questionId}
          question={t('seat.access.confirm.question', { seat: confirming })}
          consequence={t('seat.access.confirm.consequence')}
          confirmLabel={t('seat.access.confirm.yes')}
          cancelLabel={t('seat.access.confirm.no')}
          busy={busy}
          onConfirm={() => void revoke(confirming)}
          onCancel={() => {
            const seat = confirming;
            setConfirming(undefined);
            setTimeout(() => revokeButtons.current.get(seat)?.focus(), 0);
          }}
        />
      )}
      {access === undefined ? (
        problem === undefined && <p role="status">{t('seat.access.loading')}</p>
      ) : (
        <>
          {/* The design system's table, its container scrolling sideways on a phone. */}
          <ScrollTable label={t('seat.access.caption')} isMultiline>
            <table>
              <caption>{t('seat.access.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('seat.access.seat')}</th>
                  <th scope="col">{t('seat.access.sessions')}</th>
                  <th scope="col">{t('seat.access.action')}</th>
                </tr>
              </thead>
              <tbody>
                {accepted.map((seat) => {
                  const sessions = access.sessions[String(seat.seat)] ?? 0;
                  return (
                    <tr key={seat.seat}>
                      <th scope="row">{seat.seat}</th>
                      <td>{sessions.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB')}</td>
                      <td>
                        <button
                          type="button"
                          className="fr-btn fr-btn--secondary fr-btn--sm"
                          disabled={busy || sessions === 0}
                          ref={(button) => {
                            if (button === null) revokeButtons.current.delete(seat.seat);
                            else revokeButtons.current.set(seat.seat, button);
                          }}
                          onClick={() => setConfirming(seat.seat)}
                        >
                          {t('seat.access.revoke', { seat: seat.seat })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
          <h4>{t('seat.declines.heading')}</h4>
          {access.declines.length === 0 ? (
            <p>{t('seat.declines.none')}</p>
          ) : (
            <ul>
              {access.declines.map((decline) => (
                <li key={decline.id}>
                  {t('seat.declines.item', {
                    seat: decline.seat,
                    id: decline.id,
                    date: formatServiceSession({ startsAt: decline.declinedAt }, language),
                    reason: decline.reason,
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
