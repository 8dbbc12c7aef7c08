// Every route of the HTTP contract by id: its method and path. The weightless half of the contract, the
// only place a browser page finds an `/api/` path (client/src/api/api.ts); the schemas, roles and errors of
// each route are in shared/api/contract.ts. Each route group has its own file in groups/ (its addresses in
// `<group>.endpoints.ts`, its schemas in `<group>.contract.ts`). A route group not listed here is not
// migrated yet: its routes are still declared in their server/http/*Routes.ts file (docs/architecture.md,
// "HTTP contract").

import { accountEndpoints } from './groups/accounts.endpoints';
import { authEndpoints } from './groups/auth.endpoints';
import { beaconEndpoints } from './groups/beacon.endpoints';
import { callEndpoints } from './groups/calls.endpoints';
import { ceremonyEndpoints } from './groups/ceremony.endpoints';
import { deliveryEndpoints } from './groups/deliveries.endpoints';
import { demoEndpoints } from './groups/demo.endpoints';
import { resultEndpoints } from './groups/results.endpoints';
import { oidcEndpoints } from './groups/oidc.endpoints';
import { seatEndpoints } from './groups/seats.endpoints';
import { registerEndpoints } from './groups/register.endpoints';
import { stratificationEndpoints } from './groups/stratification.endpoints';

export const endpoints = {
  ...ceremonyEndpoints,
  ...seatEndpoints,
  ...beaconEndpoints,
  ...resultEndpoints,
  ...stratificationEndpoints,
  ...registerEndpoints,
  ...demoEndpoints,
  ...callEndpoints,
  ...deliveryEndpoints,
  ...accountEndpoints,
  ...authEndpoints,
  ...oidcEndpoints,
} as const;
export type RouteId = keyof typeof endpoints;
