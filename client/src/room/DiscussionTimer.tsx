import { useEffect, useRef, useState } from 'react';
import { timerRemainingMs, type RoomTimer } from '../../../shared/deliberation/roomState';
import { useI18n } from '../i18n/useI18n';
import { useAnnounce } from '../ui/Announcer';
import { minutesSeconds } from './seatLabel';

type Stage = 'running' | 'lastMinute' | 'over';
const stageOf = (seconds: number): Stage =>
  seconds === 0 ? 'over' : seconds <= 60 ? 'lastMinute' : 'running';

/**
 * Whole seconds left (rounded up, as a countdown reads) on the server's clock, re-rendered exactly when
 * that number changes; undefined while the clock offset is not measured.
 */
function useRemainingSeconds(timer: RoomTimer, offsetMs: number | undefined): number | undefined {
  const remainingAt = (deviceNow: number) => timerRemainingMs(timer, deviceNow + (offsetMs ?? 0));
  const [, setTick] = useState(0);
  const isPaused = timer.pausedRemainingMs !== undefined;
  useEffect(() => {
    if (isPaused || offsetMs === undefined) return undefined;
    let handle: ReturnType<typeof setTimeout>;
    const schedule = () => {
      const left = remainingAt(Date.now());
      if (left <= 0) return;
      // The next change of the displayed second is when the time left crosses a whole second.
      handle = setTimeout(
        () => {
          setTick((n) => n + 1);
          schedule();
        },
        (left % 1000 || 1000) + 5,
      );
    };
    schedule();
    return () => clearTimeout(handle);
    // remainingAt reads timer and offsetMs, both listed.
  }, [timer, offsetMs, isPaused]);
  if (!isPaused && offsetMs === undefined) return undefined;
  return Math.ceil(remainingAt(Date.now()) / 1000);
}

/**
 * The discussion's countdown on the server's clock (this device's clock plus the measured offset): at one
 * minute and at zero it changes look and says so, on screen and through its live region.
 */
export function DiscussionTimer({
  timer,
  clockOffsetMs,
  large = false,
}: {
  timer: RoomTimer;
  clockOffsetMs: number | undefined;
  large?: boolean;
}) {
  const { t } = useI18n();
  const isPaused = timer.pausedRemainingMs !== undefined;
  const seconds = useRemainingSeconds(timer, clockOffsetMs);
  const stage = seconds === undefined ? undefined : stageOf(seconds);
  const announce = useAnnounce();
  const previous = useRef<Stage | undefined>(undefined);
  useEffect(() => {
    const before = previous.current;
    previous.current = stage;
    if (stage === undefined || stage === before) return;
    // Announced when the countdown crosses into the last minute or reaches zero, not on every tick.
    if (stage === 'lastMinute') announce(t('timer.announce.oneMinute'));
    else if (stage === 'over') announce(t('timer.announce.over'));
  }, [stage, t, announce]);
  if (seconds === undefined) return <p className="timer-syncing">{t('timer.syncing')}</p>;
  return (
    <div className={`timer-box timer-${stage ?? 'running'}${large ? ' timer-large' : ''}`}>
      <p className="timer">
        <span className="sr-announce">{t('timer.remaining')} </span>
        <time dateTime={`PT${seconds}S`} data-remaining-seconds={seconds}>
          {minutesSeconds(seconds)}
        </time>
        {isPaused && <span className="timer-note"> {t('timer.paused')}</span>}
      </p>
      {stage === 'lastMinute' && <p className="timer-note">{t('timer.oneMinute')}</p>}
      {stage === 'over' && <p className="timer-note">{t('timer.over')}</p>}
    </div>
  );
}
