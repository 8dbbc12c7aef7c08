// The composition root: createApp wires storage, services, HTTP routes, live updates and the client.
// server/index.ts only reads the environment and listens.

import { createServer, type Server as HttpServer } from 'node:http';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { Server } from 'socket.io';
import { ErrorCode, KleroterionError } from '../shared/errors';
import { parse as parseCookies } from 'cookie';
import { SESSION_COOKIE, createSessions } from './auth/sessions';
import { createJurorSessions } from './auth/jurorSessions';
import { jurorRoutes } from './http/jurorRoutes';
import { demoRoutes } from './http/demoRoutes';
import { createDemoProcesses } from './repositories/demoProcessesRepository';
import { loadRecordedRounds, recordedRoundsSource } from './beacon/recordedRounds';
import { attachRoom } from './realtime/attachRoom';
import { createRoom } from './services/room';
import { createOutcome } from './services/outcome';
import { resultRoutes } from './http/resultRoutes';
import { callRoutes } from './http/callRoutes';
import { stratificationRoutes } from './http/stratificationRoutes';
import { registerRoutes } from './http/registerRoutes';
import { createRegisterService } from './register/registerService';
import { registrationRoutes } from './http/registrationRoutes';
import { createRegistrationService } from './registration/registrationService';
import { createStratification } from './services/stratification';
import { attachHealthRoutes } from './http/healthRoutes';
import { describeError } from './logging/describeError';
import { createCalls } from './services/calls';
import type { Db } from './db/openDatabase';
import { authRoutes, sessionToken } from './http/authRoutes';
import { accountRoutes, rememberAccount } from './http/accountRoutes';
import { createAccounts } from './accounts/accounts';
import { sendError } from './http/respond';
import { createRateLimiters, type RateLimits } from './http/rateLimiters';
import { answerClientErrors } from './http/clientErrors';
import { requireJsonBody } from './http/requireJson';
import type { BeaconSource, Clock, Log, MailTransport, Random } from './ports';
import { createMailQueue } from './mail/mailQueue';
import { createDeliveryWorker } from './mail/deliveryWorker';
import { Role, apiRoutes, rolesOf, type Route } from './http/routes';
import { needsAccount } from '../shared/api/route';
import { sendRouteResult } from './http/sendRouteResult';
import { attachRealtime, type RealtimeServer } from './realtime/attachRealtime';
import { sliceBroadcasts } from './realtime/slicedBroadcasts';
import { createCeremony, type CeremonyOptions } from './services/ceremony';
import { createEventStore } from './store/eventStore';
import { createInvitationReminders } from './services/invitationReminders';
import { deliveryRoutes } from './http/deliveryRoutes';
import { oidcRoutes, type OidcDeps } from './http/oidcRoutes';
import type { OidcConfig } from './auth/oidc/oidcConfig';
import { createBeaconFetcher } from './beacon/beaconFetcher';
import { beaconRoutes } from './http/beaconRoutes';
import { cspNonceOf, drawCspNonce } from './http/clientPage';
import { attachClientRoutes } from './http/clientRoutes';
import type { ServiceIdentity } from './http/serviceIdentity';

export interface AppDeps {
  db: Db;
  clock: Clock;
  random: Random;
  log: Log;
  /** Where queued mail leaves: SMTP, the outbox folder, or the tests' memory. */
  mailTransport: MailTransport;
  /** Where drand rounds are fetched from; without it the organiser pastes each signature by hand. */
  beacon?: BeaconSource;
  /** How often the beacon fetcher checks due rounds against the clock (default 1 s; tests go faster). */
  beaconTickMs?: number;
  /** Built client (dist/client); when absent the API still works. */
  clientDir?: string;
  /** OpenID Connect sign-in: the provider's settings and the accounts it signs into; absent, it is off. */
  /** OpenID Connect sign-in (ProConnect) into the existing accounts; off when absent. */
  oidcConfig?: OidcConfig;
  /** The State's identity (default) or a neutral one with its own name and logo (KLEROTERION_IDENTITY). */
  identity?: ServiceIdentity;
  options: CeremonyOptions &
    RateLimits & {
      secureCookies?: boolean;
      /**
       * Check every contract route's answer against the contract (shared/api/contract.ts): an answer its
       * schema refuses, or an error code it does not declare, becomes INTERNAL. On in the test server.
       */
      checkContract?: boolean;
      /** Express's `trust proxy` (hops, addresses or true); false when the server faces clients directly. */
      trustProxy?: boolean | number | string;
      /** Wait before a mail's next attempt after n failures (default: 30 s doubling, capped at 1 h). */
      mailRetryDelayMs?: (failedAttempts: number) => number;
      /** Messages handed to the transport at once (default 4). */
      mailConcurrency?: number;
      /** First start: the setup token to accept (KLEROTERION_SETUP_TOKEN); drawn at random when absent. */
      setupToken?: string;
      /** 32 bytes encrypting TOTP secrets at rest (a file in the data folder); random when absent. */
      secretKey?: Uint8Array;
    };
}

export const JSON_LIMIT = '256kb';
export const UPLOAD_LIMIT_BYTES = 32 * 1024 * 1024;

export function createApp(deps: AppDeps) {
  const { db, clock, random, log, options } = deps;
  const store = createEventStore(db);
  const mailQueue = createMailQueue(db, clock, {
    ...(options.mailRetryDelayMs === undefined ? {} : { retryDelayMs: options.mailRetryDelayMs }),
  });
  const mailWorker = createDeliveryWorker({
    queue: mailQueue,
    transport: deps.mailTransport,
    clock,
    log,
    ...(options.mailConcurrency === undefined ? {} : { concurrency: options.mailConcurrency }),
  });
  const ceremony = createCeremony({ db, store, clock, random, mailQueue, log, options });
  const sessions = createSessions(db, clock, random);
  const accounts = createAccounts({
    db,
    clock,
    random,
    sessions,
    enqueueMail: (mail) => mailQueue.enqueue(mail),
    publicUrl: () => options.publicUrl,
    ...(options.setupToken === undefined ? {} : { setupToken: options.setupToken }),
    ...(options.secretKey === undefined ? {} : { secretKey: options.secretKey }),
  });
  /** The live session's active account, if any. */
  const signedIn = (token: string | undefined) => {
    const session = sessions.find(token);
    const account = session === undefined ? undefined : accounts.byId(session.accountId);
    return account?.active === true && session !== undefined ? { account, session } : undefined;
  };
  const jurorSessions = createJurorSessions(db, clock, random);
  const calls = createCalls({
    db,
    ceremony,
    clock,
    random,
    mailQueue,
    log,
    publicUrl: () => options.publicUrl,
  });
  const reminders = createInvitationReminders({
    db,
    processes: ceremony.list,
    clock,
    random,
    mailQueue,
    log,
    publicUrl: () => options.publicUrl,
  });
  const outcome = createOutcome({
    db,
    store,
    ceremony,
    clock,
    random,
    minDrandDelaySeconds: options.minDrandDelaySeconds,
    callLogFor: calls.logExportedTo,
  });
  const stratification = createStratification({ db, ceremony, clock, log });
  const register = createRegisterService({
    db,
    clock,
    requireProcess: (processId) => void ceremony.state(processId),
  });
  const registration = createRegistrationService({
    db,
    clock,
    random,
    mailQueue,
    publicUrl: () => options.publicUrl,
    log,
    pool: {
      requireTitle: (processId) => ceremony.state(processId).settings.title,
      importRegisteredPool: (processId, rows, columns) =>
        ceremony.importRegisteredPool(processId, rows, columns),
    },
    drand: { minDelaySeconds: options.minDrandDelaySeconds, source: deps.beacon },
  });
  const demoProcesses = createDemoProcesses(db);
  const recordedRounds = loadRecordedRounds();
  const beaconFetcher =
    deps.beacon === undefined
      ? undefined
      : createBeaconFetcher({
          ceremony,
          source: deps.beacon,
          clock,
          log,
          ...(deps.beaconTickMs === undefined ? {} : { tickMs: deps.beaconTickMs }),
        });
  // OpenID Connect finds an existing active account by its e-mail and opens a session for it; it never
  // creates one. The provider's own authentication stands for the second factor (docs/security.md).
  const oidc: OidcDeps | undefined =
    deps.oidcConfig === undefined
      ? undefined
      : {
          config: deps.oidcConfig,
          accounts: {
            findActiveByEmail: (email) => accounts.findActiveByEmail(email),
            openSession: (accountId) => sessions.open(String(accountId)),
            secondFactor: {
              required: (accountId) => accounts.hasSecondFactor(String(accountId)),
              check: (accountId, code) => accounts.checkSecondFactorOf(String(accountId), code),
            },
          },
        };
  const contract = { checkAnswers: options.checkContract === true };
  const routes: Route[] = [
    ...authRoutes(accounts, sessions, contract),
    ...apiRoutes(ceremony, store, jurorSessions, (id) => demoProcesses.isDemo(id), contract),
    ...resultRoutes(
      outcome,
      (req) =>
        signedIn(sessionToken(req))?.account.roles.includes('organiser') === true
          ? 'organiser'
          : 'public',
      contract,
    ),
    ...callRoutes(calls, contract),
    ...stratificationRoutes(stratification, contract),
    ...registerRoutes(register, contract),
    ...registrationRoutes(registration, contract),
    ...jurorRoutes(ceremony, jurorSessions, contract),
    ...deliveryRoutes(
      mailQueue,
      {
        requireProcess: (id) => void ceremony.state(id),
        requireCall: (id) => void calls.publicView(id),
      },
      contract,
    ),
    ...oidcRoutes(oidc, {
      publicUrl: () => options.publicUrl,
      clock,
      random,
      log,
      ...contract,
    }),
    ...demoRoutes(
      {
        db,
        ceremony,
        demoProcesses,
        recordedRounds: recordedRoundsSource(recordedRounds),
        clock,
        random,
      },
      contract,
    ),
    ...beaconRoutes(beaconFetcher, ceremony, clock, contract),
    ...accountRoutes(accounts, sessions, ceremony, contract),
  ];

  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, client address (rate limits) and scheme (Origin check) come from X-Forwarded-*.
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(drawCspNonce(random));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // The design system writes one <style> (its colour scheme) with the page's nonce.
          styleSrc: ["'self'", (_req, res) => `'nonce-${cspNonceOf(res as Response)}'`],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  attachHealthRoutes(app, db);
  // API answers carry private data and bearer-token URLs: no browser or proxy may keep a copy.
  app.use('/api', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', (req, _res, next) => {
    // State-changing requests must come from our own pages: a cross-site form or script is refused.
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const origin = req.headers.origin;
    // req.protocol and req.host follow X-Forwarded-Proto/-Host only when TRUST_PROXY trusts the proxy.
    const expected = `${req.protocol}://${req.host}`;
    if (origin !== expected)
      return next(
        new KleroterionError(
          ErrorCode.OriginRefused,
          `requests that change data must come from ${expected}`,
        ),
      );
    return next();
  });

  const { limitersOf } = createRateLimiters(options, log);
  const jsonBody = express.json({ limit: JSON_LIMIT, strict: true, type: ['application/json'] });
  const rawBody = express.raw({ limit: UPLOAD_LIMIT_BYTES, type: () => true });

  for (const route of routes) {
    const required = rolesOf(route);
    const isAccountRoute = needsAccount({ roles: required });
    // Console routes: a live session of an active account holding one of the route's roles.
    const authorise = (req: Request, _res: Response, next: NextFunction) => {
      if (!isAccountRoute) return next();
      const found = signedIn(sessionToken(req));
      if (found === undefined)
        return next(new KleroterionError(ErrorCode.Unauthenticated, 'sign in first'));
      const allowed =
        required.includes(Role.Account) ||
        found.account.roles.some((role) => required.includes(role));
      if (!allowed)
        return next(
          new KleroterionError(ErrorCode.Forbidden, `this needs the role ${required.join(' or ')}`),
        );
      rememberAccount(req, found.account, found.session.id);
      return next();
    };
    // Every console action that changes something, and every private download, is recorded with its actor.
    const audited =
      isAccountRoute &&
      (route.method !== 'get' || /\.(csv|json)$/.test(route.path)) &&
      !route.path.startsWith('/api/account');
    const handlers = [
      ...limitersOf(route),
      authorise,
      ...(route.streamBody === true
        ? []
        : route.rawBody === true
          ? [rawBody]
          : [requireJsonBody, jsonBody]),
      async (req: Request, res: Response, next: NextFunction) => {
        try {
          const result = await route.handle(req);
          if (audited) {
            const actor = signedIn(sessionToken(req));
            if (actor !== undefined)
              accounts.audit(
                actor.account.id,
                `${route.method.toUpperCase()} ${route.path}`,
                String(req.params['id'] ?? req.params['accountId'] ?? ''),
              );
          }
          sendRouteResult(req, res, result, options.secureCookies);
        } catch (error) {
          next(error);
        }
      },
    ];
    app[route.method](route.path, ...handlers);
  }
  app.use('/api', (_req, _res, next) =>
    next(new KleroterionError(ErrorCode.NotFound, 'no such API route')),
  );

  attachClientRoutes(app, deps.clientDir, deps.identity, {
    processExists: (id) => store.processIds().includes(id),
    callExists: (id) => calls.list().some((call) => call.id === id),
  });

  // Errors from parsers and handlers: typed answers, never a stack trace, never a crash.
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large')
      return sendError(
        res,
        new KleroterionError(
          ErrorCode.UploadTooLarge,
          `the upload exceeds ${UPLOAD_LIMIT_BYTES / 1024 / 1024} MiB (JSON requests: ${JSON_LIMIT})`,
        ),
        log,
      );
    if (type === 'entity.parse.failed')
      return sendError(
        res,
        new KleroterionError(ErrorCode.JsonMalformed, 'the request body is not valid JSON'),
        log,
      );
    if (
      type !== undefined &&
      (error as { status?: number }).status !== undefined &&
      (error as { status: number }).status < 500
    ) {
      return sendError(
        res,
        new KleroterionError(ErrorCode.ValidationFailed, `unreadable request body (${type})`),
        log,
      );
    }
    return sendError(res, error, log);
  });

  const httpServer: HttpServer = createServer(app);
  answerClientErrors(httpServer);
  const io: RealtimeServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
  });
  // A thousand observers' sockets are written in slices, with HTTP requests served in between.
  const slicing = sliceBroadcasts(io.of('/').adapter);
  const room = createRoom({ db, store, ceremony, clock, jurorSessions, random });
  const detach = attachRealtime(io, ceremony, store, log);
  const detachRoom = attachRoom(io, {
    room,
    ceremony,
    log,
    clock,
    jurorSessions,
    // The room's facilitator: an organiser, or a facilitator assigned to this process.
    isOrganiser: (cookieHeader, processId) => {
      const found = signedIn(
        cookieHeader === undefined ? undefined : parseCookies(cookieHeader)[SESSION_COOKIE],
      );
      if (found === undefined) return false;
      const { roles, id } = found.account;
      return (
        roles.includes('organiser') ||
        (roles.includes('facilitator') && accounts.isFacilitatorOf(id, processId))
      );
    },
  });
  const expiry = setInterval(() => {
    try {
      ceremony.expireOverdue();
    } catch (error) {
      log.error({ err: describeError(error) }, 'expiring invitations failed');
    }
    try {
      reminders.remindDue();
    } catch (error) {
      log.error({ err: describeError(error) }, 'queuing invitation reminders failed');
    }
  }, 30_000);
  expiry.unref();
  // Whatever a crash left queued goes out now.
  mailWorker.start();
  beaconFetcher?.start();

  return {
    app,
    httpServer,
    io,
    ceremony,
    room,
    outcome,
    calls,
    stratification,
    store,
    routes,
    jurorSessions,
    mailQueue,
    reminders,
    demoProcesses,
    recordedRounds,
    mailWorker,
    beaconFetcher,
    accounts,
    sessions,
    async close() {
      clearInterval(expiry);
      beaconFetcher?.stop();
      await mailWorker.stop();
      stratification.close();
      detach();
      detachRoom();
      slicing.stop();
      await io.close();
      if (httpServer.listening)
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

export type App = ReturnType<typeof createApp>;
