// The browser's client of the HTTP contract (shared/api/): `api(routeId, input)` fills the route's path,
// sends its query and body, and resolves with its answer, typed end to end from the contract's schemas.
// The answer is trusted, not parsed again: the contract's schemas (zod) stay out of the pages' bundles
// (the public pages weigh at most 120 kB), the browser imports contract.ts for its types only, and the
// test server checks every answer against the schemas instead (server/http/contractRoutes.ts).
// Downloads, uploads and sign-in redirects take their address from `apiPath` (a link's href, apiBytes,
// apiUpload).

import type { Contract } from '../../../shared/api/contract';
import { fillPath, queryString } from '../../../shared/api/endpoint';
import { endpoints, type RouteId } from '../../../shared/api/endpoints';
import type { ApiInput, ApiOutput, FileAnswer, RedirectAnswer } from '../../../shared/api/route';
import { apiGet, apiSend } from './apiClient';

/** The routes answered in the JSON envelope with a JSON body (or none): the ones `api` calls. */
export type JsonRouteId = {
  [K in RouteId]: Contract[K]['response'] extends FileAnswer | RedirectAnswer
    ? never
    : Contract[K] extends { body: 'upload' | 'stream' }
      ? never
      : K;
}[RouteId];

type Address<K extends RouteId> = Pick<ApiInput<Contract[K]>, 'params' | 'query'>;
type Optional<T> = object extends T ? [input?: T] : [input: T];

/** The address of a route with its parameters and query: a download's href, an upload's target. */
export function apiPath<K extends RouteId>(id: K, ...[input]: Optional<Address<K>>): string {
  const address = input as
    | { params?: Record<string, string | number>; query?: Record<string, string | number> }
    | undefined;
  return `${fillPath(endpoints[id].path, address?.params)}${queryString(address?.query)}`;
}

/** Calls a route of the contract and resolves with its answer's data; a refusal rejects with ApiError. */
export function api<K extends JsonRouteId>(
  id: K,
  ...[input]: Optional<ApiInput<Contract[K]>>
): Promise<ApiOutput<Contract[K]>> {
  const path = apiPath(id, ...([input] as Optional<Address<K>>));
  const { method } = endpoints[id];
  const body = (input as { body?: unknown } | undefined)?.body;
  return method === 'GET'
    ? apiGet<ApiOutput<Contract[K]>>(path)
    : apiSend<ApiOutput<Contract[K]>>(method, path, body ?? {});
}
