// The server's structured logger (pino, JSON lines). Log calls never pass personal data; the redaction
// paths below are defence in depth: should a name, e-mail, phone or credential reach a log object under
// one of these keys, pino writes "[redacted]" instead.

import pino, { type DestinationStream, type Logger } from 'pino';

/** Keys that may hold personal data or credentials, at the top level and one or two levels down. */
const SENSITIVE_KEYS = [
  'name',
  'email',
  'phone',
  'displayName',
  'lead_name',
  'leadName',
  'password',
  'token',
  'cookie',
  'authorization',
];

export const REDACT_PATHS: string[] = SENSITIVE_KEYS.flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
]).concat(['req.headers.cookie', 'req.headers.authorization', 'headers.cookie']);

/** A pino logger at `level` with the redaction rules, writing to stdout or to `destination`. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
