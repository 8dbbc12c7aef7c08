// Turns view changes into sentences for the room's live region: agenda moves, new phases, reveals.
import { useEffect, useRef, useState } from 'react';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { floorAnnouncement } from './floorAnnouncement';

export function useAnnouncements(view: RoomView | undefined): string {
  const { t } = useI18n();
  const previous = useRef<RoomView | undefined>(undefined);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const before = previous.current;
    previous.current = view;
    if (view === undefined || before === undefined) return;
    const title = (id: string | undefined) =>
      view.dossiers.find((d) => d.id === id)?.title ?? id ?? '';
    if (view.revealed.length > before.revealed.length) {
      setMessage(
        t('room.announce.revealed', {
          dossier: title(view.revealed[view.revealed.length - 1]?.dossierId),
        }),
      );
    } else if (view.current?.dossierId !== before.current?.dossierId) {
      setMessage(t('room.announce.moved', { dossier: title(view.current?.dossierId) }));
    } else if (view.current?.phase !== before.current?.phase && view.current?.phase !== undefined) {
      setMessage(t('room.announce.phase', { phase: t(`room.phase.${view.current.phase}`) }));
    } else {
      const floorOrTimer = floorAnnouncement(before, view, t);
      if (floorOrTimer !== undefined) setMessage(floorOrTimer);
    }
  }, [view, t]);
  return message;
}
