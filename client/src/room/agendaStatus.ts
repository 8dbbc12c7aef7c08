// A dossier's place in the session, derived from the room's view: upcoming, in session, scored (scoring
// closed, results not shown to this viewer), or revealed.

import type { RoomView } from '../../../shared/deliberation/roomView';

export const AGENDA_STATUSES = ['upcoming', 'current', 'scored', 'revealed'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export function agendaStatus(view: RoomView, dossierId: string): AgendaStatus {
  if (view.current?.dossierId === dossierId) return 'current';
  if (view.revealed.some((result) => result.dossierId === dossierId)) return 'revealed';
  if (view.scoredDossiers.includes(dossierId)) return 'scored';
  return 'upcoming';
}
