// The server's structured logger (pino): JSON lines for a file, a pipe or a log collector, and the same
// records made readable (pino-pretty: time, level, message, fields) when a person watches a terminal. Log calls never pass personal data; the redaction
// paths below are defence in depth: should a name, e-mail, phone or credential reach a log object under
// one of these keys, pino writes "[redacted]" instead.

import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

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

/**
 * A pino logger at `level` with the redaction rules, writing to stdout or to `destination`: readable text
 * when `isTerminal` (by default, whether stdout is a TTY), JSON lines otherwise. Pretty-printing runs in this
 * thread (no worker), so that the start's lines and the console's messages keep their order.
 */
export function createLogger(
  level: string,
  destination?: DestinationStream,
  isTerminal: boolean = destination === undefined && process.stdout.isTTY === true,
): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (isTerminal)
    return pino(
      options,
      pretty({
        sync: true,
        colorize: destination === undefined,
        translateTime: 'SYS:HH:MM:ss',
        ...(destination === undefined ? {} : { destination: destination as NodeJS.WritableStream }),
      }),
    );
  return destination === undefined ? pino(options) : pino(options, destination);
}
