// Uniform JSON answers: { ok: true, data } or { ok: false, error: { code, message, details? } }, with the
// HTTP status derived from the stable error code.

import type { Response } from 'express';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { Log } from '../ports';
import { describeError } from '../logging/describeError';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.ValidationFailed]: 422,
  [ErrorCode.CsvInvalid]: 422,
  [ErrorCode.RevealMismatch]: 422,
  [ErrorCode.BeaconInvalid]: 422,
  [ErrorCode.InvalidArgument]: 422,
  [ErrorCode.InvalidNumber]: 422,
  [ErrorCode.JsonMalformed]: 400,
  [ErrorCode.ProcessNotFound]: 404,
  [ErrorCode.TokenInvalid]: 404,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.TransitionRefused]: 409,
  [ErrorCode.AlreadyDrawn]: 409,
  [ErrorCode.InvitationAnswered]: 409,
  [ErrorCode.PasswordAlreadySet]: 409,
  [ErrorCode.PasswordNotSet]: 409,
  [ErrorCode.SeatsExceedPool]: 409,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.BadCredentials]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.OriginRefused]: 403,
  [ErrorCode.UploadTooLarge]: 413,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.DrandUnavailable]: 502,
  [ErrorCode.CallClosed]: 409,
  [ErrorCode.DuplicateApplication]: 409,
  [ErrorCode.SpamSuspected]: 422,
  [ErrorCode.QuotasInfeasible]: 422,
  [ErrorCode.StratificationFrozen]: 409,
  [ErrorCode.ResultsWithheld]: 403,
  [ErrorCode.DrandDelayTooShort]: 422,
  [ErrorCode.OidcNotConfigured]: 404,
  // Not a 403: the organiser is authorised; for a real process these actions simply do not exist.
  [ErrorCode.DemoOnly]: 404,
  [ErrorCode.SetupTokenInvalid]: 403,
  [ErrorCode.TotpRequired]: 401,
  [ErrorCode.TotpInvalid]: 401,
  [ErrorCode.AccountExists]: 409,
};

export function sendData(res: Response, data: unknown, status = 200): void {
  res.status(status).json({ ok: true, data });
}

export function sendError(res: Response, error: unknown, log: Log): void {
  if (error instanceof KleroterionError) {
    const hasDetails = Object.keys(error.details).length > 0;
    res.status(STATUS[error.code] ?? 400).json({
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
    error: { code: 'INTERNAL', message: 'internal error; nothing was changed' },
  });
}
