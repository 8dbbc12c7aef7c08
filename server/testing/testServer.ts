// Test harness: a real server on port 0 with an in-memory database, a clock the test moves, seeded
// randomness, a mail transport that keeps messages (`outbox`, `awaitMail`), and an HTTP client that carries the session cookie and Origin.

import seedrandom from 'seedrandom';
import { createApp, type App } from '../app';
import type { ServiceIdentity } from '../http/serviceIdentity';
import { openDatabase } from '../db/openDatabase';
import type { Db } from '../db/openDatabase';
import type { OidcConfig } from '../auth/oidc/oidcConfig';
import type { BeaconSource, Clock, Log, MailTransport, Random, TransportMail } from '../ports';
import { memoryMailTransport } from './memoryMailTransport';
import type { AccountRole } from '../accounts/accounts';

export interface TestClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

/** A clock the test sets; frozen between moves, or (`runs`) ticking in real time from where it was set. */
export function testClock(startIso: string, runs = false): TestClock {
  let now = Date.parse(startIso);
  let setAt = Date.now();
  const elapsed = () => (runs ? Date.now() - setAt : 0);
  return {
    now: () => new Date(now + elapsed()),
    set: (iso) => {
      now = Date.parse(iso);
      setAt = Date.now();
    },
    advance: (ms) => (now += ms),
  };
}

export function seededRandom(seed: string): Random {
  const rng = seedrandom(seed);
  return { bytes: (length) => Uint8Array.from({ length }, () => Math.floor(rng() * 256)) };
}

/** The setup token every test server accepts on first start. */
export const TEST_SETUP_TOKEN = 'test-setup-token-0123456789abcdef';
/** The first account the tests create (administrator and organiser). */
export const TEST_ADMINISTRATOR = {
  email: 'admin@kleroterion.test',
  name: 'Administratrice de test',
} as const;

/** First start: creates the administrator (setup token) and signs `client` in. */
export function setUpAdministrator(
  client: ApiClient,
  password = 'fixture password 42',
  init?: Parameters<ApiClient['request']>[3],
) {
  return client.post(
    '/api/auth/setup',
    { token: TEST_SETUP_TOKEN, ...TEST_ADMINISTRATOR, password },
    init,
  );
}

/** Signs `client` in as the test administrator (created by setUpAdministrator). */
export function signIn(
  client: ApiClient,
  password = 'fixture password 42',
  init?: Parameters<ApiClient['request']>[3],
) {
  return client.post('/api/auth/login', { email: TEST_ADMINISTRATOR.email, password }, init);
}

/**
 * Another account with these roles, invited by the test administrator (who must exist), its password set
 * through its invitation link, and signed in: its client and session cookie.
 */
export async function signInAs(
  server: Pick<TestServer, 'app' | 'client'>,
  roles: AccountRole[],
  email: string,
  password = 'account password 42',
): Promise<{ client: ApiClient; cookie: string; accountId: string }> {
  const admin = server.app.accounts.findActiveByEmail(TEST_ADMINISTRATOR.email);
  if (admin === undefined) throw new Error('set up the administrator first');
  const invited = server.app.accounts.invite(admin.id, { email, roles, language: 'fr' });
  const token = invited.link.split('/').pop()!;
  await server.app.accounts.useLink(token, { name: email.split('@')[0]!, password });
  const client = server.client();
  const answer = await client.post('/api/auth/login', { email, password });
  data(answer);
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { client, cookie, accountId: invited.account.id };
}

export const silentLog: Log = { info: () => {}, warn: () => {}, error: () => {} };

export interface TestServer {
  app: App;
  url: string;
  clock: TestClock;
  /** Every message the in-memory transport took, in order (empty when `mailTransport` is given). */
  outbox: TransportMail[];
  /**
   * The first message in the outbox that matches, once it arrives.
   * @throws Error after `timeoutMs` (default 5 s) with the count of messages seen
   */
  awaitMail(
    predicate: (mail: TransportMail) => boolean,
    timeoutMs?: number,
  ): Promise<TransportMail>;
  /** The server's database, for tests that read what was queued (the mail queue's bodies). */
  db: Db;
  client(): ApiClient;
  close(): Promise<void>;
}

export interface TestServerOptions {
  clockStart?: string;
  /** The clock ticks in real time from `clockStart` (browsers then see a live server clock). */
  clockRuns?: boolean;
  clientDir?: string;
  loginAttemptsPerWindow?: number;
  applicationsPerHour?: number;
  registrationAttemptsPerWindow?: number;
  dataDir?: string;
  /** Where the server logs (default: nowhere); fuzzing uses it to catch errors a handler swallowed. */
  log?: Log;
  /** Express's `trust proxy` (default: trust no proxy). */
  trustProxy?: boolean | number | string;
  /** The mailer refuses every message, so that queued mail stays queued (the test sets each status). */
  isMailerDown?: boolean;
  /** OpenID Connect sign-in, built over the server's database (accounts and sessions live there). */
  oidcConfig?: OidcConfig;
  /** Where mail goes instead of `outbox` (a real SMTP transport in the mail tests). */
  mailTransport?: MailTransport;
  /** Wait before a mail's next attempt after n failures (default: the queue's own). */
  mailRetryDelayMs?: (failedAttempts: number) => number;
  /** Where the server fetches drand rounds (default: it fetches none, as with KLEROTERION_DRAND_FETCH=off). */
  beacon?: BeaconSource;
  /** How often the beacon fetcher checks due rounds (default 1 s). */
  beaconTickMs?: number;
  /** The deployment's identity (default: the State's). */
  identity?: ServiceIdentity;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const clock = testClock(options.clockStart ?? '2023-09-15T10:00:00Z', options.clockRuns);
  const outbox: TransportMail[] = [];
  const db = openDatabase(options.dataDir ?? ':memory:');
  let url = '';
  const app = createApp({
    db,
    clock,
    random: seededRandom('kleroterion-tests'),
    log: options.log ?? silentLog,
    mailTransport:
      options.mailTransport ??
      (options.isMailerDown === true
        ? // A mail server that never answers: queued messages keep the status the test gives them.
          { messageIdDomain: 'kleroterion.test', send: () => new Promise<never>(() => {}) }
        : memoryMailTransport(outbox)),
    ...(options.beacon === undefined ? {} : { beacon: options.beacon }),
    ...(options.beaconTickMs === undefined ? {} : { beaconTickMs: options.beaconTickMs }),
    ...(options.clientDir === undefined ? {} : { clientDir: options.clientDir }),
    ...(options.oidcConfig === undefined ? {} : { oidcConfig: options.oidcConfig }),
    ...(options.identity === undefined ? {} : { identity: options.identity }),
    options: {
      checkContract: true,
      get publicUrl() {
        return url;
      },
      minDrandDelaySeconds: 60,
      replyWindowMs: 48 * 3600 * 1000,
      loginAttemptsPerWindow: options.loginAttemptsPerWindow ?? 1000,
      applicationsPerHour: options.applicationsPerHour ?? 1000,
      registrationAttemptsPerWindow: options.registrationAttemptsPerWindow ?? 1000,
      secureCookies: false,
      setupToken: TEST_SETUP_TOKEN,
      ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
      ...(options.mailRetryDelayMs === undefined
        ? {}
        : { mailRetryDelayMs: options.mailRetryDelayMs }),
    },
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const address = app.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    clock,
    outbox,
    awaitMail: async (predicate, timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = outbox.find(predicate);
        if (mail !== undefined) return mail;
        if (Date.now() > deadline)
          throw new Error(
            `no matching mail within ${timeoutMs} ms (${outbox.length} in the outbox)`,
          );
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    db,
    client: () => new ApiClient(url),
    close: async () => {
      await app.close();
      db.close();
    },
  };
}

export interface ApiAnswer<T = unknown> {
  status: number;
  body:
    | { ok: true; data: T }
    | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } };
  headers: Headers;
  text: string;
}

/** A browser-like client: same-origin Origin header on writes, and the session cookie kept between calls. */
export class ApiClient {
  private cookie: string | undefined;
  constructor(readonly base: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    init: { contentType?: string; origin?: string | null; headers?: Record<string, string> } = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookie !== undefined) headers['cookie'] = this.cookie;
    if (method !== 'GET' && init.origin !== null) headers['origin'] = init.origin ?? this.base;
    let payload: BodyInit | undefined;
    if (body instanceof Uint8Array || typeof body === 'string') {
      payload = body as BodyInit;
      headers['content-type'] = init.contentType ?? 'text/csv';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) this.cookie = setCookie.split(';')[0];
    const text = await response.text();
    let parsed: ApiAnswer<T>['body'];
    try {
      parsed = JSON.parse(text) as ApiAnswer<T>['body'];
    } catch {
      parsed = { ok: false, error: { code: 'NOT_JSON', message: text.slice(0, 200) } };
    }
    return { status: response.status, body: parsed, headers: response.headers, text };
  }

  get<T = unknown>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown, init?: Parameters<ApiClient['request']>[3]) {
    return this.request<T>('POST', path, body ?? {}, init);
  }
  put<T = unknown>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }
}

/** Unwraps a successful answer or fails with the server's error. */
export function data<T>(answer: ApiAnswer<T>): T {
  if (!answer.body.ok)
    throw new Error(
      `HTTP ${answer.status}: ${answer.body.error.code} ${answer.body.error.message}`,
    );
  return answer.body.data;
}
