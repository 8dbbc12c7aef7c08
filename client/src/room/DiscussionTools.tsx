import { useEffect, useId, useState } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { serverErrorText } from '../api/serverErrors';
import type { RoomConnection } from './useRoom';

/** Remaining time, updated every second; announced to screen readers once a minute only. */
function useRemaining(endsAt: string | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endsAt === undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  return endsAt === undefined
    ? undefined
    : Math.max(0, Math.round((Date.parse(endsAt) - now) / 1000));
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** Discussion: the timer, the queue of raised hands, and who is connected. */
export function DiscussionTools({
  view,
  room,
  onProblem,
}: {
  view: RoomView;
  room: RoomConnection;
  onProblem: (message: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [minutes, setMinutes] = useState(5);
  const remaining = useRemaining(view.timer?.endsAt);
  const seat = view.role.kind === 'juror' ? view.role.seat : undefined;
  const isDiscussion = view.current?.phase === 'discussion';
  const report = async (answer: Promise<{ ok: boolean; error?: { code: string } }>) => {
    const result = await answer;
    onProblem(result.ok ? undefined : serverErrorText(t, result.error));
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="discussion">
      <h2 id={`${id}-heading`}>{t('room.discussion')}</h2>
      {remaining !== undefined && (
        <p className="timer">
          <span aria-hidden="true">{clock(remaining)}</span>
          <span className="sr-announce" aria-live="polite">
            {remaining % 60 === 0 || remaining === 0
              ? t('room.timer.left', { minutes: Math.ceil(remaining / 60) })
              : ''}
          </span>
        </p>
      )}
      {view.role.kind === 'facilitator' && isDiscussion && (
        <form
          className="actions"
          onSubmit={(event) => {
            event.preventDefault();
            void report(room.startTimer(minutes * 60));
          }}
        >
          <label htmlFor={`${id}-minutes`}>{t('room.timer.minutes')}</label>
          <input
            id={`${id}-minutes`}
            type="number"
            min={1}
            max={240}
            value={minutes}
            onChange={(event) => setMinutes(Number(event.target.value))}
          />
          <button type="submit">{t('room.timer.start')}</button>
        </form>
      )}
      <h3>{t('room.hands')}</h3>
      {view.hands.length === 0 ? (
        <p>{t('room.hands.none')}</p>
      ) : (
        <ol>
          {view.hands.map((hand) => (
            <li key={hand}>
              {t('room.seat', {
                seat: hand,
                name:
                  view.names[String(hand)] === undefined ? '' : ` (${view.names[String(hand)]})`,
              })}{' '}
              {view.role.kind === 'facilitator' && (
                <button type="button" onClick={() => void report(room.lowerHand(hand))}>
                  {t('room.hands.give', { seat: hand })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      {seat !== undefined && isDiscussion && (
        <button
          type="button"
          onClick={() =>
            void report(view.hands.includes(seat) ? room.lowerHand() : room.raiseHand())
          }
        >
          {view.hands.includes(seat) ? t('room.hands.lower') : t('room.hands.raise')}
        </button>
      )}
      <p>
        {t('room.present', { count: view.present.length, seats: view.present.join(', ') || '—' })}
      </p>
    </section>
  );
}
