// The server's injected capabilities: time, randomness, logging and mail. Tests pass their own.

export interface Clock {
  now(): Date;
}

export interface Random {
  bytes(length: number): Uint8Array;
}

/** One message as a transport receives it from the delivery worker: already validated, subject on one line. */
export interface TransportMail {
  to: string;
  subject: string;
  text: string;
  /** Empty when the message has no HTML part. */
  html: string;
  /** `<random@domain>`, kept in the queue row so that every attempt carries the same id. */
  messageId: string;
  kind: string;
  language: 'fr' | 'en';
}

/**
 * Where mail leaves the server: SMTP (server/mail/smtpTransport.ts), the outbox folder
 * (server/mail/outboxTransport.ts), or the tests' memory.
 */
export interface MailTransport {
  /** The domain of the sender's address, for Message-ID headers. */
  readonly messageIdDomain: string;
  /**
   * Hands one message over.
   * @throws MailDeliveryError (server/mail/mailDeliveryError.ts) saying whether retrying can help
   */
  send(mail: TransportMail): Promise<{ messageId: string }>;
  /** Closes pooled connections. */
  close?(): Promise<void>;
}

export interface Log {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** A drand round as a relay serves it; whoever records it checks the signature offline first. */
export interface BeaconRound {
  round: number;
  /** The BLS signature, hex. */
  signature: string;
}

/** Where the server gets drand rounds: the network's relays, or rounds recorded for an offline demo. */
export interface BeaconSource {
  /** The round, once it exists; rejects with a clear reason (hang, garbage, wrong round, not yet). */
  fetchRound(round: number, signal: AbortSignal): Promise<BeaconRound>;
}
