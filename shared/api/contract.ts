// The HTTP contract: for every migrated route, the schemas of its input and answer, the roles allowed and
// the error codes it may answer. The server registers, authorises and parses each route from here
// (server/http/contractRoutes.ts); the browser imports this file for its types only (client/src/api/api.ts)
// and its addresses from endpoints.ts. Answers are zod schemas: a small answer is described field by field
// and checked by the test server; a document already typed in shared/ (a process state, a public view, a
// fold) is `typed<T>()`, checked by the compiler on both ends, never at run time.

// Each group's schemas are in groups/<group>.contract.ts; this file gathers them.

import type { RouteContract } from './route';
import { accountContract } from './groups/accounts.contract';
import { authContract } from './groups/auth.contract';
import { beaconContract } from './groups/beacon.contract';
import { callContract } from './groups/calls.contract';
import { ceremonyContract } from './groups/ceremony.contract';
import { deliveryContract } from './groups/deliveries.contract';
import { demoContract } from './groups/demo.contract';
import { oidcContract } from './groups/oidc.contract';
import { resultContract } from './groups/results.contract';
import { seatContract } from './groups/seats.contract';
import { registerContract } from './groups/register.contract';
import { stratificationContract } from './groups/stratification.contract';

export { Invitation, ProcessSummary } from './groups/ceremony.contract';
export type { AccountRoleName, AccountView, MyAccount } from './groups/accounts.contract';
export type { Session } from './groups/auth.contract';
export type { OidcOffer } from './groups/oidc.contract';
export {
  ceremonyContract,
  seatContract,
  beaconContract,
  resultContract,
  stratificationContract,
  registerContract,
  demoContract,
  callContract,
  deliveryContract,
  accountContract,
  authContract,
  oidcContract,
};

/** Every route of the contract, by id. */
export const contract: Readonly<Record<string, RouteContract>> &
  typeof ceremonyContract &
  typeof seatContract &
  typeof beaconContract &
  typeof resultContract &
  typeof stratificationContract &
  typeof registerContract &
  typeof demoContract &
  typeof callContract &
  typeof deliveryContract &
  typeof accountContract &
  typeof authContract &
  typeof oidcContract = {
  ...ceremonyContract,
  ...seatContract,
  ...beaconContract,
  ...resultContract,
  ...stratificationContract,
  ...registerContract,
  ...demoContract,
  ...callContract,
  ...deliveryContract,
  ...accountContract,
  ...authContract,
  ...oidcContract,
};
export type Contract = typeof contract;
