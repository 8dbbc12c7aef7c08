// The rate limits of the routes a stranger can call repeatedly: sign-in (10 tries in 15 minutes by
// default), applications to a call (20 an hour) and stage-one registration (30 in 15 minutes: one
// registration takes two requests, and a household shares one address). Each refusal is RATE_LIMITED,
// except a sign-in started by navigation (OpenID Connect), which gets a page that explains.

import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { OidcRefusal } from '../auth/oidc/oidcSignIn';
import type { Log } from '../ports';
import { oidcRefusedPath } from './oidcRoutes';
import { sendError } from './respond';
import type { Route } from './routes';

export interface RateLimits {
  loginAttemptsPerWindow?: number;
  applicationsPerHour?: number;
  /** Registration requests per client in 15 minutes on the public page. */
  registrationAttemptsPerWindow?: number;
}

const MINUTE_MS = 60 * 1000;

/** The limiters, built once per server; `limitersOf(route)` gives a route's. */
export function createRateLimiters(limits: RateLimits, log: Log) {
  const limiter = (minutes: number, limit: number, message: string, onNavigation?: string) =>
    rateLimit({
      windowMs: minutes * MINUTE_MS,
      limit,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      handler: (req, res) =>
        onNavigation !== undefined && req.method === 'GET'
          ? res.redirect(302, onNavigation)
          : sendError(res, new KleroterionError(ErrorCode.RateLimited, message), log),
    });
  const byKind = {
    login: limiter(
      15,
      limits.loginAttemptsPerWindow ?? 10,
      'too many sign-in attempts; wait 15 minutes',
      oidcRefusedPath(OidcRefusal.RateLimited),
    ),
    applications: limiter(
      60,
      limits.applicationsPerHour ?? 20,
      'too many applications from this connection; try again in an hour',
    ),
    registrations: limiter(
      15,
      limits.registrationAttemptsPerWindow ?? 30,
      'too many registration attempts from this connection; wait 15 minutes',
    ),
  };
  return {
    limitersOf(route: Pick<Route, 'rateLimited'>): RequestHandler[] {
      if (route.rateLimited === undefined) return [];
      return [byKind[route.rateLimited === true ? 'login' : route.rateLimited]];
    },
  };
}
