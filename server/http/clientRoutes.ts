// The built client's routes: its files, the deployment's logo, and the single page for every client
// path, with its own nonce and status 404 for a path that names nothing (server/http/clientPage.ts).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type Express } from 'express';
import { clientPage, pageStatus, type PageSubjects } from './clientPage';
import type { ServiceIdentity } from './serviceIdentity';

/**
 * Serves the client built in `clientDir`, after the API's routes; does nothing when no build is there
 * (the API still works, as in the server's own tests).
 */
export function attachClientRoutes(
  app: Express,
  clientDir: string | undefined,
  identity: ServiceIdentity | undefined,
  subjects: PageSubjects,
): void {
  if (clientDir === undefined || !existsSync(join(clientDir, 'index.html'))) return;
  const page = clientPage(clientDir, identity);
  // The built page holds the nonce placeholder: it is only ever sent filled in.
  app.get('/index.html', (_req, res) => page(res));
  const logo = identity?.logo;
  if (logo !== undefined)
    app.get(logo.url, (_req, res) => {
      // The operator's file, shown as an image: an SVG opened on its own runs nothing.
      res
        .type(logo.contentType)
        .set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .set('Cache-Control', 'public, max-age=3600')
        .send(logo.bytes);
    });
  app.use(express.static(clientDir, { index: false, maxAge: '1h' }));
  // Client-side routes (/, /organiser…, /p/…, /i/…) all load the single page; a path outside the
  // client's routes, or naming no known process or call, loads it with status 404 (the not-found page).
  app.get(/^\/(?!api\/|socket\.io\/).*/, (req, res) => page(res, pageStatus(req.path, subjects)));
}
