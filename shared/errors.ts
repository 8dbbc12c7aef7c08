// Stable error codes shared by the lottery core, the CLIs, the server and the client.
// Spec: docs/lottery-spec.md, section "Errors"; codes never change meaning once published.

export const ErrorCode = {
  PoolEmpty: 'POOL_EMPTY',
  PoolIdEmpty: 'POOL_ID_EMPTY',
  PoolIdWhitespace: 'POOL_ID_WHITESPACE',
  PoolIdControlChar: 'POOL_ID_CONTROL_CHAR',
  PoolIdTooLong: 'POOL_ID_TOO_LONG',
  PoolIdInvalidUtf8: 'POOL_ID_INVALID_UTF8',
  PoolIdDuplicate: 'POOL_ID_DUPLICATE',
  PoolCsvMalformed: 'POOL_CSV_MALFORMED',
  PoolCsvNoIdColumn: 'POOL_CSV_NO_ID_COLUMN',
  SeatsExceedPool: 'SEATS_EXCEED_POOL',
  InvalidArgument: 'INVALID_ARGUMENT',
  InvalidNumber: 'INVALID_NUMBER',
  CommitmentMalformed: 'COMMITMENT_MALFORMED',
  RevealMismatch: 'REVEAL_MISMATCH',
  RevealMissing: 'REVEAL_MISSING',
  BeaconInvalid: 'BEACON_INVALID',
  UnknownSource: 'UNKNOWN_SOURCE',
  JsonMalformed: 'JSON_MALFORMED',
  // Application (server and client)
  ValidationFailed: 'VALIDATION_FAILED',
  ProcessNotFound: 'PROCESS_NOT_FOUND',
  TransitionRefused: 'TRANSITION_REFUSED',
  AlreadyDrawn: 'ALREADY_DRAWN',
  CsvInvalid: 'CSV_INVALID',
  /** A register CSV (stage one) with problems, each named by line and field: nothing was imported. */
  RegisterInvalid: 'REGISTER_INVALID',
  /** A register import is already running for this process. */
  RegisterBusy: 'REGISTER_BUSY',
  UploadTooLarge: 'UPLOAD_TOO_LARGE',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  OriginRefused: 'ORIGIN_REFUSED',
  RateLimited: 'RATE_LIMITED',
  PasswordAlreadySet: 'PASSWORD_ALREADY_SET',
  PasswordNotSet: 'PASSWORD_NOT_SET',
  BadCredentials: 'BAD_CREDENTIALS',
  TokenInvalid: 'TOKEN_INVALID',
  InvitationAnswered: 'INVITATION_ANSWERED',
  DrandUnavailable: 'DRAND_UNAVAILABLE',
  NotFound: 'NOT_FOUND',
  CallClosed: 'CALL_CLOSED',
  DuplicateApplication: 'DUPLICATE_APPLICATION',
  SpamSuspected: 'SPAM_SUSPECTED',
  QuotasInfeasible: 'QUOTAS_INFEASIBLE',
  // Operations (health, backup and restore)
  NotReady: 'NOT_READY',
  BackupInvalid: 'BACKUP_INVALID',
  ChainBroken: 'CHAIN_BROKEN',
  DataFolderNotEmpty: 'DATA_FOLDER_NOT_EMPTY',
  /** The draw is committed: its quotas and lottery can no longer change. */
  StratificationFrozen: 'STRATIFICATION_FROZEN',
  /** A confidential deliberation: its results and events stay inside the jury until published. */
  ResultsWithheld: 'RESULTS_WITHHELD',
  /** The delay asked for between a commitment and its drand round is below the server's minimum. */
  DrandDelayTooShort: 'DRAND_DELAY_TOO_SHORT',
  /** OpenID Connect sign-in asked for on a server where it is not configured. */
  OidcNotConfigured: 'OIDC_NOT_CONFIGURED',
  /** A demonstration-only action (recorded drand round, opening a seat as its juror) on a real process. */
  DemoOnly: 'DEMO_ONLY',
  /** First start: the setup token printed on the server's console is wrong, or already spent. */
  SetupTokenInvalid: 'SETUP_TOKEN_INVALID',
  /** The account has two-step verification: the sign-in needs a code from the app (or a recovery code). */
  TotpRequired: 'TOTP_REQUIRED',
  /** The two-step verification code (or recovery code) is wrong or already used. */
  TotpInvalid: 'TOTP_INVALID',
  /** An account with this e-mail address already exists. */
  AccountExists: 'ACCOUNT_EXISTS',
  /** A registration code (letter of a stage-one invitee) with a character no code has, or the wrong length. */
  RegistrationCodeMalformed: 'REGISTRATION_CODE_MALFORMED',
  /** A well-formed registration code that this process never issued (or issued again since). */
  RegistrationCodeUnknown: 'REGISTRATION_CODE_UNKNOWN',
  /** A registration code already spent: its invitee (or whoever holds their letter) registered. */
  RegistrationCodeUsed: 'REGISTRATION_CODE_USED',
  // The envelope's own codes: an answer no route chose (server) or no answer at all (client)
  /** An unexpected failure on the server: nothing was changed. */
  Internal: 'INTERNAL',
  /** The client could not reach the server. */
  Network: 'NETWORK',
  /** The answer was not the API's JSON (a proxy's error page, a cut connection). */
  NotJson: 'NOT_JSON',
  /** A code this version of the client does not know (a newer server). */
  Unknown: 'UNKNOWN',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Where in the caller's input a problem sits; every field is optional. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  column?: number;
  field?: string;
}

export interface ErrorDetails extends ErrorLocation {
  /** Further lines involved, e.g. the first occurrence of a duplicate id. */
  otherLines?: number[];
  /** Every problem found in a bulk input (e.g. a CSV import), at most a few hundred. */
  problems?: readonly {
    /** Absent for formats without lines (JSON: see `field`, a path). */
    line?: number;
    column?: number;
    field?: string;
    code: string;
    message: string;
  }[];
  /** How many problems there were in all, listed or not. */
  total?: number;
}

/** An expected, user-facing failure: carries a stable code and the location of the bad input. */
export class KleroterionError extends Error {
  override readonly name = 'KleroterionError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }
}

/** Formats "file:line:column: " for messages, omitting what is unknown. */
export function formatLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) parts.push(location.file);
  if (location.line !== undefined) parts.push(String(location.line));
  if (location.column !== undefined) parts.push(String(location.column));
  return parts.length > 0 ? `${parts.join(':')}: ` : '';
}
