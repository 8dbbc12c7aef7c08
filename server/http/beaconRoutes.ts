// HTTP routes of the beacon fetch: what the server awaits from drand for a process, and "Réessayer maintenant".
// Organiser only: the status names relays and rounds, nothing personal, but it is part of the console.

import type { Request } from 'express';
import type { BeaconFetcher } from '../beacon/beaconFetcher';
import type { BeaconFetchAnswer, BeaconFetchStatus } from '../../shared/lottery/beaconFetchStatus';

export type { BeaconFetchAnswer };
import type { Ceremony } from '../services/ceremony';
import type { Clock } from '../ports';
import { Role, type Route } from './routes';

export function beaconRoutes(
  fetcher: BeaconFetcher | undefined,
  ceremony: Pick<Ceremony, 'state'>,
  clock: Clock,
): Route[] {
  const processOf = (req: Request) => ceremony.state(String(req.params['id'] ?? '')).id;
  const answer = (beacons: BeaconFetchStatus[]): BeaconFetchAnswer => ({
    enabled: fetcher !== undefined,
    now: clock.now().toISOString(),
    beacons,
  });
  return [
    {
      method: 'get',
      path: '/api/processes/:id/beacon',
      role: Role.Organiser,
      handle: (req) => {
        const id = processOf(req);
        return { data: answer(fetcher?.statusOf(id) ?? []) };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/beacon/retry',
      role: Role.Organiser,
      handle: async (req) => {
        const id = processOf(req);
        return { data: answer((await fetcher?.retryNow(id)) ?? []) };
      },
    },
  ];
}
