import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { seatLabel } from './seatLabel';

/** Who has the floor, for everyone; the juror who has it is told so plainly. */
export function FloorStatus({ view }: { view: RoomView }) {
  const { t } = useI18n();
  const floor = view.floor;
  if (floor === undefined)
    return view.current?.phase === 'discussion' ? <p className="floor">{t('floor.none')}</p> : null;
  const isMine = view.role.kind === 'juror' && view.role.seat === floor.seat;
  return (
    <p className={isMine ? 'floor floor-mine' : 'floor floor-given'}>
      {isMine ? t('floor.mine') : t('floor.holder', { who: seatLabel(view, floor.seat, t) })}
    </p>
  );
}
