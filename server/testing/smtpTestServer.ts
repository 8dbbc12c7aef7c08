// Test harness: a real SMTP server (the smtp-server package) on a local port, keeping every message it
// accepts as raw text; hooks let a test refuse a recipient (5xx), defer a message (4xx) or hang.

import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  /** Envelope sender (MAIL FROM). */
  from: string;
  /** The message as it came over the wire, headers and body. */
  raw: string;
}

/** An SMTP answer: 4xx defers, 5xx refuses. */
export interface SmtpAnswer {
  code: number;
  message: string;
}

export interface SmtpTestServerOptions {
  /** Port to listen on (default: one the system chooses). */
  port?: number;
  /** Answer to one RCPT TO; undefined accepts it. */
  onRecipient?: (address: string) => SmtpAnswer | undefined;
  /** Answer at the end of DATA; undefined accepts, 'hang' never answers. */
  onMessage?: (mail: ReceivedMail) => SmtpAnswer | 'hang' | undefined;
}

export interface SmtpTestServer {
  port: number;
  url: string;
  received: ReceivedMail[];
  /** Messages that reached the end of DATA, accepted or not. */
  attempts: number;
  /**
   * Waits until `count` messages were accepted.
   * @throws Error after `timeoutMs` (default 10 s)
   */
  awaitReceived(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

const answer = ({ code, message }: SmtpAnswer) =>
  Object.assign(new Error(message), { responseCode: code });

export async function startSmtpTestServer(
  options: SmtpTestServerOptions = {},
): Promise<SmtpTestServer> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const refusal = options.onRecipient?.(address.address);
      callback(refusal === undefined ? null : answer(refusal));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        attempts++;
        const mail: ReceivedMail = {
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          from: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
          raw: Buffer.concat(chunks).toString('utf8'),
        };
        const decision = options.onMessage?.(mail);
        if (decision === 'hang') return;
        if (decision !== undefined) return callback(answer(decision));
        received.push(mail);
        callback(null);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {});
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('no SMTP port');
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    received,
    get attempts() {
      return attempts;
    },
    async awaitReceived(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`the SMTP server received ${received.length} of ${count} messages`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
