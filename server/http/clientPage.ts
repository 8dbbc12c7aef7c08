// The single page's HTML, served for every client route with a nonce of its own. Vite marks the built
// page's tags with the placeholder below (vite.config.ts, html.cspNonce); each response replaces it with
// 128 random bits, and the Content-Security-Policy header allows that nonce only, so the one inline style
// the design system writes (its colour scheme) runs, and nothing injected can.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import type { Random } from '../ports';

/** Written into the built index.html by Vite; never sent to a browser. */
export const NONCE_PLACEHOLDER = 'KLEROTERION_CSP_NONCE';

/** Draws the response's nonce before helmet writes the CSP header that names it. */
export function drawCspNonce(random: Random) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.locals['cspNonce'] = Buffer.from(random.bytes(16)).toString('base64');
    next();
  };
}

export const cspNonceOf = (res: Response): string => res.locals['cspNonce'] as string;

/** The page as read once from the build; each answer fills in its own nonce. */
export function clientPage(clientDir: string) {
  const template = readFileSync(join(clientDir, 'index.html'), 'utf8');
  return (res: Response, status = 200): void => {
    const html = template.split(NONCE_PLACEHOLDER).join(cspNonceOf(res));
    res.status(status).type('html').set('Cache-Control', 'no-cache').send(html);
  };
}
