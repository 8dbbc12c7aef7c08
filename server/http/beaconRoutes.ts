// HTTP routes of the beacon fetch: what the server awaits from drand for a process, and "Réessayer maintenant".
// Organiser only: the status names relays and rounds, nothing personal, but it is part of the console.

import type { BeaconFetcher } from '../beacon/beaconFetcher';
import type { BeaconFetchAnswer, BeaconFetchStatus } from '../../shared/lottery/beaconFetchStatus';

export type { BeaconFetchAnswer };
import type { Ceremony } from '../services/ceremony';
import type { Clock } from '../ports';
import { beaconContract } from '../../shared/api/contract';
import type { Route } from './routes';
import { contractRoutes } from './contractRoutes';

export function beaconRoutes(
  fetcher: BeaconFetcher | undefined,
  ceremony: Pick<Ceremony, 'state'>,
  clock: Clock,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  const answer = (beacons: BeaconFetchStatus[]): BeaconFetchAnswer => ({
    enabled: fetcher !== undefined,
    now: clock.now().toISOString(),
    beacons,
  });
  return contractRoutes(
    beaconContract,
    {
      'beacon.status': ({ params }) => {
        const id = ceremony.state(params.id).id;
        return { data: answer(fetcher?.statusOf(id) ?? []) };
      },
      'beacon.retry': async ({ params }) => {
        const id = ceremony.state(params.id).id;
        return { data: answer((await fetcher?.retryNow(id)) ?? []) };
      },
    },
    options,
  );
}
