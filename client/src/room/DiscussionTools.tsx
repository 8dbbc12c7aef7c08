import { useId, useState } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { Button } from '../ui/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useI18n } from '../i18n/useI18n';
import { tPlural } from '../i18n/plural';
import { DiscussionTimer } from './DiscussionTimer';
import { FacilitatorPanel } from './FacilitatorPanel';
import { FloorStatus } from './FloorStatus';
import { seatLabel } from './seatLabel';
import { serverErrorText } from '../api/serverErrors';
import type { RoomConnection } from './useRoom';
import './facilitator.css';

/**
 * Discussion: who has the floor, the timer on the server's clock, the queue of raised hands, and who is
 * connected; the facilitator also gets the floor and timer controls and their own panel.
 */
export function DiscussionTools({
  view,
  room,
  onProblem,
}: {
  view: RoomView;
  room: RoomConnection;
  onProblem: (message: string | undefined) => void;
}) {
  const i18n = useI18n();
  const { t, language } = i18n;
  const id = useId();
  const [minutes, setMinutes] = useState(5);
  const seat = view.role.kind === 'juror' ? view.role.seat : undefined;
  const isFacilitator = view.role.kind === 'facilitator';
  const isDiscussion = view.current?.phase === 'discussion';
  const report = async (answer: Promise<{ ok: boolean; error?: { code: string } }>) => {
    const result = await answer;
    onProblem(result.ok ? undefined : serverErrorText(t, result.error));
  };
  const timer = view.timer;
  const isPaused = timer?.pausedRemainingMs !== undefined;
  const expected = view.jury.length > 0 ? view.jury : view.seated;
  const presentCount = expected.filter((s) => view.present.includes(s)).length;
  return (
    <section aria-labelledby={`${id}-heading`} className="discussion">
      <h2 id={`${id}-heading`}>{t('room.discussion')}</h2>
      <FloorStatus view={view} />
      {isFacilitator && view.floor !== undefined && (
        <p>
          <Button priority="secondary" onClick={() => void report(room.releaseFloor())}>
            {t('floor.release')}
          </Button>
        </p>
      )}
      {timer !== undefined && <DiscussionTimer timer={timer} clockOffsetMs={room.clockOffsetMs} />}
      {isFacilitator && isDiscussion && timer !== undefined && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm timer-actions">
          <li>
            <Button
              priority="secondary"
              onClick={() => void report(isPaused ? room.resumeTimer() : room.pauseTimer())}
            >
              {isPaused ? t('timer.resume') : t('timer.pause')}
            </Button>
          </li>
          <li>
            <Button priority="secondary" onClick={() => void report(room.extendTimer(60))}>
              {t('timer.extend1')}
            </Button>
          </li>
          <li>
            <Button priority="secondary" onClick={() => void report(room.extendTimer(300))}>
              {t('timer.extend5')}
            </Button>
          </li>
        </ul>
      )}
      {isFacilitator && isDiscussion && (
        <form
          className="timer-form"
          onSubmit={(event) => {
            event.preventDefault();
            void report(room.startTimer(minutes * 60));
          }}
        >
          <Input
            id={`${id}-minutes`}
            label={t('room.timer.minutes')}
            className="timer-minutes fr-mb-0"
            nativeInputProps={{
              type: 'number',
              min: 1,
              max: 240,
              value: minutes,
              onChange: (event) => setMinutes(Number(event.target.value)),
            }}
          />
          <Button type="submit" priority="secondary">
            {t('room.timer.start')}
          </Button>
        </form>
      )}
      <h3>{t('room.hands')}</h3>
      {view.hands.length === 0 ? (
        <p>{t('room.hands.none')}</p>
      ) : (
        <ol>
          {view.hands.map((hand) => (
            <li key={hand}>
              {seatLabel(view, hand, t)}{' '}
              {isFacilitator && (
                <Button
                  priority="tertiary"
                  size="small"
                  onClick={() => void report(room.giveFloor(hand))}
                >
                  {t('floor.give', { who: seatLabel(view, hand, t) })}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {seat !== undefined && isDiscussion && (
        <Button
          priority={view.hands.includes(seat) ? 'secondary' : 'primary'}
          className="fr-mb-2w"
          onClick={() =>
            void report(view.hands.includes(seat) ? room.lowerHand() : room.raiseHand())
          }
        >
          {view.hands.includes(seat) ? t('room.hands.lower') : t('room.hands.raise')}
        </Button>
      )}
      {isFacilitator ? (
        <FacilitatorPanel view={view} clockOffsetMs={room.clockOffsetMs} />
      ) : (
        <p>
          {tPlural(i18n, 'facilitator.presenceSummary', presentCount, {
            present: presentCount.toLocaleString(language),
            expected: expected.length.toLocaleString(language),
          })}
        </p>
      )}
    </section>
  );
}
