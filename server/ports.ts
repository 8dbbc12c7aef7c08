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
