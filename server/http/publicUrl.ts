// The base URL of every link the server writes (invitations, receipts, applicants' and reviewers' links):
// PUBLIC_URL when the operator sets it, otherwise the address the server actually listens on. Read after
// listen, so that PORT=0 gives the port the system chose, never ":0".

import type { AddressInfo } from 'node:net';

export interface PublicUrlInputs {
  /** PUBLIC_URL, when set: used as is (without a trailing slash). */
  configured: string | undefined;
  /** The HOST the server was asked to listen on. */
  host: string;
  /** The PORT it was asked for (used only before it listens). */
  port: number;
  /** `httpServer.address()`: null before listen. */
  address: AddressInfo | string | null;
}

/** A wildcard interface is not an address a browser can open: links then name this machine. */
const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]']);

/** The base URL for links, e.g. http://127.0.0.1:41873 or https://jury.example.org. */
export function resolvePublicUrl({ configured, host, port, address }: PublicUrlInputs): string {
  if (configured !== undefined && configured.trim() !== '') return configured.replace(/\/+$/, '');
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const name = WILDCARDS.has(host) ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${actualPort}`;
}
