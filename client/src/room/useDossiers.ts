// The full dossiers of a process, fetched once per page load and kept: the room's broadcast views carry
// only summaries (a view goes to every observer after every change), and the list is fixed once the room
// is open.

import { useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/dossier/dossier';
import { api } from '../api/api';

export type FullDossiers =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; byId: ReadonlyMap<string, Dossier> };

const cache = new Map<string, Promise<ReadonlyMap<string, Dossier>>>();

function load(processId: string): Promise<ReadonlyMap<string, Dossier>> {
  let entry = cache.get(processId);
  if (entry === undefined) {
    entry = api('public.dossiers', { params: { id: processId } }).then(
      ({ dossiers }) => new Map(dossiers.map((dossier) => [dossier.id, dossier])),
    );
    // A failed load is forgotten, so that the next mount tries again.
    entry.catch(() => cache.delete(processId));
    cache.set(processId, entry);
  }
  return entry;
}

/** The full dossiers, once `enabled` (the room is open: its list of dossiers can no longer change). */
export function useDossiers(processId: string, enabled: boolean): FullDossiers {
  const [state, setState] = useState<FullDossiers>({ status: 'loading' });
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    load(processId).then(
      (byId) => live && setState({ status: 'ready', byId }),
      () => live && setState({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [processId, enabled]);
  return state;
}
