// `npm run bench:bundle`: what each entry route downloads first. Builds the client (production), starts the
// real server on it with the demo process taken to published results (an invitation token, a call),
// opens each route in headless Chromium at 390 × 844 until the network is idle (its first render done),
// and prints per route the JS and CSS files it fetched and their gzipped bytes (each body gzipped here,
// level 9, so the figures do not depend on the server's compression), the fonts apart, and whether
// the page loaded @noble (the verifiers' cryptography), Chart.js, tlock-js or zod (the schemas), read from each chunk's source map.
// `npm run bench:bundle -- --files` also lists each route's files. It prints figures and asserts nothing; the budget (120 kB of JS for /p/:id and /i/:token) is read here.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { publishedDemoResults } from '../../server/testing/demoResultsFixture';
import { openCall } from '../../server/testing/callFixture';
import { signIn, startTestServer } from '../../server/testing/testServer';
import { buildClient, launchBrowser, removeFolder } from '../../e2e/harness/browser';

/** The first-load budget of the pages a volunteer or a juror opens on a phone (gzipped JavaScript). */
const BUDGET_BYTES = 120_000;
const BUDGETED = new Set(['/p/:id', '/i/:token']);

interface Route {
  label: string;
  path: string;
  /** Opened with the organiser's session. */
  isSignedIn?: boolean;
}

interface Fetched {
  kind: 'js' | 'css' | 'font';
  url: string;
  rawBytes: number;
  gzipBytes: number;
}

interface Measure {
  route: Route;
  files: Fetched[];
  libraries: string[];
}

/** Libraries looked for in the sources of every chunk a page loaded. */
const WATCHED = [
  { name: '@noble', pattern: /node_modules\/@noble\// },
  { name: 'chart.js', pattern: /node_modules\/chart\.js\// },
  { name: 'tlock-js', pattern: /node_modules\/tlock-js\// },
  { name: 'zod', pattern: /node_modules\/zod\// },
] as const;

const kindOf = (resourceType: string, url: string): Fetched['kind'] | undefined => {
  if (resourceType === 'script' || /\.m?js(\?|$)/.test(url)) return 'js';
  if (resourceType === 'stylesheet' || /\.css(\?|$)/.test(url)) return 'css';
  if (resourceType === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return 'font';
  return undefined;
};

/** The watched libraries whose modules sit in the built chunk at `urlPath` (from its source map). */
function librariesIn(outDir: string, urlPath: string): string[] {
  const mapFile = join(outDir, `${urlPath}.map`);
  if (!existsSync(mapFile)) return [];
  const { sources } = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  return WATCHED.filter(({ pattern }) => sources.some((source) => pattern.test(source))).map(
    ({ name }) => name,
  );
}

async function measure(
  browser: Browser,
  serverUrl: string,
  outDir: string,
  route: Route,
  cookie: string,
): Promise<Measure> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  if (route.isSignedIn === true)
    await context.addCookies([
      { name: 'kl_session', value: cookie.split('=')[1] as string, url: serverUrl },
    ]);
  const page = await context.newPage();
  const pending: Promise<Fetched | undefined>[] = [];
  page.on('response', (response) => {
    const kind = kindOf(response.request().resourceType(), response.url());
    if (kind === undefined || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => ({
          kind,
          url: response.url(),
          rawBytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        }),
        () => undefined,
      ),
    );
  });
  await page.goto(`${serverUrl}${route.path}`, { waitUntil: 'networkidle' });
  // The first render is done once the page's own heading is there (the loading fallback has none).
  await page.locator('h1').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(pending)).filter((file) => file !== undefined);
  const libraries = new Set<string>();
  for (const file of files)
    if (file.kind === 'js')
      for (const library of librariesIn(outDir, new URL(file.url).pathname)) libraries.add(library);
  await context.close();
  return { route, files, libraries: [...libraries].sort() };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function printTable(measures: Measure[]): void {
  const header = ['route', 'JS files', 'JS gzip', 'CSS files', 'CSS gzip', 'fonts', 'loads'];
  const rows = measures.map(({ route, files, libraries }) => {
    const of = (kind: Fetched['kind']) => files.filter((file) => file.kind === kind);
    const sum = (list: Fetched[]) => list.reduce((total, file) => total + file.gzipBytes, 0);
    const js = sum(of('js'));
    const fonts = of('font');
    const overBudget = BUDGETED.has(route.label) && js > BUDGET_BYTES ? ' (over budget)' : '';
    return [
      route.label,
      String(of('js').length),
      `${kB(js)}${overBudget}`,
      String(of('css').length),
      kB(sum(of('css'))),
      `${fonts.length} (${kB(sum(fonts))})`,
      libraries.length === 0 ? '—' : libraries.join(', '),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] as string).length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] as number)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

/** The url()s and @imports of the built stylesheets that leave our origin (data: URIs stay). */
function outsideUrls(outDir: string): string[] {
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .flatMap((name) => [
      ...readFileSync(join(assets, name), 'utf8').matchAll(
        /(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/g,
      ),
    ])
    .map((match) => match[1] as string);
}

const outDir = await buildClient();
const server = await startTestServer({ clientDir: outDir, clockStart: '2023-09-15T10:00:00Z' });
const { browser, dispose } = await launchBrowser();
try {
  const { processId, tokens } = await publishedDemoResults(server);
  const organiser = server.client();
  const signedIn = await signIn(organiser, 'mot de passe très long');
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const callId = await openCall(organiser);
  const routes: Route[] = [
    { label: '/', path: '/' },
    { label: '/p/:id', path: `/p/${processId}` },
    { label: '/p/:id/resultats', path: `/p/${processId}/resultats` },
    { label: '/p/:id/proces-verbal', path: `/p/${processId}/proces-verbal` },
    { label: '/i/:token', path: `/i/${tokens[0] as string}` },
    { label: '/salle/:id', path: `/salle/${processId}` },
    { label: '/appel/:id', path: `/appel/${callId}` },
    { label: '/verifier', path: '/verifier' },
    { label: '/verifier/loterie', path: '/verifier/loterie' },
    { label: '/temoin', path: '/temoin' },
    { label: '/organiser', path: '/organiser' },
    { label: '/organiser/p/:id (session)', path: `/organiser/p/${processId}`, isSignedIn: true },
  ];
  const measures: Measure[] = [];
  for (const route of routes)
    measures.push(await measure(browser, server.url, outDir, route, cookie));
  console.log(
    'bench:bundle — first load of each route at 390 × 844 (bodies gzipped here, level 9; kB = 1,000 bytes)',
  );
  printTable(measures);
  if (process.argv.includes('--files'))
    for (const { route, files } of measures) {
      console.log(`\n${route.label}`);
      for (const file of [...files].sort((a, b) => b.gzipBytes - a.gzipBytes))
        console.log(`  ${kB(file.gzipBytes).padStart(9)}  ${new URL(file.url).pathname}`);
    }
  const outside = outsideUrls(outDir);
  console.log(
    `built CSS: ${outside.length} URL(s) outside our origin${outside.length === 0 ? '' : `: ${outside.join(', ')}`}`,
  );
  console.log(
    `budget: ≤ ${kB(BUDGET_BYTES)} of gzipped JS on first load for ${[...BUDGETED].join(' and ')}`,
  );
} finally {
  await dispose();
  await server.close();
  removeFolder(outDir);
}
