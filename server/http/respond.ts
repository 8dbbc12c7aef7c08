// Uniform JSON answers: { ok: true, data } or { ok: false, error: { code, message, details? } }, with the
// HTTP status of the stable error code (shared/api/errorStatus.ts).

import type { Response } from 'express';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { ERROR_STATUS } from '../../shared/api/errorStatus';
import type { Log } from '../ports';
import { describeError } from '../logging/describeError';

export function sendData(res: Response, data: unknown, status = 200): void {
  res.status(status).json({ ok: true, data });
}

export function sendError(res: Response, error: unknown, log: Log): void {
  if (error instanceof KleroterionError) {
    const hasDetails = Object.keys(error.details).length > 0;
    res.status(ERROR_STATUS[error.code]).json({
      ok: false,
      error: {
        code: error.code,
        message: error.message,
        ...(hasDetails ? { details: error.details } : {}),
      },
    });
    return;
  }
  log.error({ err: describeError(error) }, 'unexpected error');
  res.status(500).json({
    ok: false,
    error: { code: ErrorCode.Internal, message: 'internal error; nothing was changed' },
  });
}
