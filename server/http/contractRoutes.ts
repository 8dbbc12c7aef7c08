// The server's half of the HTTP contract (shared/api/contract.ts): each contract route becomes a Route of
// the table app.ts registers, with its method, path, roles and rate limit taken from the contract. Its
// params, query and body are parsed here, once, with the contract's schemas, and the handler gets them
// typed. With `checkAnswers` (the test server), an answer the contract does not describe (data its schema
// refuses, an error code it does not list, a redirect where it says JSON) is answered as INTERNAL, so a
// drifting contract fails a test.

import type { Request } from 'express';
import type { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import {
  errorsOf,
  isFile,
  isRedirect,
  type FileAnswer,
  type RouteContract,
} from '../../shared/api/route';
import type { PathParamNames } from '../../shared/api/endpoint';
import type { Role } from '../../shared/api/roles';
import type { RouteResult, Route } from './routes';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler gets: its input parsed by the contract, and the request (cookies, uploads, headers). */
export interface HandlerInput<R extends RouteContract> {
  params: R['params'] extends z.ZodType
    ? z.output<R['params']>
    : Record<PathParamNames<R['path']>, string>;
  query: Out<R['query']>;
  body: Out<R['body']>;
  req: Request;
}

/** What a handler answers: the response's data (typed by the contract), a file, or a redirect. */
export type HandlerResult<R extends RouteContract> = R['response'] extends z.ZodType
  ? Omit<RouteResult, 'data' | 'raw' | 'redirect'> & { data: z.input<R['response']> }
  : R['response'] extends FileAnswer
    ? Omit<RouteResult, 'data' | 'raw' | 'redirect'> & { raw: NonNullable<RouteResult['raw']> }
    : Omit<RouteResult, 'data' | 'raw' | 'redirect'> & { redirect: string };

/** Checks run on a route's parsed params before its query and body are read: a link's token, say. */
export type Guards<C extends Record<string, RouteContract>> = {
  readonly [K in keyof C]?: (params: HandlerInput<C[K]>['params']) => void;
};

export type Handlers<C extends Record<string, RouteContract>> = {
  [K in keyof C]: (input: HandlerInput<C[K]>) => HandlerResult<C[K]> | Promise<HandlerResult<C[K]>>;
};

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
  return parsed.data;
}

const violation = (id: string, what: string): Error =>
  new Error(`HTTP contract violation by route ${id}: ${what}`);

/** The routes of a contract group, each with its handler; the types require one handler per route. */
export function contractRoutes<C extends Record<string, RouteContract>>(
  contract: C,
  handlers: Handlers<C>,
  options: {
    checkAnswers?: boolean;
    /**
     * A credential in the path checked before the body is parsed, so that a wrong token is refused as
     * such whatever the body (an account link): the route's own check, run with its parsed parameters.
     */
    beforeBody?: { [K in keyof C]?: (input: Omit<HandlerInput<C[K]>, 'body'>) => void };
  } = {},
): Route[] {
  return Object.entries(contract).map(([id, route]) => {
    const handler = handlers[id as keyof C] as unknown as (
      input: HandlerInput<RouteContract>,
    ) => RouteResult | Promise<RouteResult>;
    const declared = errorsOf(route);
    const beforeBody = options.beforeBody?.[id as keyof C] as
      ((input: Omit<HandlerInput<RouteContract>, 'body'>) => void) | undefined;
    const parsed = (req: Request): HandlerInput<RouteContract> => {
      const address = {
        params:
          route.params === undefined
            ? Object.fromEntries(
                Object.entries(req.params).map(([name, value]) => [name, String(value)]),
              )
            : parse(route.params, req.params),
        query: route.query === undefined ? undefined : parse(route.query, req.query),
        req,
      };
      beforeBody?.(address);
      return {
        ...address,
        body:
          route.body === undefined || route.body === 'upload' || route.body === 'stream'
            ? undefined
            : parse(route.body, req.body ?? {}),
      };
    };
    // Synchronous handlers stay synchronous: the answer goes out in the same turn as before the contract.
    const undeclared = (error: unknown): unknown =>
      error instanceof KleroterionError && !declared.has(error.code)
        ? violation(id, `answered ${error.code}, which it does not declare`)
        : error;
    const described = (result: RouteResult): RouteResult => {
      if (isFile(route.response)) {
        if (result.raw === undefined) throw violation(id, 'answered JSON instead of a file');
      } else if (isRedirect(route.response)) {
        if (result.redirect === undefined) throw violation(id, 'answered without its redirect');
      } else {
        if (result.redirect !== undefined || result.raw !== undefined)
          throw violation(id, 'answered a redirect or a file instead of JSON');
        const answer = route.response.safeParse(result.data);
        if (!answer.success)
          throw violation(id, `answer refused by its schema: ${describeIssues(answer.error)}`);
      }
      return result;
    };
    const checked = (req: Request): RouteResult | Promise<RouteResult> => {
      let result: RouteResult | Promise<RouteResult>;
      try {
        result = handler(parsed(req));
      } catch (error) {
        throw undeclared(error);
      }
      return result instanceof Promise
        ? result.then(described, (error: unknown) => {
            throw undeclared(error);
          })
        : described(result);
    };
    const handle = options.checkAnswers === true ? checked : (req: Request) => handler(parsed(req));
    return {
      id,
      method: route.method.toLowerCase() as Route['method'],
      path: route.path,
      // One role written as the table's other routes write it, so that every reader of the table (the
      // authorization and confidentiality tests, the access matrix) compares it the same way.
      role: route.roles.length === 1 ? (route.roles[0] as Role) : route.roles,
      ...(route.body === 'upload' ? { rawBody: true } : {}),
      ...(route.body === 'stream' ? { streamBody: true } : {}),
      ...(route.rateLimited === undefined ? {} : { rateLimited: route.rateLimited }),
      handle,
    } satisfies Route;
  });
}
