import { describe, expect, it } from 'vitest';
import type { RoomView } from '../../../shared/deliberation/roomView';
import { agendaStatus } from './agendaStatus';

/** Only the fields the status reads; the rest of a view plays no part. */
const view = (parts: Pick<RoomView, 'current' | 'revealed' | 'scoredDossiers'>) =>
  parts as RoomView;

describe('agendaStatus', () => {
  const revealed = { dossierId: 'A', round: 1, ballots: 3, eligible: 3, distributions: [] };

  it('tells upcoming, in session, scored and revealed dossiers apart', () => {
    const seen = view({
      current: { dossierId: 'C', phase: 'discussion', round: 1 },
      revealed: [revealed],
      scoredDossiers: ['A', 'B'],
    });
    expect(['A', 'B', 'C', 'D'].map((id) => agendaStatus(seen, id))).toEqual([
      'revealed',
      'scored',
      'current',
      'upcoming',
    ]);
  });

  it('shows the dossier in session as current even once revealed (its second round)', () => {
    const seen = view({
      current: { dossierId: 'A', phase: 'discussion', round: 2 },
      revealed: [revealed],
      scoredDossiers: ['A'],
    });
    expect(agendaStatus(seen, 'A')).toBe('current');
  });

  it('calls a closed dossier scored when this viewer is not shown its results', () => {
    const seen = view({ current: undefined, revealed: [], scoredDossiers: ['A'] });
    expect(agendaStatus(seen, 'A')).toBe('scored');
  });
});
