// The SMTP transport: nodemailer with pooled connections, configured by KLEROTERION_SMTP_URL
// (smtp:// or smtps://, credentials in the URL) and KLEROTERION_MAIL_FROM. Every message has a text and an
// HTML part in UTF-8, a Date and the Message-ID the queue keeps; a refusal (5xx) is permanent, a busy or
// unreachable server (4xx, connection, timeout) is transient and retried by the queue.

import nodemailer from 'nodemailer';
import type { Clock, MailTransport, TransportMail } from '../ports';
import { MailDeliveryError } from './mailDeliveryError';
import {
  MailAddress,
  domainOf,
  foldSubject,
  requireSafeRecipient,
  withoutAddresses,
} from './mailSafety';

export interface SmtpConfig {
  /** smtp://user:pass@host:port or smtps://… */
  url: string;
  from: { name: string; address: string };
}

export interface SmtpTimeouts {
  /** To open the TCP (and TLS) connection. */
  connectionMs?: number;
  /** Between any two answers of the server once connected. */
  socketMs?: number;
  /** For a whole message, whatever happens: a hung server cannot hold a worker slot for ever. */
  messageMs?: number;
}

/**
 * Reads the SMTP settings from the environment: none when KLEROTERION_SMTP_URL is unset.
 * @throws Error with a sentence for the operator when the URL or the sender is missing or malformed
 */
export function smtpConfigFromEnv(env: NodeJS.ProcessEnv): SmtpConfig | undefined {
  const url = env['KLEROTERION_SMTP_URL'];
  if (url === undefined || url === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('KLEROTERION_SMTP_URL is not a URL (expected smtp://user:password@host:587)');
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new Error(
      `KLEROTERION_SMTP_URL must start with smtp:// or smtps:// (got ${parsed.protocol}//)`,
    );
  if (parsed.hostname === '') throw new Error('KLEROTERION_SMTP_URL has no host');
  const from = env['KLEROTERION_MAIL_FROM'];
  if (from === undefined || from === '')
    throw new Error(
      'KLEROTERION_MAIL_FROM is required with KLEROTERION_SMTP_URL (e.g. "Mairie de Lyon <jury@lyon.example>")',
    );
  return { url, from: parseSender(from) };
}

/**
 * The sender: `jury@lyon.example` or `Mairie de Lyon <jury@lyon.example>`.
 * @throws Error when it is not one address with an optional plain display name
 */
export function parseSender(from: string): { name: string; address: string } {
  // eslint-disable-next-line no-control-regex -- control characters are refused in the display name
  const match = /^\s*(?:([^<>"\r\n\u0000-\u001f]*?)\s*<([^<>]+)>|([^<>]+))\s*$/.exec(from);
  const name = match?.[1]?.trim() ?? '';
  const address = (match?.[2] ?? match?.[3] ?? '').trim();
  if (match === null || !MailAddress.safeParse(address).success)
    throw new Error(
      'KLEROTERION_MAIL_FROM must be one address, optionally with a name: "Mairie de Lyon <jury@lyon.example>"',
    );
  return { name, address };
}

/** SMTP over a pool of connections; close() ends them. */
export function createSmtpTransport(
  config: SmtpConfig,
  clock: Clock,
  timeouts: SmtpTimeouts = {},
  maxConnections = 4,
): MailTransport {
  const transporter = nodemailer.createTransport({
    pool: true,
    url: config.url,
    maxConnections,
    maxMessages: 100,
    connectionTimeout: timeouts.connectionMs ?? 10_000,
    greetingTimeout: timeouts.connectionMs ?? 10_000,
    socketTimeout: timeouts.socketMs ?? 30_000,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const messageMs = timeouts.messageMs ?? 120_000;

  return {
    messageIdDomain: domainOf(config.from.address),
    async send(mail: TransportMail) {
      const to = requireSafeRecipient(mail.to);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new MailDeliveryError(
                `no answer from the SMTP server in ${messageMs / 1000} s`,
                false,
              ),
            ),
          messageMs,
        );
      });
      try {
        await Promise.race([
          transporter.sendMail({
            from: config.from,
            // An object, not a string: nodemailer does not parse it, so nothing in it can add a recipient.
            to: { name: '', address: to },
            subject: foldSubject(mail.subject),
            text: mail.text,
            ...(mail.html === '' ? {} : { html: mail.html }),
            messageId: mail.messageId,
            date: clock.now(),
            headers: { 'Content-Language': mail.language },
            disableFileAccess: true,
            disableUrlAccess: true,
          }),
          timeout,
        ]);
        return { messageId: mail.messageId };
      } catch (error) {
        throw asDeliveryError(error, to);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      transporter.close();
    },
  };
}

/** Classifies a nodemailer error: 5xx refusals are permanent (except authentication, an operator fix). */
function asDeliveryError(error: unknown, to: string): MailDeliveryError {
  if (error instanceof MailDeliveryError) return error;
  const { responseCode, code, response, message } = error as {
    responseCode?: number;
    code?: string;
    response?: string;
    message?: string;
  };
  if (typeof responseCode === 'number') {
    const permanent = responseCode >= 500 && code !== 'EAUTH';
    const said = withoutAddresses(response ?? message ?? '', to);
    return new MailDeliveryError(
      `${permanent ? 'refused' : 'deferred'} by the SMTP server: ${said}`,
      permanent,
    );
  }
  return new MailDeliveryError(
    `SMTP server unreachable (${code ?? 'error'}): ${withoutAddresses(message ?? '', to)}`,
    false,
  );
}
