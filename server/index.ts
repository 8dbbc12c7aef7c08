// Entry point: reads the environment, opens the database, builds the client if needed, listens, and prints
// the organiser and public URLs. All wiring is in createApp.
//   KLEROTERION_DATA   data folder (default ./data)        PORT   port (default 3000)
//   HOST               interface (default 127.0.0.1)       PUBLIC_URL  base URL in links and receipts
//   KLEROTERION_DRAND_DELAY  minimum seconds between commitment and drand round (default 300)
//   KLEROTERION_CLOCK_START  demo/test only: start the server's clock at this ISO instant
//   KLEROTERION_CLIENT  'off' serves the API only          LOG_LEVEL  pino level (default info)
//   KLEROTERION_DEMO   'off' seeds no demo process or call on a fresh database
//   TRUST_PROXY        Express 'trust proxy' behind a reverse proxy: false (default), true, a hop count,
//                      or addresses/subnets (e.g. 'loopback' or '10.0.0.1')
//   KLEROTERION_SETUP_TOKEN  first start only (no account yet): the one-time token that creates the first
//                      administrator; without it a random one is printed on the console (never logged)
// docs/operations.md lists them all.

import { randomBytes } from 'node:crypto';
import { readAccountsKey } from './accounts/accountsKey';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app';
import { clientBuildIsStale } from './clientBuildIsStale';
import { openDatabase } from './db/openDatabase';
import { pinnableClock } from './demo/pinnableClock';
import { seedDemo } from './demo/seedDemo';
import { seedDemoCall } from './demo/seedDemoCall';
import { createOutboxMailer } from './mail/outboxMailer';
import { createLogger } from './logging/createLogger';
import type { Clock } from './ports';
import { parseTrustProxy } from './http/trustProxy';

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

const clientDir = join(root, 'dist', 'client');
// KLEROTERION_CLIENT=off serves the API only (used by the crash tests, which need no pages).
const wantsClient = env['KLEROTERION_CLIENT'] !== 'off';
if (wantsClient && clientBuildIsStale(root, clientDir)) {
  console.log('Construction de l’interface (première exécution ou sources modifiées)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const db = openDatabase(dataDir);
const app = createApp({
  db,
  clock,
  random: { bytes: (length) => new Uint8Array(randomBytes(length)) },
  log,
  mailer: createOutboxMailer(join(dataDir, 'outbox'), clock),
  ...(wantsClient ? { clientDir } : {}),
  options: {
    publicUrl: env['PUBLIC_URL'] ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    minDrandDelaySeconds: Number(env['KLEROTERION_DRAND_DELAY'] ?? 300),
    replyWindowMs: 7 * 24 * 3600 * 1000,
    secureCookies: env['PUBLIC_URL']?.startsWith('https://') ?? false,
    trustProxy: parseTrustProxy(env['TRUST_PROXY']),
    ...(env['KLEROTERION_SETUP_TOKEN'] ? { setupToken: env['KLEROTERION_SETUP_TOKEN'] } : {}),
    secretKey: readAccountsKey(dataDir),
  },
});
// The demo jury process, then the call for projects whose 40 admissible applications become its dossiers.
const volunteersCsv = join(root, 'fixtures', 'demo', 'volunteers.csv');
// KLEROTERION_DEMO=off starts an empty server (the fault-injection run, which restarts it many times).
const wantsDemo = env['KLEROTERION_DEMO'] !== 'off';
const demoId = wantsDemo ? seedDemo(app.ceremony, volunteersCsv) : undefined;
const demoCallId = wantsDemo
  ? seedDemoCall(app.calls, clock, {
      applicationsJson: join(root, 'fixtures', 'demo', 'applications.json'),
      volunteersCsv,
      processId: demoId,
    })
  : undefined;

await new Promise<void>((done) => app.httpServer.listen(port, host, done));
const address = app.httpServer.address();
const actualPort = typeof address === 'object' && address !== null ? address.port : port;
const base = env['PUBLIC_URL'] ?? `http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`;
const processes = app.ceremony.list();
console.log(`Kleroterion écoute sur ${base}
  Console de l’organisateur : ${base}/organiser
  Pages publiques :${processes.map((p) => `\n    ${base}/p/${p.id}  (${p.settings.title})`).join('')}
  Appels à projets :${app.calls
    .list()
    .map((c) => `\n    ${base}/appel/${c.id}  (${c.title})`)
    .join('')}
  Données : ${dataDir}${setupMessage()}${demoId === undefined ? '' : '\n  Processus de démonstration créé : 2 000 volontaires et 40 dossiers fictifs.'}${demoCallId === undefined ? '' : '\n  Appel à projets de démonstration : 200 candidatures fictives, relues deux fois, 40 recevables.'}`);

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
