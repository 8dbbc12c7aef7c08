// A body sent to a JSON route in another format (a form, text, XML) is refused instead of being read as
// "no body": otherwise a handler that defaults a missing body to {} would act on a request it never read.

import type { NextFunction, Request, Response } from 'express';
import { ErrorCode, KleroterionError } from '../../shared/errors';

const hasBody = (req: Request): boolean =>
  req.headers['transfer-encoding'] !== undefined ||
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');

export function requireJsonBody(req: Request, _res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD' || !hasBody(req) || req.is('application/json'))
    return next();
  next(
    new KleroterionError(
      ErrorCode.ValidationFailed,
      'send the request body as JSON (Content-Type: application/json)',
    ),
  );
}
