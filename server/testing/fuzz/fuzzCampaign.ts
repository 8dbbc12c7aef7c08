// Hostile-input fuzzing of the real server: seeded HTTP requests and socket messages from every kind of
// caller, each checked against the oracles: no crash, no 5xx, typed rejections with a known code, no
// state change on a rejection, no access the table refuses, and no other caller's data in any answer.
// A route of the HTTP contract (shared/api/contract.ts) is held to it as well: every answer is its
// declared response (its schema, its file, its redirect) or one of its declared error codes, with the
// status shared/api/errorStatus.ts gives that code.

import fc from 'fast-check';
import { ErrorCode } from '../../../shared/errors';
import { errorStatus } from '../../../shared/api/errorStatus';
import { errorsOf, isFile, isRedirect, type RouteContract } from '../../../shared/api/route';
import { HTTP_ACCESS, Outcome, SOCKET_ACCESS, type Caller } from '../contract/accessTable';
import type { FuzzSocket, FuzzWorld } from './fuzzWorld';
import { CONTRACT_ROUTES, deepBody, type HttpInput } from './httpInputs';
import { httpInput } from './httpInputs';
import { plausiblePayload, socketInput, type SocketInput } from './socketInputs';
import { signIn } from '../testServer';

export type FuzzInput = HttpInput | SocketInput;

export interface Violation {
  input: string;
  problem: string;
}

export interface FuzzReport {
  seed: number;
  runs: number;
  byCategory: Record<string, { sent: number; rejected: number; accepted: number }>;
  byCode: Record<string, number>;
  violations: Violation[];
  /** Writes the server accepted (by callers the table allows): worth reading after a run. */
  acceptedWrites: string[];
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const UNKNOWN_EVENTS = ['admin:drop', '__proto__', 'constructor', 'toString', 'room:leave'];

/** The seeded inputs: half HTTP requests, half socket messages, interleaved. */
export function fuzzInputs(seed: number, runs: number): FuzzInput[] {
  return fc.sample(fc.oneof(httpInput(), socketInput()), { seed, numRuns: runs });
}

export function describeInput(input: FuzzInput): string {
  const text = JSON.stringify(input, (_key, value: unknown) =>
    typeof value === 'string' && value.length > 80
      ? `${value.slice(0, 80)}…(${value.length})`
      : value,
  );
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

type Answer =
  | { ok: true; data?: unknown }
  | { ok: false; error: { code: string; message: string } }
  | undefined;

/** Runs every input against the world, in order; never throws on a finding, reports it. */
export async function runFuzzCampaign(
  world: FuzzWorld,
  seed: number,
  runs: number,
  onProgress?: (done: number) => void,
): Promise<FuzzReport> {
  const report: FuzzReport = {
    seed,
    runs,
    byCategory: {},
    byCode: {},
    violations: [],
    acceptedWrites: [],
  };
  let state = world.snapshot();
  let loggedErrors = world.loggedErrors.length;
  const inputs = fuzzInputs(seed, runs);
  for (const [index, input] of inputs.entries()) {
    const problems: string[] = [];
    const outcome =
      input.kind === 'http'
        ? await sendHttp(world, input, problems)
        : await sendSocket(world, input, problems);
    const after = world.snapshot();
    const category = `${input.kind} ${input.category}`;
    const tally = (report.byCategory[category] ??= { sent: 0, rejected: 0, accepted: 0 });
    tally.sent++;
    if (outcome.rejectedWith !== undefined) {
      tally.rejected++;
      report.byCode[outcome.rejectedWith] = (report.byCode[outcome.rejectedWith] ?? 0) + 1;
      if (after !== state) problems.push('the state changed on a rejected input');
    } else if (outcome.accepted) {
      tally.accepted++;
      report.byCode['(accepted)'] = (report.byCode['(accepted)'] ?? 0) + 1;
      if (outcome.isRead && after !== state) problems.push('a read changed the state');
      if (!outcome.isRead) {
        report.acceptedWrites.push(`#${index} ${describeInput(input)}`);
        // An accepted write may set work going (its mail is delivered just after the answer).
        await settle(world);
      }
    } else {
      report.byCode['(no answer)'] = (report.byCode['(no answer)'] ?? 0) + 1;
      if (after !== state) problems.push('the state changed on an unanswered input');
    }
    state = after;
    if (world.loggedErrors.length > loggedErrors) {
      problems.push(
        `the server logged an error: ${world.loggedErrors.slice(loggedErrors).join(' | ')}`,
      );
      loggedErrors = world.loggedErrors.length;
    }
    problems.push(...drainLeaks(world));
    for (const problem of problems)
      report.violations.push({ input: `#${index} ${describeInput(input)}`, problem });
    if (index % 250 === 249 || index === inputs.length - 1) {
      for (const problem of await healthProblems(world))
        report.violations.push({ input: `after #${index}`, problem });
      state = world.snapshot();
      onProgress?.(index + 1);
    }
  }
  return report;
}

interface Outcome_ {
  /** The error code of a typed rejection. */
  rejectedWith?: string;
  accepted: boolean;
  isRead: boolean;
}

export function checkLeaks(
  world: FuzzWorld,
  caller: Caller,
  text: string,
  where: string,
): string[] {
  return world.secrets
    .filter((secret) => secret.owner !== caller && text.includes(secret.text))
    .map((secret) => `${where} shows ${caller} another's data: ${secret.text.slice(0, 12)}…`);
}

/** Checks what the server pushed to every caller's socket except the facilitator's, then forgets it. */
function drainLeaks(world: FuzzWorld): string[] {
  const problems: string[] = [];
  for (const handle of Object.values(world.callers)) {
    // The organiser and the assigned facilitator run the room: they see what the facilitator sees.
    if (
      handle.caller !== 'organiser' &&
      handle.caller !== 'facilitator' &&
      handle.received.length > 0
    )
      problems.push(...checkLeaks(world, handle.caller, JSON.stringify(handle.received), 'a push'));
    handle.received.length = 0;
  }
  return problems;
}

/** Waits until the state stops changing (at most a second): the next input starts from a still world. */
async function settle(world: FuzzWorld): Promise<void> {
  let before = world.snapshot();
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const now = world.snapshot();
    if (now === before) return;
    before = now;
  }
}

/** Whether a path (as the server sees it, after the URL's normalisation) is the route's template. */
const matchesTemplate = (template: string, pathname: string): boolean =>
  new RegExp(`^${template.replace(/:[A-Za-z]+/g, '[^/]+')}$`).test(pathname);

/** What the contract says of an answer: its declared response, or a declared code with its status. */
export function contractProblems(
  route: RouteContract,
  status: number,
  text: string,
  location: string | null,
): string[] {
  const name = `${route.method} ${route.path}`;
  let answer: Answer;
  try {
    answer = JSON.parse(text) as Answer;
  } catch {
    answer = undefined;
  }
  if (status >= 400) {
    if (answer?.ok !== false) return [];
    const code = answer.error.code;
    if (!errorsOf(route).has(code as ErrorCode))
      return [`${name} answered ${code}, which its contract does not declare`];
    if (errorStatus(code) !== status)
      return [`${name} answered ${code} with HTTP ${status}, not ${errorStatus(code)}`];
    return [];
  }
  if (isRedirect(route.response))
    return status >= 300 && status < 400 && location !== null
      ? []
      : [`${name} answered HTTP ${status} instead of its redirect`];
  if (status >= 300) return [`${name} answered HTTP ${status}, a redirect it does not declare`];
  if (isFile(route.response)) return [];
  if (answer?.ok !== true) return [`${name} answered outside the envelope: ${text.slice(0, 120)}`];
  const parsed = route.response.safeParse(answer.data);
  return parsed.success ? [] : [`${name} answered data its response schema refuses`];
}

function resolvePath(world: FuzzWorld, input: HttpInput): string {
  const [, template] = input.route.split(' ') as [string, string];
  const handle = world.callers[input.caller];
  const query =
    input.query === undefined
      ? ''
      : `?${new URLSearchParams(Object.entries(input.query).map(([key, value]) => [key, typeof value === 'string' ? value : (JSON.stringify(value) ?? '')])).toString()}`;
  return `${fillTemplate(world, input, template, handle)}${query}`;
}

function fillTemplate(
  world: FuzzWorld,
  input: HttpInput,
  template: string,
  handle: FuzzWorld['callers'][Caller],
): string {
  return template.replace(/:([a-z]+)/g, (_match, name: string) => {
    const value = input.params[name];
    if (value === undefined || !value.real)
      return Array.from(new TextEncoder().encode(value?.text ?? ''))
        .map((byte) => `%${byte.toString(16).padStart(2, '0')}`)
        .join('');
    if (name === 'id') {
      if (template.includes('/calls/')) return world.callId;
      // The organiser's writes go to the draft process, whose settings may still change.
      return input.caller === 'organiser' && !input.route.startsWith('GET ')
        ? world.draftProcessId
        : world.processId;
    }
    if (name === 'ref') return world.applicationRef;
    return handle.token ?? 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
  });
}

async function sendHttp(world: FuzzWorld, input: HttpInput, problems: string[]): Promise<Outcome_> {
  const [method] = input.route.split(' ') as [string];
  const headers: Record<string, string> = {};
  const cookie =
    input.caller !== 'organiser'
      ? world.callers[input.caller].cookie
      : input.credential === 'logged-out'
        ? world.staleCredentials.loggedOutCookie
        : input.credential === 'expired'
          ? world.staleCredentials.expiredCookie
          : world.callers.organiser.cookie;
  if (cookie !== undefined) headers['cookie'] = cookie;
  if (input.origin === 'same') headers['origin'] = world.server.url;
  if (input.origin === 'evil') headers['origin'] = 'https://evil.example';
  let body: string | undefined;
  const b = input.body;
  if (b.type === 'json') body = JSON.stringify(b.value) ?? 'null';
  if (b.type === 'deep') body = deepBody(b.depth, b.asObject);
  if (b.type === 'oversized') body = JSON.stringify({ title: 'x'.repeat(b.bytes) });
  if (b.type === 'text') body = b.text;
  if (body !== undefined && method !== 'GET')
    headers['content-type'] = b.type === 'text' ? b.contentType : 'application/json';
  let response: Response;
  let text: string;
  let url: URL;
  try {
    url = new URL(`${world.server.url}${resolvePath(world, input)}`);
    // Redirects are answers (OpenID Connect's sign-in steps): read, not followed.
    response = await fetch(url, {
      method,
      headers,
      redirect: 'manual',
      ...(body !== undefined && method !== 'GET' ? { body } : {}),
    });
    text = await response.text();
  } catch (error) {
    problems.push(`no HTTP answer: ${String((error as { cause?: unknown }).cause ?? error)}`);
    return { accepted: false, isRead: method === 'GET' };
  }
  const isRead = method === 'GET';
  const ownCredential = input.credential === 'own' && input.category !== 'stale-credential';
  if (!(input.caller === 'organiser' && ownCredential))
    problems.push(...checkLeaks(world, input.caller, text, `HTTP ${response.status}`));
  if (response.status >= 500) problems.push(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  const declared = CONTRACT_ROUTES.get(input.route);
  const [, template] = input.route.split(' ') as [string, string];
  // A hostile path parameter may lead elsewhere ("%2e%2e" is ".."): then another route, or none, answers.
  if (declared !== undefined && matchesTemplate(template, url.pathname))
    problems.push(
      ...contractProblems(declared, response.status, text, response.headers.get('location')),
    );
  if (response.status >= 400) {
    let answer: Answer;
    try {
      answer = JSON.parse(text) as Answer;
    } catch {
      answer = undefined;
    }
    if (
      answer?.ok !== false ||
      !KNOWN_CODES.has(answer.error.code) ||
      typeof answer.error.message !== 'string'
    ) {
      problems.push(`untyped rejection (HTTP ${response.status}): ${text.slice(0, 200)}`);
      return { rejectedWith: `(untyped ${response.status})`, accepted: false, isRead };
    }
    const code = answer.error.code;
    const expected = expectedRejection(input);
    if (expected !== undefined && code !== expected && code !== ErrorCode.RateLimited)
      problems.push(`expected ${expected}, got ${code}`);
    return { rejectedWith: code, accepted: false, isRead };
  }
  const allowed = HTTP_ACCESS[input.route]![input.caller] === Outcome.Allow;
  if (!allowed || !ownCredential || expectedRejection(input) !== undefined)
    problems.push(`accepted (HTTP ${response.status}) although it must be refused`);
  if (
    (response.headers.get('content-type') ?? '').startsWith('application/json') &&
    !text.startsWith('{"ok":true') &&
    !isRead
  )
    problems.push(`an accepted write answered without { ok: true }: ${text.slice(0, 120)}`);
  if (input.route === 'POST /api/auth/logout') await reopenSession(world, input.caller);
  return { accepted: true, isRead };
}

function expectedRejection(input: HttpInput): string | undefined {
  switch (input.category) {
    case 'out-of-role': {
      const outcome = HTTP_ACCESS[input.route]![input.caller];
      return outcome === Outcome.Allow ? undefined : outcome;
    }
    case 'foreign-origin':
      return ErrorCode.OriginRefused;
    case 'wrong-content-type': {
      // A JSON route refuses any other format; uploads (raw or streamed bodies) take any type by design.
      const isUpload = /\/(volunteers|dossiers|quotas|register)$/.test(input.route);
      const refused = HTTP_ACCESS[input.route]![input.caller] !== Outcome.Allow;
      // JSON in another charset is still JSON: the parser answers for it.
      const isJson =
        input.body.type === 'text' && input.body.contentType.startsWith('application/json');
      return input.route.startsWith('GET ') || isUpload || refused || isJson
        ? undefined
        : ErrorCode.ValidationFailed;
    }
    case 'stale-credential':
      return input.credential === 'answered-invitation'
        ? ErrorCode.InvitationAnswered
        : ErrorCode.Unauthenticated;
    default:
      return undefined;
  }
}

/** After a sign-out, the caller (organiser or another account) signs in again for the next inputs. */
async function reopenSession(world: FuzzWorld, caller: Caller): Promise<void> {
  const login = world.accountLogins[caller];
  const answer =
    login === undefined
      ? await signIn(world.server.client(), 'fixture password 42')
      : await world.server.client().post('/api/auth/login', login);
  world.callers[login === undefined ? 'organiser' : caller].cookie = (
    answer.headers.get('set-cookie') ?? ''
  ).split(';')[0]!;
}

function waitForDisconnect(socket: FuzzSocket, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (socket.disconnected) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    socket.once('disconnect', () => (clearTimeout(timer), resolve(true)));
  });
}

async function sendSocket(
  world: FuzzWorld,
  input: SocketInput,
  problems: string[],
): Promise<Outcome_> {
  const handle = world.callers[input.caller];
  const isThrowaway = input.event === 'room:join' || input.category === 'oversized-payload';
  const socket = isThrowaway ? await world.openSocket(handle.cookie) : handle.socket;
  const leaks: string[] = [];
  if (isThrowaway)
    socket.onAny((...args: unknown[]) =>
      leaks.push(...checkLeaks(world, input.caller, JSON.stringify(args), 'a push')),
    );
  try {
    const payload = input.payload.plausible
      ? plausiblePayload(input.event as keyof typeof SOCKET_ACCESS, {
          processId: world.processId,
          token: handle.token,
        })
      : input.payload.value;
    if (input.category === 'oversized-payload') {
      (socket.emit as (event: string, ...args: unknown[]) => void)(
        input.event === 'unknown' ? 'room:join' : input.event,
        payload,
        () => {},
      );
      if (!(await waitForDisconnect(socket, 5000)))
        problems.push('an oversized message did not close the connection');
      return { accepted: false, isRead: false };
    }
    if (input.event === 'unknown' || !input.withAck) {
      const event =
        input.event === 'unknown'
          ? UNKNOWN_EVENTS[input.seat % UNKNOWN_EVENTS.length]!
          : input.event;
      (socket.emit as (event: string, ...args: unknown[]) => void)(event, payload);
      // Messages on one connection are handled in order: an answered probe means the hostile one was handled.
      const probe = (await socket
        .timeout(5000)
        .emitWithAck('process:watch', { processId: world.processId })
        .catch(() => undefined)) as Answer;
      if (probe?.ok !== true)
        problems.push('the connection stopped answering after an unanswered message');
      await socket.emitWithAck('process:unwatch', { processId: world.processId });
      return { accepted: false, isRead: false };
    }
    let answer: Answer;
    try {
      answer = (await (
        socket.timeout(5000).emitWithAck as (e: string, p: unknown) => Promise<unknown>
      )(input.event, payload)) as Answer;
    } catch {
      problems.push('no acknowledgement within 5 s');
      return { accepted: false, isRead: false };
    }
    if (input.caller !== 'organiser')
      problems.push(...checkLeaks(world, input.caller, JSON.stringify(answer) ?? '', 'an ack'));
    if (answer === undefined || typeof answer !== 'object' || typeof answer.ok !== 'boolean') {
      problems.push(`untyped acknowledgement: ${JSON.stringify(answer)?.slice(0, 200)}`);
      return { rejectedWith: '(untyped)', accepted: false, isRead: false };
    }
    if (!answer.ok) {
      if (!KNOWN_CODES.has(answer.error.code) || typeof answer.error.message !== 'string')
        problems.push(`rejection with an unknown code: ${JSON.stringify(answer).slice(0, 200)}`);
      const expected =
        input.category === 'out-of-role'
          ? SOCKET_ACCESS[input.event as keyof typeof SOCKET_ACCESS][input.caller]
          : input.category === 'foreign-token'
            ? ErrorCode.TokenInvalid
            : undefined;
      if (expected !== undefined && expected !== Outcome.Allow && answer.error.code !== expected)
        problems.push(`expected ${expected}, got ${answer.error.code}`);
      return { rejectedWith: answer.error.code, accepted: false, isRead: false };
    }
    const allowed =
      SOCKET_ACCESS[input.event as keyof typeof SOCKET_ACCESS][input.caller] === Outcome.Allow;
    if (!allowed || ['out-of-role', 'other-seat', 'foreign-token'].includes(input.category))
      problems.push('accepted although it must be refused');
    const isRead =
      input.event === 'room:join' ||
      input.event === 'clock:sync' ||
      input.event.startsWith('process:');
    return { accepted: true, isRead };
  } finally {
    problems.push(...leaks);
    if (isThrowaway) socket.disconnect();
  }
}

/** The public pages of every process and the call still answer, and a fresh connection still works. */
async function healthProblems(world: FuzzWorld): Promise<string[]> {
  const problems: string[] = [];
  const paths = [
    '/api/public/processes',
    ...[world.processId, world.otherProcessId, world.draftProcessId].map(
      (id) => `/api/public/processes/${id}`,
    ),
    `/api/public/processes/${world.processId}/audit.json`,
    `/api/public/calls/${world.callId}`,
  ];
  for (const path of paths) {
    const response = await fetch(`${world.server.url}${path}`);
    if (response.status !== 200) problems.push(`${path} answers ${response.status}`);
    await response.arrayBuffer();
  }
  const probe = await world.openSocket();
  const answer = (await probe
    .timeout(5000)
    .emitWithAck('process:watch', { processId: world.processId })
    .catch(() => undefined)) as Answer;
  if (answer?.ok !== true) problems.push('a fresh socket cannot watch the process');
  probe.disconnect();
  return problems;
}
