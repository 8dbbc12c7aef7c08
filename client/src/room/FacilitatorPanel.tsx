import { useId } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { minutesSeconds, seatLabel } from './seatLabel';
import { speakingTotals } from './speakingTimes';
import { useServerNow } from './useServerNow';
import { useSpeakingTimes } from './useSpeakingTimes';
import { ScrollTable } from '../ui/ScrollTable';
import './facilitator.css';

/**
 * The facilitator's own tools: who is connected and who is missing (by name), the seats still to submit
 * during scoring, and speaking time per seat (counted in this browser, never logged).
 */
export function FacilitatorPanel({
  view,
  clockOffsetMs,
}: {
  view: RoomView;
  clockOffsetMs: number | undefined;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const id = useId();
  const serverNow = useServerNow(clockOffsetMs, view.floor !== undefined);
  const tally = useSpeakingTimes(view, serverNow);
  const totals = speakingTotals(tally, serverNow ?? 0);
  const expected = view.jury.length > 0 ? view.jury : view.seated;
  const connected = expected.filter((seat) => view.present.includes(seat));
  const missing = expected.filter((seat) => !view.present.includes(seat));
  const list = (seats: number[]) =>
    seats.length === 0 ? (
      <p>{t('facilitator.nobody')}</p>
    ) : (
      <ul className="seat-list">
        {seats.map((seat) => (
          <li key={seat}>{seatLabel(view, seat, t)}</li>
        ))}
      </ul>
    );
  const number = (n: number) => n.toLocaleString(language);
  return (
    <section aria-labelledby={`${id}-heading`} className="facilitator-panel">
      <h2 id={`${id}-heading`}>{t('facilitator.heading')}</h2>
      <h3>
        {tPlural(i18n, 'facilitator.presence', connected.length, {
          present: number(connected.length),
          expected: number(expected.length),
        })}
      </h3>
      <div className="presence">
        <div>
          <h4>{t('facilitator.connected')}</h4>
          {list(connected)}
        </div>
        <div>
          <h4>{t('facilitator.missing')}</h4>
          {list(missing)}
        </div>
      </div>
      {view.pendingSeats !== undefined && view.progress !== undefined && (
        <>
          <h3>
            {t('facilitator.pending', {
              count: number(view.pendingSeats.length),
              eligible: number(view.progress.eligible),
            })}
          </h3>
          {view.pendingSeats.length === 0 ? (
            <p>{t('facilitator.pendingNone')}</p>
          ) : (
            list(view.pendingSeats)
          )}
        </>
      )}
      <h3>{t('facilitator.speaking')}</h3>
      {totals.length === 0 ? (
        <p>{t('facilitator.speaking.none')}</p>
      ) : (
        <ScrollTable label={t('facilitator.speaking.caption')} isMultiline className="fr-mb-3w">
          <table className="speaking-times">
            <caption>{t('facilitator.speaking.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('facilitator.speaking.seat')}</th>
                <th scope="col">{t('facilitator.speaking.time')}</th>
                <th scope="col">{t('facilitator.speaking.turns')}</th>
              </tr>
            </thead>
            <tbody>
              {totals.map((row) => (
                <tr key={row.seat}>
                  <th scope="row">{seatLabel(view, row.seat, t)}</th>
                  <td>{minutesSeconds(Math.floor(row.ms / 1000))}</td>
                  <td>{number(row.turns)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
