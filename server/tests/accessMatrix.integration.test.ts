import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALLERS,
  HTTP_ACCESS,
  Outcome,
  SOCKET_ACCESS,
  routeKey,
  type Caller,
} from '../testing/contract/accessTable';
import { createFuzzWorld, type FuzzWorld } from '../testing/fuzz/fuzzWorld';
import { plausibleBody } from '../testing/fuzz/httpInputs';
import { plausiblePayload } from '../testing/fuzz/socketInputs';

let world: FuzzWorld;
beforeAll(async () => {
  world = await createFuzzWorld();
});
afterAll(() => world.close());

/** The code of a refusal, or 'allow' when the answer is anything but an authorisation refusal. */
function outcomeOf(answer: { ok: boolean; error?: { code: string } } | undefined): string {
  if (answer === undefined) return '(no answer)';
  if (answer.ok) return Outcome.Allow;
  const code = answer.error?.code ?? '(untyped)';
  const refusals: string[] = [Outcome.Unauthenticated, Outcome.TokenInvalid, Outcome.Forbidden];
  return refusals.includes(code) ? code : Outcome.Allow;
}

async function callRoute(route: string, caller: Caller) {
  const [method, template] = route.split(' ') as [string, string];
  const handle = world.callers[caller];
  const path = template
    .replace(':id', template.includes('/calls/') ? world.callId : world.processId)
    .replace(':token', handle.token ?? 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')
    .replace(':ref', world.applicationRef);
  const body = plausibleBody(route);
  const headers: Record<string, string> = { origin: world.server.url };
  if (handle.cookie !== undefined) headers['cookie'] = handle.cookie;
  if (body.type === 'json') headers['content-type'] = 'application/json';
  if (body.type === 'text') headers['content-type'] = body.contentType;
  const response = await fetch(`${world.server.url}${path}`, {
    method,
    headers,
    ...(body.type === 'json' ? { body: JSON.stringify(body.value) } : {}),
    ...(body.type === 'text' ? { body: body.text } : {}),
  });
  const text = await response.text();
  return { status: response.status, text };
}

describe('the access table lists the whole contract', () => {
  it('has a row for every HTTP route the server serves, and no other', () => {
    expect(Object.keys(HTTP_ACCESS).sort()).toEqual(world.server.app.routes.map(routeKey).sort());
  });

  it('has a row for every client→server event of shared/protocol.ts and every handler the server registers', () => {
    const protocol = readFileSync(new URL('../../shared/protocol.ts', import.meta.url), 'utf8');
    const block = /interface ClientToServerEvents \{([\s\S]*?)\n\}/.exec(protocol)![1]!;
    const declared = [...block.matchAll(/^\s*'([a-z]+:[a-z]+)':/gm)].map((m) => m[1]!);
    expect(declared.sort()).toEqual(Object.keys(SOCKET_ACCESS).sort());
    const serverSocket = [...world.server.app.io.of('/').sockets.values()][0]!;
    const handled = serverSocket
      .eventNames()
      .map(String)
      .filter((name) => !['disconnect', 'disconnecting', 'error'].includes(name));
    expect([...new Set(handled)].sort()).toEqual(Object.keys(SOCKET_ACCESS).sort());
  });
});

describe('authorisation matrix: every route and every event, for every caller', () => {
  it('gives every caller exactly the outcome the table declares on every HTTP route', async () => {
    const found: string[] = [];
    // Sign-out last, so that it does not end the organiser's session for the other routes.
    const routes = Object.keys(HTTP_ACCESS).sort(
      (a, b) => Number(a.endsWith('/logout')) - Number(b.endsWith('/logout')),
    );
    for (const route of routes)
      for (const caller of CALLERS) {
        const { status, text } = await callRoute(route, caller);
        expect(status, `${route} as ${caller}: ${text.slice(0, 120)}`).toBeLessThan(500);
        const answer = text.startsWith('{')
          ? (JSON.parse(text) as { ok: boolean })
          : { ok: status < 400 };
        const outcome = outcomeOf(answer);
        if (outcome !== HTTP_ACCESS[route]![caller])
          found.push(`${route} as ${caller}: ${outcome}, expected ${HTTP_ACCESS[route]![caller]}`);
        if (outcome === Outcome.Unauthenticated) expect(status).toBe(401);
        if (outcome === Outcome.TokenInvalid) expect(status).toBe(404);
      }
    expect(found).toEqual([]);
  });

  it('gives every caller exactly the outcome the table declares on every socket event', async () => {
    const found: string[] = [];
    for (const event of Object.keys(SOCKET_ACCESS) as (keyof typeof SOCKET_ACCESS)[])
      for (const caller of CALLERS) {
        const handle = world.callers[caller];
        // Joining uses a fresh connection, so that each caller's own socket keeps its role.
        const socket =
          event === 'room:join' ? await world.openSocket(handle.cookie) : handle.socket;
        const payload = plausiblePayload(event, {
          processId: world.processId,
          token: handle.token,
        });
        const answer = (await (
          socket.timeout(5000).emitWithAck as (e: string, p: unknown) => Promise<unknown>
        )(event, payload)) as { ok: boolean; error?: { code: string } };
        if (event === 'room:join') socket.disconnect();
        const outcome = outcomeOf(answer);
        if (outcome !== SOCKET_ACCESS[event][caller])
          found.push(
            `${event} as ${caller}: ${outcome} ${JSON.stringify(answer).slice(0, 100)}, expected ${SOCKET_ACCESS[event][caller]}`,
          );
      }
    expect(found).toEqual([]);
  });
});
