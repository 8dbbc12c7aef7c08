// A small static file server for the built client, with security headers. Used by `npm start` until the
// application server exists, and by the end-to-end tests.

import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { NONCE_PLACEHOLDER } from '../../server/http/noncePlaceholder';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The strict CSP (no inline script, no third party); styles also allow the page's own nonce. */
const contentSecurityPolicy = (nonce: string): string =>
  `default-src 'self'; script-src 'self'; style-src 'self' 'nonce-${nonce}'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'`;

/** Headers on every response besides the CSP: no framing, no sniffing, no referrer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `folder` (index.html for unknown paths) plus optional extra files under fixed URL paths.
 * Only GET and HEAD are answered; paths cannot escape the folder.
 */
export async function serveStatic(
  folder: string,
  options: { port?: number; host?: string; extra?: Record<string, string> } = {},
): Promise<StaticServer> {
  const base = resolve(folder);
  const server: Server = createServer((request, response) => {
    // 128 random bits per response: the design system's one inline style carries it (server/http/clientPage.ts).
    const nonce = randomBytes(16).toString('base64');
    response.setHeader('content-security-policy', contentSecurityPolicy(nonce));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const extra = options.extra?.[pathname];
    let file = extra ?? resolve(base, `.${pathname}`);
    if (
      extra === undefined &&
      (!(file === base || file.startsWith(base + sep)) ||
        !statSync(file, { throwIfNoEntry: false })?.isFile())
    ) {
      file = join(base, 'index.html');
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    const body =
      extname(file) === '.html'
        ? readFileSync(file, 'utf8').split(NONCE_PLACEHOLDER).join(nonce)
        : readFileSync(file);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, done);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
