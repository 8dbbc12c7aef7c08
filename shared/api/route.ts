// What the contract says of one HTTP route besides its address: the schemas of its input and answer, the
// roles allowed and the error codes it may answer. The server registers and parses from it
// (server/http/contractRoutes.ts); the browser types `api(routeId, input)` from it (client/src/api/api.ts).

import type { z } from 'zod';
import { ErrorCode } from '../errors';
import { ACCOUNT_ROLE_VALUES, Role } from './roles';
import type { Endpoint, PathParamNames } from './endpoint';

/** A download answered as bytes (a record, a log, a receipts file), not in the JSON envelope. */
export interface FileAnswer {
  readonly file: string;
}

/**
 * A sign-in step answered by sending the browser elsewhere (302), not in the JSON envelope: the page a
 * navigation lands on (OpenID Connect's start and callback). Its refusals of the request itself (the
 * route's errors) are still JSON.
 */
export interface RedirectAnswer {
  readonly redirect: true;
}

export interface RouteSpec {
  /** Any one of them is enough. */
  readonly roles: readonly Role[];
  /** Path parameters; without it each `:name` is a string, unchecked. */
  readonly params?: z.ZodType<Record<string, string>, Record<string, string>>;
  readonly query?: z.ZodType<Record<string, unknown>>;
  /**
   * A JSON body; 'upload': the raw bytes of a file (CSV, JSON), read whole before the handler; 'stream':
   * a file too large to hold (a register of millions of rows), left unread for the handler to stream.
   */
  readonly body?: z.ZodType | 'upload' | 'stream';
  /** The `data` of a success (JSON envelope), a file download, or a redirect. */
  readonly response: z.ZodType | FileAnswer | RedirectAnswer;
  /** The codes the route itself may answer, beyond those of the envelope (see errorsOf). */
  readonly errors: readonly ErrorCode[];
  /** Subject to a rate limit: sign-in attempts (true), or applications to a call per client. */
  readonly rateLimited?: true | 'applications';
}

export type RouteContract = Endpoint & RouteSpec;

/** The contract of a group: each endpoint of `endpoints` with its spec, neither without the other. */
export function defineContract<
  const E extends Record<string, Endpoint>,
  const S extends { readonly [K in keyof E]: RouteSpec },
>(endpoints: E, specs: S): { readonly [K in keyof E]: E[K] & S[K] } {
  return Object.fromEntries(
    Object.keys(endpoints).map((id) => [id, { ...endpoints[id], ...specs[id] }]),
  ) as { readonly [K in keyof E]: E[K] & S[K] };
}

export const isFile = (answer: RouteSpec['response']): answer is FileAnswer =>
  typeof answer === 'object' && answer !== null && 'file' in answer;

export const isRedirect = (answer: RouteSpec['response']): answer is RedirectAnswer =>
  typeof answer === 'object' && answer !== null && 'redirect' in answer;

/** Whether a route needs a signed-in account (else it is public, or its token is the credential). */
export const needsAccount = (route: Pick<RouteSpec, 'roles'>): boolean =>
  route.roles.some((role) => role === Role.Account || ACCOUNT_ROLE_VALUES.includes(role));

/** Every code a route may answer: its own, and those the envelope adds around any route. */
export function errorsOf(route: RouteContract): ReadonlySet<ErrorCode> {
  const codes = new Set<ErrorCode>([
    ...route.errors,
    ErrorCode.ValidationFailed,
    ErrorCode.Internal,
    ErrorCode.RateLimited,
  ]);
  // The envelope reads a body sent to any write, whether the route declares one or not.
  if (route.method !== 'GET')
    codes.add(ErrorCode.OriginRefused).add(ErrorCode.JsonMalformed).add(ErrorCode.UploadTooLarge);
  if (needsAccount(route)) codes.add(ErrorCode.Unauthenticated).add(ErrorCode.Forbidden);
  return codes;
}

// The types both ends read: the input a caller gives, the answer it gets.

type Field<K extends string, T> = [T] extends [undefined]
  ? { readonly [P in K]?: undefined }
  : object extends T
    ? { readonly [P in K]?: T }
    : { readonly [P in K]: T };

export type ParamsInput<R extends RouteContract> = R['params'] extends z.ZodType
  ? z.input<R['params']>
  : Record<PathParamNames<R['path']>, string | number>;
export type QueryInput<R extends RouteContract> = R['query'] extends z.ZodType
  ? z.input<R['query']>
  : undefined;
export type BodyInput<R extends RouteContract> = R['body'] extends z.ZodType
  ? z.input<R['body']>
  : R['body'] extends 'upload' | 'stream'
    ? Blob
    : undefined;

/** What `api(routeId, input)` takes: the parameters, query and body the route declares, no others. */
export type ApiInput<R extends RouteContract> = Field<'params', ParamsInput<R>> &
  Field<'query', QueryInput<R>> &
  Field<'body', BodyInput<R>>;

/** What a success gives: the answer's data, or the bytes of a download (a redirect gives the browser none). */
export type ApiOutput<R extends RouteContract> = R['response'] extends z.ZodType
  ? z.output<R['response']>
  : R['response'] extends FileAnswer
    ? Uint8Array
    : never;
