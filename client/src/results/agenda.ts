// The agenda as it happened, read from the public log: when each dossier was taken up, when its scoring
// closed and when its grades were revealed.

import type { ChainedEvent } from '../../../shared/events/eventChain';

export interface AgendaItem {
  dossierId: string;
  takenUpAt: string;
  closedAt: string | undefined;
  revealedAt: string | undefined;
}

export function agendaOf(log: readonly ChainedEvent[]): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const event of log) {
    const payload = event.payload as { dossierId?: string };
    if (event.type === 'agenda.moved' && payload.dossierId !== undefined)
      items.push({
        dossierId: payload.dossierId,
        takenUpAt: event.at,
        closedAt: undefined,
        revealedAt: undefined,
      });
    const last = [...items].reverse().find((item) => item.dossierId === payload.dossierId);
    if (last === undefined) continue;
    if (event.type === 'scoring.closed') last.closedAt = event.at;
    if (event.type === 'ballots.revealed') last.revealedAt = event.at;
  }
  return items;
}
