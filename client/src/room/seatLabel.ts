// How a seat is named in the room: by the juror's display name where this viewer may see names
// (facilitator, jurors), else by its number.
import type { RoomView } from '../../../shared/deliberation/roomView';
import type { I18n } from '../i18n/I18nProvider';

export function seatLabel(view: Pick<RoomView, 'names'>, seat: number, t: I18n['t']): string {
  const name = view.names[String(seat)];
  return name === undefined ? t('floor.seat', { seat }) : t('floor.seatNamed', { name, seat });
}

/** m:ss, for countdowns and speaking times. */
export const minutesSeconds = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
