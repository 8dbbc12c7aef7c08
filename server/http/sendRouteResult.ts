// How a route's result becomes the HTTP answer: its cookie (set or cleared), then a redirect, a file, or
// the JSON envelope's data.

import type { Request, Response } from 'express';
import type { RouteResult } from './routes';
import { sendData } from './respond';

export function sendRouteResult(
  req: Request,
  res: Response,
  result: RouteResult,
  secureCookies: boolean | undefined,
): void {
  if (result.cookie !== undefined) {
    const cookieOptions = {
      httpOnly: true,
      sameSite: result.cookie.sameSite ?? ('strict' as const),
      secure: secureCookies ?? req.secure,
      path: '/',
    };
    // A browser-session cookie: the server alone decides expiry (8 h), so a skewed client or
    // server clock cannot make a fresh session look expired, or an old one valid.
    if (result.cookie.value === '') res.clearCookie(result.cookie.name, cookieOptions);
    else
      res.cookie(result.cookie.name, result.cookie.value, {
        ...cookieOptions,
        // Juror sessions outlive a browser restart; the server still checks each one.
        ...(result.cookie.maxAgeSeconds === undefined
          ? {}
          : { maxAge: result.cookie.maxAgeSeconds * 1000 }),
      });
  }
  if (result.redirect !== undefined) res.redirect(302, result.redirect);
  else if (result.raw !== undefined) {
    res.status(result.status ?? 200).type(result.raw.contentType);
    if (result.raw.fileName !== undefined) res.attachment(result.raw.fileName);
    const { body } = result.raw;
    if (typeof body === 'function')
      // Streamed: the headers are gone, so a failure midway can only cut the answer short.
      body(res).catch(() => res.destroy());
    else res.send(body);
  } else sendData(res, result.data, result.status);
}
