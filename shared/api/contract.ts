// The HTTP contract: for every migrated route, the schemas of its input and answer, the roles allowed and
// the error codes it may answer. The server registers, authorises and parses each route from here
// (server/http/contractRoutes.ts); the browser imports this file for its types only (client/src/api/api.ts)
// and its addresses from endpoints.ts. Answers are zod schemas: a small answer is described field by field
// and checked by the test server; a document already typed in shared/ (a process state, a public view, a
// fold) is `typed<T>()`, checked by the compiler on both ends, never at run time.

// Each group's schemas are in groups/<group>.contract.ts; this file gathers them.

import type { RouteContract } from './route';
import { beaconContract } from './groups/beacon.contract';
import { callContract } from './groups/calls.contract';
import { ceremonyContract } from './groups/ceremony.contract';
import { deliveryContract } from './groups/deliveries.contract';
import { demoContract } from './groups/demo.contract';
import { resultContract } from './groups/results.contract';
import { seatContract } from './groups/seats.contract';
import { stratificationContract } from './groups/stratification.contract';

export { Invitation, ProcessSummary } from './groups/ceremony.contract';
export {
  ceremonyContract,
  seatContract,
  beaconContract,
  resultContract,
  stratificationContract,
  demoContract,
  callContract,
  deliveryContract,
};

/** Every migrated route of the contract, by id. */
export const contract: Readonly<Record<string, RouteContract>> &
  typeof ceremonyContract &
  typeof seatContract &
  typeof beaconContract &
  typeof resultContract &
  typeof stratificationContract &
  typeof demoContract &
  typeof callContract &
  typeof deliveryContract = {
  ...ceremonyContract,
  ...seatContract,
  ...beaconContract,
  ...resultContract,
  ...stratificationContract,
  ...demoContract,
  ...callContract,
  ...deliveryContract,
};
export type Contract = typeof contract;
