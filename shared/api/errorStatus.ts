// The HTTP status of every error code: one table, total over ErrorCode (the type refuses a missing code and
// errorStatus.test.ts checks each value is an error status). The server answers with it; the client reads
// the codes it makes up itself (NETWORK, NOT_JSON, UNKNOWN) as the status a gateway would have given.

import { ErrorCode } from '../errors';

export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  // Lottery core (CLIs, imports): a bad input the caller can fix.
  [ErrorCode.PoolEmpty]: 400,
  [ErrorCode.PoolIdEmpty]: 400,
  [ErrorCode.PoolIdWhitespace]: 400,
  [ErrorCode.PoolIdControlChar]: 400,
  [ErrorCode.PoolIdTooLong]: 400,
  [ErrorCode.PoolIdInvalidUtf8]: 400,
  [ErrorCode.PoolIdDuplicate]: 400,
  [ErrorCode.PoolCsvMalformed]: 400,
  [ErrorCode.PoolCsvNoIdColumn]: 400,
  [ErrorCode.SeatsExceedPool]: 409,
  [ErrorCode.InvalidArgument]: 422,
  [ErrorCode.InvalidNumber]: 422,
  [ErrorCode.CommitmentMalformed]: 400,
  [ErrorCode.RevealMismatch]: 422,
  [ErrorCode.RevealMissing]: 400,
  [ErrorCode.BeaconInvalid]: 422,
  [ErrorCode.UnknownSource]: 400,
  [ErrorCode.JsonMalformed]: 400,
  // Application
  [ErrorCode.ValidationFailed]: 422,
  [ErrorCode.ProcessNotFound]: 404,
  [ErrorCode.TransitionRefused]: 409,
  [ErrorCode.AlreadyDrawn]: 409,
  [ErrorCode.CsvInvalid]: 422,
  [ErrorCode.RegisterInvalid]: 422,
  [ErrorCode.RegisterBusy]: 409,
  [ErrorCode.UploadTooLarge]: 413,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.OriginRefused]: 403,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.PasswordAlreadySet]: 409,
  [ErrorCode.PasswordNotSet]: 409,
  [ErrorCode.BadCredentials]: 401,
  [ErrorCode.TokenInvalid]: 404,
  [ErrorCode.InvitationAnswered]: 409,
  [ErrorCode.DrandUnavailable]: 502,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.CallClosed]: 409,
  [ErrorCode.DuplicateApplication]: 409,
  [ErrorCode.SpamSuspected]: 422,
  [ErrorCode.QuotasInfeasible]: 422,
  // Operations: /readyz answers NOT_READY with 503; the others come from the CLIs.
  [ErrorCode.NotReady]: 503,
  [ErrorCode.BackupInvalid]: 400,
  [ErrorCode.ChainBroken]: 400,
  [ErrorCode.DataFolderNotEmpty]: 400,
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
  [ErrorCode.RegistrationCodeMalformed]: 400,
  [ErrorCode.RegistrationCodeUnknown]: 404,
  [ErrorCode.RegistrationCodeUsed]: 409,
  // The envelope's own codes.
  [ErrorCode.Internal]: 500,
  [ErrorCode.Network]: 503,
  [ErrorCode.NotJson]: 502,
  [ErrorCode.Unknown]: 400,
};

/** The status of a code; a code not in ErrorCode (a newer peer) reads as a plain refusal, 400. */
export const errorStatus = (code: string): number =>
  (ERROR_STATUS as Readonly<Record<string, number>>)[code] ?? 400;
