// The server's injected capabilities: time, randomness, logging and mail. Tests pass their own.

export interface Clock {
  now(): Date;
}

export interface Random {
  bytes(length: number): Uint8Array;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): void;
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
