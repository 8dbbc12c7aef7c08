// Fuzzing helper: hostile HTTP requests generated from the real route table (method, path, role), as
// symbolic values resolved against the fuzz world when sent, so that generation stays pure and seeded.
// The routes of the HTTP contract (shared/api/contract.ts) also get requests generated from their own
// schemas ('contract-schema': bodies and queries the schema accepts, or near misses, from a caller the
// table allows); the routes not migrated yet get the hostile categories only, from the table.

import fc from 'fast-check';
import { contract } from '../../../shared/api/contract';
import type { RouteContract } from '../../../shared/api/route';
import { CALLERS, HTTP_ACCESS, Outcome, type Caller } from '../contract/accessTable';
import { deepJsonText, hostileString, hostileValue, pollutingObject } from './hostileValues';
import { aroundSchema } from './schemaValues';

export const HTTP_CATEGORIES = [
  'out-of-role',
  'malformed-body',
  'prototype-pollution',
  'bad-json',
  'deep-json',
  'oversized-body',
  'bad-path',
  'stale-credential',
  'foreign-origin',
  'wrong-content-type',
  'contract-schema',
] as const;
export type HttpCategory = (typeof HTTP_CATEGORIES)[number];

/** A path parameter: the world's real one, or a hostile string. */
export type PathValue = { real: true } | { real: false; text: string };

export interface HttpInput {
  kind: 'http';
  category: HttpCategory;
  caller: Caller;
  /** "METHOD path" of the route in the table. */
  route: string;
  /** Path parameters; tokens are the caller's own when real. */
  params: Record<string, PathValue>;
  /** Which organiser cookie to send (callers other than the organiser send none). */
  credential: 'own' | 'logged-out' | 'expired' | 'answered-invitation';
  origin: 'same' | 'none' | 'evil';
  /** A query string's fields (contract routes with a query schema). */
  query?: Record<string, unknown>;
  body:
    | { type: 'none' }
    | { type: 'json'; value: unknown }
    | { type: 'text'; text: string; contentType: string }
    | { type: 'deep'; depth: number; asObject: boolean }
    | { type: 'oversized'; bytes: number };
}

/** Field names each route's body schema knows, so that hostile bodies look almost right. */
const FIELD_NAMES = [
  'title',
  'seats',
  'alternates',
  'password',
  'witnesses',
  'drandRound',
  'source',
  'value',
  'signature',
  'deadline',
  'answer',
  'votes',
  'organiserSecret',
  'variant',
  'processId',
  'name',
  'email',
  'projectName',
  'decision',
  'reason',
] as const;

/** A plausible, well-formed body per route: what an honest client of that route would send. */
export function plausibleBody(route: string): HttpInput['body'] {
  if (route.startsWith('GET ')) return { type: 'none' };
  if (route.endsWith('/answer')) return { type: 'json', value: { answer: 'decline' } };
  if (route.endsWith('/settings')) return { type: 'json', value: { title: 'Nouveau titre' } };
  if (route.endsWith('/quotas'))
    return { type: 'text', text: 'category,feature,min,max\nsex,f,1,2\n', contentType: 'text/csv' };
  if (route.endsWith('/volunteers'))
    return { type: 'text', text: 'name,email\nA,a@example.org\n', contentType: 'text/csv' };
  if (route.endsWith('/auth/login') || route.endsWith('/auth/setup'))
    return { type: 'json', value: { password: 'not the password at all' } };
  return { type: 'json', value: {} };
}

const routeKeys = Object.keys(HTTP_ACCESS);

/** The contract's routes by "METHOD path", the key of the access table. */
export const CONTRACT_ROUTES: ReadonlyMap<string, RouteContract> = new Map(
  Object.values(contract as Readonly<Record<string, RouteContract>>).map((route) => [
    `${route.method} ${route.path}`,
    route,
  ]),
);
const contractKeys = [...CONTRACT_ROUTES.keys()].filter((key) => HTTP_ACCESS[key] !== undefined);

/** A request to a contract route from its schemas: its query and JSON body, accepted or nearly. */
function fromSchemas(input: HttpInput): fc.Arbitrary<HttpInput> {
  const route = CONTRACT_ROUTES.get(input.route)!;
  const query =
    route.query === undefined
      ? fc.constant(undefined)
      : aroundSchema(route.query, FIELD_NAMES).map((value) =>
          typeof value === 'object' && value !== null && !Array.isArray(value)
            ? (value as Record<string, unknown>)
            : undefined,
        );
  const body =
    route.body === undefined || route.body === 'upload' || route.body === 'stream'
      ? fc.constant(input.body)
      : aroundSchema(route.body, FIELD_NAMES).map((value): HttpInput['body'] => ({
          type: 'json',
          value,
        }));
  return fc
    .tuple(query, body)
    .map(([q, b]) => ({ ...input, ...(q === undefined ? {} : { query: q }), body: b }));
}
const paramNames = (route: string): string[] =>
  [...route.matchAll(/:([a-z]+)/g)].map((match) => match[1]!);
const realParams = (route: string): Record<string, PathValue> =>
  Object.fromEntries(paramNames(route).map((name) => [name, { real: true }]));
const isWrite = (route: string) => !route.startsWith('GET ');
const restrictedRoutes = routeKeys.filter((key) =>
  CALLERS.some((caller) => HTTP_ACCESS[key]![caller] !== Outcome.Allow),
);
const organiserRoutes = routeKeys.filter(
  (key) =>
    HTTP_ACCESS[key]!.organiser === Outcome.Allow && HTTP_ACCESS[key]!.anonymous !== Outcome.Allow,
);

const hostilePath = (): fc.Arbitrary<string> =>
  fc.oneof(
    hostileString(),
    fc.constantFrom('..', '%2e%2e%2f', '0000000000000000', 'ffffffffffffffff', 'x'.repeat(5000)),
  );

/** One hostile request. */
export const httpInput = (): fc.Arbitrary<HttpInput> =>
  fc
    .record({
      category: fc.constantFrom(...HTTP_CATEGORIES),
      route: fc.constantFrom(...routeKeys),
      caller: fc.constantFrom(...CALLERS),
      body: hostileValue(FIELD_NAMES),
      pollution: pollutingObject(FIELD_NAMES),
      text: fc.oneof(
        fc.constantFrom(
          '{"title": ',
          '{"a":1,}',
          "{'a':1}",
          'NaN',
          '\ufeff{}',
          '{"a":1}{"b":2}',
          '',
        ),
        fc.string({ unit: 'binary', maxLength: 60 }),
      ),
      depth: fc.integer({ min: 1_000, max: 100_000 }),
      asObject: fc.boolean(),
      pathText: hostilePath(),
      stale: fc.constantFrom('logged-out', 'expired', 'answered-invitation') as fc.Arbitrary<
        'logged-out' | 'expired' | 'answered-invitation'
      >,
      origin: fc.constantFrom('none', 'evil') as fc.Arbitrary<'none' | 'evil'>,
      contentType: fc.constantFrom(
        'text/plain',
        'application/xml',
        'multipart/form-data',
        'application/json; charset=utf-16',
      ),
    })
    .map((g): HttpInput => {
      const base: HttpInput = {
        kind: 'http',
        category: g.category,
        caller: g.caller,
        route: g.route,
        params: realParams(g.route),
        credential: 'own',
        origin: 'same',
        body: plausibleBody(g.route),
      };
      switch (g.category) {
        case 'out-of-role': {
          // A caller the table refuses, with an otherwise well-formed request to a restricted route.
          const route = restrictedRoutes.includes(g.route)
            ? g.route
            : restrictedRoutes[g.depth % restrictedRoutes.length]!;
          const refused = CALLERS.filter((c) => HTTP_ACCESS[route]![c] !== Outcome.Allow);
          return {
            ...base,
            route,
            params: realParams(route),
            body: plausibleBody(route),
            caller: refused[g.depth % refused.length]!,
          };
        }
        case 'malformed-body':
          return { ...base, body: { type: 'json', value: g.body } };
        case 'prototype-pollution':
          return { ...base, body: { type: 'json', value: g.pollution } };
        case 'bad-json':
          return { ...base, body: { type: 'text', text: g.text, contentType: 'application/json' } };
        case 'deep-json':
          return { ...base, body: { type: 'deep', depth: g.depth, asObject: g.asObject } };
        case 'oversized-body':
          return { ...base, body: { type: 'oversized', bytes: 300 * 1024 + (g.depth % 1000) } };
        case 'bad-path': {
          const names = paramNames(g.route);
          if (names.length === 0) return { ...base, body: { type: 'json', value: g.body } };
          const target = names[g.depth % names.length]!;
          return {
            ...base,
            params: { ...base.params, [target]: { real: false, text: g.pathText } },
          };
        }
        case 'stale-credential': {
          if (g.stale === 'answered-invitation') {
            const route = 'POST /api/invitations/:token/answer';
            return {
              ...base,
              caller: 'juror',
              route,
              params: realParams(route),
              body: plausibleBody(route),
              credential: g.stale,
            };
          }
          const route = organiserRoutes[g.depth % organiserRoutes.length]!;
          return {
            ...base,
            caller: 'organiser',
            route,
            params: realParams(route),
            body: plausibleBody(route),
            credential: g.stale,
          };
        }
        case 'foreign-origin': {
          const route = isWrite(g.route) ? g.route : 'POST /api/processes';
          return {
            ...base,
            origin: g.origin,
            route,
            params: realParams(route),
            body: plausibleBody(route),
          };
        }
        case 'wrong-content-type':
          return {
            ...base,
            body: {
              type: 'text',
              text: JSON.stringify(g.body) ?? 'null',
              contentType: g.contentType,
            },
          };
        case 'contract-schema': {
          // A caller the table allows, so that the request reaches the route's parser and handler.
          const route = contractKeys.includes(g.route)
            ? g.route
            : contractKeys[g.depth % contractKeys.length]!;
          const allowed = CALLERS.filter((c) => HTTP_ACCESS[route]![c] === Outcome.Allow);
          return {
            ...base,
            route,
            params: realParams(route),
            body: plausibleBody(route),
            caller: allowed.length === 0 ? g.caller : allowed[g.depth % allowed.length]!,
          };
        }
      }
    })
    .chain((input) =>
      input.category === 'contract-schema' ? fromSchemas(input) : fc.constant(input),
    );

/** The deep body's text, built only when sent (it can be large). */
export const deepBody = (depth: number, asObject: boolean): string => deepJsonText(depth, asObject);
