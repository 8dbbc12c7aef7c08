import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { defineContract } from '../../shared/api/route';
import { Role } from '../../shared/api/roles';
import { contractRoutes } from './contractRoutes';
import type { Route, RouteResult } from './routes';

const contract = defineContract(
  {
    'things.rename': { method: 'PUT', path: '/api/things/:id/name' },
    'things.file': { method: 'GET', path: '/api/things/:id/thing.json' },
  },
  {
    'things.rename': {
      roles: [Role.Organiser],
      body: z.strictObject({ name: z.string().min(1) }),
      response: z.object({ id: z.string(), name: z.string() }),
      errors: [ErrorCode.NotFound],
    },
    'things.file': { roles: [Role.Public], response: { file: 'application/json' }, errors: [] },
  },
);

const request = (params: Record<string, string>, body?: unknown): Request =>
  ({ params, body, query: {}, headers: {} }) as unknown as Request;

/** The routes with a rename handler that answers (or throws) what `behave` says. */
function routes(
  behave: (id: string, name: string) => unknown,
  checkAnswers = true,
): ReturnType<typeof contractRoutes> {
  return contractRoutes(
    contract,
    {
      'things.rename': ({ params, body }) => ({ data: behave(params.id, body.name) as never }),
      'things.file': ({ params }) => ({
        raw: { contentType: 'application/json', body: `{"id":"${params.id}"}` },
      }),
    },
    { checkAnswers },
  );
}
/** A route's answer as a promise, whether its handler answered at once or later. */
const call = (route: Route, req: Request): Promise<RouteResult> =>
  Promise.resolve().then(() => route.handle(req));
const rename = (list: ReturnType<typeof contractRoutes>) =>
  list.find((route) => route.id === 'things.rename')!;

describe('contractRoutes', () => {
  it('takes each route’s method, path and roles from the contract (one role as the table writes it)', () => {
    const list = routes((id, name) => ({ id, name }));
    expect(list.map(({ id, method, path, role }) => ({ id, method, path, role }))).toEqual([
      {
        id: 'things.rename',
        method: 'put',
        path: '/api/things/:id/name',
        role: Role.Organiser,
      },
      { id: 'things.file', method: 'get', path: '/api/things/:id/thing.json', role: Role.Public },
    ]);
  });

  it('parses the body with the contract’s schema before the handler runs', async () => {
    let calls = 0;
    const route = rename(
      routes((id, name) => {
        calls += 1;
        return { id, name };
      }),
    );
    expect(await call(route, request({ id: 'a' }, { name: 'Alpha' }))).toEqual({
      data: { id: 'a', name: 'Alpha' },
    });
    await expect(call(route, request({ id: 'a' }, { name: '' }))).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
    await expect(call(route, request({ id: 'a' }, { name: 'x', extra: 1 }))).rejects.toBeInstanceOf(
      KleroterionError,
    );
    expect(calls).toBe(1);
  });

  it('lets a declared error through, and turns an undeclared one into a contract violation', async () => {
    const declared = rename(
      routes(() => {
        throw new KleroterionError(ErrorCode.NotFound, 'no such thing');
      }),
    );
    await expect(call(declared, request({ id: 'a' }, { name: 'x' }))).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
    const undeclared = rename(
      routes(() => {
        throw new KleroterionError(ErrorCode.AlreadyDrawn, 'drawn');
      }),
    );
    const error: unknown = await call(undeclared, request({ id: 'a' }, { name: 'x' })).catch(
      (caught: unknown) => caught,
    );
    expect(error).not.toBeInstanceOf(KleroterionError);
    expect(String(error)).toMatch(/route things\.rename: answered ALREADY_DRAWN/);
  });

  it('refuses an answer its schema refuses when checking, and trusts it otherwise', async () => {
    const wrong = () => ({ id: 'a', name: 42 });
    await expect(call(rename(routes(wrong)), request({ id: 'a' }, { name: 'x' }))).rejects.toThrow(
      /answer refused by its schema/,
    );
    expect(await call(rename(routes(wrong, false)), request({ id: 'a' }, { name: 'x' }))).toEqual({
      data: { id: 'a', name: 42 },
    });
  });

  it('runs a route’s guard on its params before its body is parsed', async () => {
    const guarded: string[] = [];
    const route = contractRoutes(
      contract,
      {
        'things.rename': ({ params, body }) => ({ data: { id: params.id, name: body.name } }),
        'things.file': () => ({ raw: { contentType: 'application/json', body: '{}' } }),
      },
      {
        checkAnswers: true,
        beforeBody: {
          'things.rename': ({ params: { id } }) => {
            guarded.push(id);
            if (id !== 'known') throw new KleroterionError(ErrorCode.NotFound, 'no such thing');
          },
        },
      },
    ).find((candidate) => candidate.id === 'things.rename')!;
    // An unknown thing is refused by its guard, even with a body its schema refuses.
    await expect(call(route, request({ id: 'other' }, { name: '' }))).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
    await expect(call(route, request({ id: 'known' }, { name: '' }))).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
    expect(await call(route, request({ id: 'known' }, { name: 'Alpha' }))).toEqual({
      data: { id: 'known', name: 'Alpha' },
    });
    expect(guarded).toEqual(['other', 'known', 'known']);
  });

  it('hands a download its path parameters and answers its file', async () => {
    const file = routes(() => ({})).find((route) => route.id === 'things.file')!;
    expect(await call(file, request({ id: 'z' }))).toEqual({
      raw: { contentType: 'application/json', body: '{"id":"z"}' },
    });
  });

  it('answers a redirect route with its redirect, and refuses JSON from it or a redirect from a JSON route', async () => {
    const signIn = defineContract(
      {
        'sign.start': { method: 'GET', path: '/api/sign/start' },
        'sign.code': { method: 'POST', path: '/api/sign/code' },
      },
      {
        'sign.start': { roles: [Role.Public], response: { redirect: true }, errors: [] },
        'sign.code': { roles: [Role.Public], response: z.object({ ok: z.boolean() }), errors: [] },
      },
    );
    const answers = (start: RouteResult, code: RouteResult) =>
      contractRoutes(
        signIn,
        {
          'sign.start': () => start as { redirect: string },
          'sign.code': () => code as { data: { ok: boolean } },
        },
        { checkAnswers: true },
      );
    const [start, code] = answers({ redirect: '/elsewhere' }, { data: { ok: true } });
    expect(await call(start!, request({}))).toEqual({ redirect: '/elsewhere' });
    expect(await call(code!, request({}, {}))).toEqual({ data: { ok: true } });
    const [jsonStart, redirectCode] = answers({ data: {} }, { redirect: '/x', data: { ok: true } });
    await expect(call(jsonStart!, request({}))).rejects.toThrow(/answered without its redirect/);
    await expect(call(redirectCode!, request({}, {}))).rejects.toThrow(/instead of JSON/);
  });

  it('runs a route’s check of its path before parsing its body, so that a wrong token wins over a bad body', async () => {
    const checked: string[] = [];
    const [route] = contractRoutes(
      contract,
      {
        'things.rename': ({ params, body }) => ({ data: { id: params.id, name: body.name } }),
        'things.file': () => ({ raw: { contentType: 'application/json', body: '{}' } }),
      },
      {
        checkAnswers: true,
        beforeBody: {
          'things.rename': ({ params }) => {
            checked.push(params.id);
            if (params.id !== 'known') throw new KleroterionError(ErrorCode.NotFound, 'no thing');
          },
        },
      },
    );
    await expect(call(route!, request({ id: 'stranger' }, { name: '' }))).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
    await expect(call(route!, request({ id: 'known' }, { name: '' }))).rejects.toMatchObject({
      code: ErrorCode.ValidationFailed,
    });
    expect(await call(route!, request({ id: 'known' }, { name: 'Kappa' }))).toEqual({
      data: { id: 'known', name: 'Kappa' },
    });
    expect(checked).toEqual(['stranger', 'known', 'known']);
  });
});
