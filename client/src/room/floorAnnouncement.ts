// What the live region says when the floor or the timer changes (the timer's one-minute and zero
// warnings are announced by the timer itself, as they depend on time, not on a new view).
import type { RoomView } from '../../../shared/deliberation/roomView';
import type { I18n } from '../i18n/I18nProvider';
import { seatLabel } from './seatLabel';

export function floorAnnouncement(
  before: RoomView,
  view: RoomView,
  t: I18n['t'],
): string | undefined {
  const floor = view.floor;
  if (
    floor !== undefined &&
    (floor.seat !== before.floor?.seat || floor.since !== before.floor.since)
  )
    return view.role.kind === 'juror' && view.role.seat === floor.seat
      ? t('floor.announce.mine')
      : t('floor.announce.given', { who: seatLabel(view, floor.seat, t) });
  if (floor === undefined && before.floor !== undefined && view.current?.phase === 'discussion')
    return t('floor.announce.released');
  const timer = view.timer;
  const previous = before.timer;
  if (timer === undefined || previous === undefined) return undefined;
  const isPaused = timer.pausedRemainingMs !== undefined;
  const wasPaused = previous.pausedRemainingMs !== undefined;
  if (timer.seconds > previous.seconds)
    return t('timer.announce.extended', {
      minutes: Math.round((timer.seconds - previous.seconds) / 60),
    });
  if (isPaused && !wasPaused) return t('timer.announce.paused');
  if (!isPaused && wasPaused) return t('timer.announce.resumed');
  return undefined;
}
