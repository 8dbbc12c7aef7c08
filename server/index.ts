// Entry point: reads the environment, opens the database, builds the client if needed, listens, and prints
// the organiser and public URLs. All wiring is in createApp.
//   KLEROTERION_DATA   data folder (default ./data)        PORT   port (default 3000)
//   HOST               interface (default 127.0.0.1)       PUBLIC_URL  base URL in links and receipts
//                      (without it, links name the address actually listened on, so PORT=0 works)
//   KLEROTERION_DRAND_DELAY  minimum seconds between commitment and drand round (default 300)
//   KLEROTERION_DRAND_URLS   drand quicknet relays the server fetches committed rounds from, comma-separated
//                            base URLs ending in the chain hash (default: drand's four public relays)
//   KLEROTERION_DRAND_FETCH  'off': the server never fetches rounds; the organiser pastes each signature
//   KLEROTERION_CLOCK_START  demo/test only: start the server's clock at this ISO instant
//   KLEROTERION_CLIENT  'off' serves the API only          LOG_LEVEL  pino level (default info)
//   KLEROTERION_DEMO   'off' seeds no demo process or call on a fresh database; otherwise the demo process
//                      is committed (clock pinned before a recorded drand round) and its organiser secret
//                      kept in the data folder as secret-organisateur-<id>.json (and, for this demo
//                      only, in its demo_processes row for the console's one-click reveal)
//                      (with SMTP configured, the demo is seeded only when KLEROTERION_DEMO=on)
//   TRUST_PROXY        Express 'trust proxy' behind a reverse proxy: false (default), true, a hop count,
//                      or addresses/subnets (e.g. 'loopback' or '10.0.0.1')
//   KLEROTERION_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET  OpenID Connect sign-in (ProConnect), off when unset;
//                      optional _SCOPES ('openid email'), _LABEL (button text), _ACR_VALUES, _CLAIMS (JSON),
//                      _PKCE ('off' omits the code challenge); redirect URI: PUBLIC_URL/api/auth/oidc/callback
//   KLEROTERION_SMTP_URL   smtp://user:password@host:587 or smtps://…:465; unset: mail goes to <data>/outbox/
//   KLEROTERION_MAIL_FROM  sender, required with SMTP: 'Mairie de Lyon <jury@lyon.example>'
//   KLEROTERION_SETUP_TOKEN  first start only (no account yet): the one-time token that creates the first
//                      administrator; without it a random one is printed on the console (never logged)
//   KLEROTERION_IDENTITY  'state' (default): the State's identity (the "République française" block, the
//                      Marianne logo and font), for State services only; 'neutral': no State marks, an open
//                      font, and the operator's own KLEROTERION_SERVICE_NAME (default Kleroterion),
//                      KLEROTERION_SERVICE_TAGLINE and KLEROTERION_LOGO (an .svg or .png file, served at
//                      /identite/logo.svg|png)
// docs/operations.md lists them all.

import { randomBytes } from 'node:crypto';
import { readAccountsKey } from './accounts/accountsKey';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { clientBuildIsStale } from './clientBuildIsStale';
import { openDatabase } from './db/openDatabase';
import { pinnableClock } from './demo/pinnableClock';
import { seedDemoCommitment } from './demo/seedDemoCommitment';
import { seedDemoCall } from './demo/seedDemoCall';
import { createOutboxTransport } from './mail/outboxTransport';
import { createSmtpTransport, parseSender, smtpConfigFromEnv } from './mail/smtpTransport';
import { createLogger } from './logging/createLogger';
import type { Clock } from './ports';
import { parseTrustProxy } from './http/trustProxy';
import { resolvePublicUrl } from './http/publicUrl';
import { readOidcConfig } from './auth/oidc/oidcConfig';
import { createHttpRelays, firstOf, parseDrandUrls } from './beacon/httpRelays';
import { loadRecordedRounds, recordedRoundsSource } from './beacon/recordedRounds';
import { readServiceIdentity, type ServiceIdentity } from './http/serviceIdentity';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = process.env;
const log = createLogger(env['LOG_LEVEL'] ?? 'info');

const dataDir = resolve(env['KLEROTERION_DATA'] ?? join(root, 'data'));
const port = Number(env['PORT'] ?? 3000);
const host = env['HOST'] ?? '127.0.0.1';
const clockStart = env['KLEROTERION_CLOCK_START'];
const baseClock: Clock =
  clockStart === undefined
    ? { now: () => new Date() }
    : (() => {
        const offset = Date.parse(clockStart) - Date.now();
        if (Number.isNaN(offset))
          throw new Error(`KLEROTERION_CLOCK_START is not a date: ${clockStart}`);
        log.warn({ clockStart }, 'demo clock: the server believes it is another time');
        return { now: () => new Date(Date.now() + offset) };
      })();

// The demonstration replays a past call for projects through the real services with this clock pinned.
const clock = pinnableClock(baseClock);

// Mail leaves through SMTP when configured, else into the outbox folder; a bad setting stops the start.
let smtp: ReturnType<typeof smtpConfigFromEnv>;
let outboxSender: ReturnType<typeof parseSender> | undefined;
try {
  smtp = smtpConfigFromEnv(env);
  const from = env['KLEROTERION_MAIL_FROM'];
  outboxSender = from === undefined || from === '' ? undefined : parseSender(from);
} catch (error) {
  console.error(`Configuration de la messagerie invalide : ${(error as Error).message}`);
  process.exit(1);
}
const mailTransport =
  smtp === undefined
    ? createOutboxTransport(join(dataDir, 'outbox'), clock, outboxSender)
    : createSmtpTransport(smtp, baseClock);
log.info({ transport: smtp === undefined ? 'outbox' : 'smtp' }, 'mail transport');

// Who the pages present the service as; a bad setting stops the start with a sentence naming it.
let identity: ServiceIdentity;
try {
  identity = readServiceIdentity(env);
} catch (error) {
  console.error(`Identité du service invalide : ${(error as Error).message}`);
  process.exit(1);
}

const clientDir = join(root, 'dist', 'client');
// KLEROTERION_CLIENT=off serves the API only (used by the crash tests, which need no pages).
const wantsClient = env['KLEROTERION_CLIENT'] !== 'off';
if (wantsClient && clientBuildIsStale(root, clientDir)) {
  console.log('Construction de l’interface (première exécution ou sources modifiées)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

// A bad OpenID Connect setting stops the start here, naming the variable.
const oidcConfig = readOidcConfig(env);
// The server fetches each committed drand round itself; pasting stays the fallback (and the only way when off).
const beacon =
  env['KLEROTERION_DRAND_FETCH'] === 'off'
    ? undefined
    : // The rounds recorded with the project (genuine, checked on load) first: the offline demo's round is one.
      firstOf([
        recordedRoundsSource(loadRecordedRounds()),
        createHttpRelays({ urls: parseDrandUrls(env['KLEROTERION_DRAND_URLS']) }),
      ]);

const db = openDatabase(dataDir);
const publicUrlNow = (): string =>
  resolvePublicUrl({
    configured: env['PUBLIC_URL'],
    host,
    port,
    address: app.httpServer.address(),
  });
const app = createApp({
  db,
  clock,
  random: { bytes: (length) => new Uint8Array(randomBytes(length)) },
  log,
  mailTransport,
  ...(beacon === undefined ? {} : { beacon }),
  ...(wantsClient ? { clientDir } : {}),
  ...(oidcConfig === undefined ? {} : { oidcConfig }),
  identity,
  options: {
    // Read at each link: after listen it names the port actually chosen (PORT=0), or PUBLIC_URL.
    get publicUrl() {
      return publicUrlNow();
    },
    minDrandDelaySeconds: Number(env['KLEROTERION_DRAND_DELAY'] ?? 300),
    replyWindowMs: 7 * 24 * 3600 * 1000,
    secureCookies: env['PUBLIC_URL']?.startsWith('https://') ?? false,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    // Writing a file is immediate: a whole batch (a draw's invitations) is in the outbox folder before the
    // request that queued it answers, as readers of the folder expect. SMTP keeps its pool's four.
    ...(smtp === undefined ? { mailConcurrency: 500 } : {}),
    ...(env['KLEROTERION_SETUP_TOKEN'] ? { setupToken: env['KLEROTERION_SETUP_TOKEN'] } : {}),
    secretKey: readAccountsKey(dataDir),
  },
});
await new Promise<void>((done) => app.httpServer.listen(port, host, done));
// Seeded once the port is known, so that the demo's mails link to it. Seeding is synchronous: no request
// is served before it ends.
// The demo jury process, then the call for projects whose 40 admissible applications become its dossiers.
const volunteersCsv = join(root, 'fixtures', 'demo', 'volunteers.csv');
// KLEROTERION_DEMO=off starts an empty server (the fault-injection run, which restarts it many times).
// With SMTP configured the demo is seeded only on request (KLEROTERION_DEMO=on): its 2,000 fictional
// volunteers' receipts and the call's mails would otherwise leave for real mail servers.
const wantsDemo =
  smtp === undefined ? env['KLEROTERION_DEMO'] !== 'off' : env['KLEROTERION_DEMO'] === 'on';
// The demo's 200 applications and its pool would each write an info line: seeding logs warnings only, and
// one summary is printed below.
const logLevel = log.level;
if (wantsDemo && log.isLevelEnabled('info')) log.level = 'warn';
// Committed honestly: with the clock pinned before a recorded drand round, which the console then reveals.
const demo = wantsDemo
  ? seedDemoCommitment({
      ceremony: app.ceremony,
      clock,
      demoProcesses: app.demoProcesses,
      rounds: app.recordedRounds,
      volunteersCsv,
      secretDir: dataDir,
      minDrandDelaySeconds: Number(env['KLEROTERION_DRAND_DELAY'] ?? 300),
    })
  : undefined;
const demoId = demo?.processId;
const demoCallId = wantsDemo
  ? seedDemoCall(app.calls, clock, {
      applicationsJson: join(root, 'fixtures', 'demo', 'applications.json'),
      volunteersCsv,
      processId: demoId,
    })
  : undefined;
// The demo's drand round is recorded with the project, and fetching it (opening its timelock) takes a few
// seconds: the log stays at warnings until then, so that its line does not land under the URLs below.
if (demoId !== undefined && app.beaconFetcher !== undefined)
  void app.beaconFetcher.retryNow(demoId).finally(() => (log.level = logLevel));
else log.level = logLevel;

// Printed last, once nothing of the start is left to log.
const base = publicUrlNow();
const processes = app.ceremony.list();
console.log(`Kleroterion écoute sur ${base}
  Console de l’organisateur : ${base}/organiser
  Pages publiques :${processes.map((p) => `\n    ${base}/p/${p.id}  (${p.settings.title})`).join('')}
  Appels à projets :${app.calls
    .list()
    .map((c) => `\n    ${base}/appel/${c.id}  (${c.title})`)
    .join('')}
  Données : ${dataDir}${setupMessage()}${demoId === undefined ? '' : `\n  Processus de démonstration créé : 2 000 volontaires et 40 dossiers fictifs, tirage engagé sur le tour drand enregistré n° ${demo?.drandRound}.\n  Pour commencer : ouvrez la console, puis « Révéler le secret de démonstration ». Le même secret, comme dans un vrai processus : ${demo?.secretFile}`}${demoCallId === undefined ? '' : '\n  Appel à projets de démonstration : 200 candidatures fictives, relues deux fois, 40 recevables.'}`);

/** First start: the one-time setup token, on the console only (stdout), never in the log. */
function setupMessage(): string {
  const token = app.accounts.setupTokenToAnnounce();
  if (token === undefined) return '';
  return env['KLEROTERION_SETUP_TOKEN']
    ? '\n  Aucun compte : créez le premier sur la console avec le jeton KLEROTERION_SETUP_TOKEN.'
    : `\n  Aucun compte : jeton de mise en service (usage unique) à saisir sur ${base}/organiser :\n    ${token}`;
}

const shutdown = async () => {
  await app.close();
  db.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
