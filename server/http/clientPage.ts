// The single page's HTML, served for every client route with a nonce of its own. Vite marks the built
// page's tags with the placeholder below (vite.config.ts, html.cspNonce); each response replaces it with
// 128 random bits, and the Content-Security-Policy header allows that nonce only, so the one inline style
// the design system writes (its colour scheme) runs, and nothing injected can.
// The page also carries the deployment's identity (data-identity on <html>, the service's name, tagline
// and logo in meta tags) and, on a 404, says so: the client shows the not-found page without asking again.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NextFunction, Request, Response } from 'express';
import { matchPageRoute, PageSubject } from '../../shared/pages/pageRoutes';
import type { Random } from '../ports';
import { NONCE_PLACEHOLDER } from './noncePlaceholder';
import { STATE_IDENTITY, type ServiceIdentity } from './serviceIdentity';

/** Draws the response's nonce before helmet writes the CSP header that names it. */
export function drawCspNonce(random: Random) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    res.locals['cspNonce'] = Buffer.from(random.bytes(16)).toString('base64');
    next();
  };
}

export const cspNonceOf = (res: Response): string => res.locals['cspNonce'] as string;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);

/** The identity's marks on the built page: <html data-identity>, meta tags, and the service's name as title. */
export function withIdentity(template: string, identity: ServiceIdentity): string {
  const metas = [
    identity.serviceName === undefined
      ? ''
      : `<meta name="kleroterion-service-name" content="${escapeHtml(identity.serviceName)}">`,
    identity.serviceTagline === undefined
      ? ''
      : `<meta name="kleroterion-service-tagline" content="${escapeHtml(identity.serviceTagline)}">`,
    identity.logo === undefined
      ? ''
      : `<meta name="kleroterion-service-logo" content="${escapeHtml(identity.logo.url)}">`,
  ].join('');
  let html = template.replace(/<html\b/i, `<html data-identity="${identity.identity}"`);
  if (metas !== '') html = html.replace(/<\/head>/i, `${metas}</head>`);
  if (identity.serviceName !== undefined)
    html = html.replace(
      /<title>[^<]*<\/title>/i,
      `<title>${escapeHtml(identity.serviceName)}</title>`,
    );
  return html;
}

/** Whether a record named by a page's path exists; the server's services answer. */
export interface PageSubjects {
  processExists(id: string): boolean;
  callExists(id: string): boolean;
}

/** 200 for a client page whose process or call exists, 404 for any other path. */
export function pageStatus(path: string, subjects: PageSubjects): 200 | 404 {
  const match = matchPageRoute(path);
  if (match === undefined) return 404;
  const id = match.params['id'];
  if (id === undefined || !('subject' in match.route)) return 200;
  const exists =
    match.route.subject === PageSubject.Call ? subjects.callExists(id) : subjects.processExists(id);
  return exists ? 200 : 404;
}

/** Marks a 404 on the page, for the client to show its not-found page at once. */
const NOT_FOUND_MARK = '<meta name="kleroterion-status" content="404">';

/** The page as read once from the build; each answer fills in its own nonce. */
export function clientPage(clientDir: string, identity: ServiceIdentity = STATE_IDENTITY) {
  const template = withIdentity(readFileSync(join(clientDir, 'index.html'), 'utf8'), identity);
  return (res: Response, status = 200): void => {
    let html = template.split(NONCE_PLACEHOLDER).join(cspNonceOf(res));
    if (status === 404) html = html.replace(/<\/head>/i, `${NOT_FOUND_MARK}</head>`);
    res.status(status).type('html').set('Cache-Control', 'no-cache').send(html);
  };
}
