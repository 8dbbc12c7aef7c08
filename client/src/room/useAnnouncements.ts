// Turns view changes into sentences said to screen readers: agenda moves, new phases, reveals.
import { useEffect, useRef } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { useAnnounce } from '../ui/Announcer';
import { floorAnnouncement } from './floorAnnouncement';

/** Announces, politely, what changed in the room since the last view. */
export function useAnnouncements(view: RoomView | undefined): void {
  const { t } = useI18n();
  const previous = useRef<RoomView | undefined>(undefined);
  const announce = useAnnounce();
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (view === undefined || before === undefined) return;
    const title = (id: string | undefined) =>
      view.dossiers.find((d) => d.id === id)?.title ?? id ?? '';
    if (view.revealed.length > before.revealed.length) {
      announce(
        t('room.announce.revealed', {
          dossier: title(view.revealed[view.revealed.length - 1]?.dossierId),
        }),
      );
    } else if (view.current?.dossierId !== before.current?.dossierId) {
      announce(t('room.announce.moved', { dossier: title(view.current?.dossierId) }));
    } else if (view.current?.phase !== before.current?.phase && view.current?.phase !== undefined) {
      announce(t('room.announce.phase', { phase: t(`room.phase.${view.current.phase}`) }));
    } else {
      const floorOrTimer = floorAnnouncement(before, view, t);
      if (floorOrTimer !== undefined) announce(floorOrTimer);
    }
  }, [view, t, announce]);
}
