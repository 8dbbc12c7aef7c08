// Test helper: local HTTP servers that play drand relays (API v1, GET {base}/public/{round}), well or badly:
// serving the recorded quicknet rounds of the vectors file, another round, garbage, nothing at all, or down.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import drand from '../../fixtures/vectors/drand-quicknet.json';
import { DRAND_QUICKNET } from '../../shared/lottery/drand';

export const RelayBehaviour = {
  /** Serves the vectors' rounds (404 for others, or before `isAvailable` says the round exists). */
  Recorded: 'recorded',
  /** Answers every request with a genuine round, but not the one asked for. */
  WrongRound: 'wrong-round',
  /** Answers the right round number with another round's (valid-looking, not verifying) signature. */
  BadSignature: 'bad-signature',
  /** Answers 200 with text that is not JSON. */
  Garbage: 'garbage',
  /** Answers 503, as a relay under maintenance. */
  ServerError: 'server-error',
  /** Answers 200 with a megabyte of JSON-looking padding. */
  Huge: 'huge',
  /** Accepts the connection and never answers. */
  Hang: 'hang',
  /** Was listening, then closed: connections are refused. */
  Down: 'down',
} as const;
export type RelayBehaviour = (typeof RelayBehaviour)[keyof typeof RelayBehaviour];

export interface LocalRelay {
  /** Base URL including the quicknet chain hash path, as in KLEROTERION_DRAND_URLS. */
  url: string;
  /** Rounds asked for, in order. */
  requests: number[];
  close(): Promise<void>;
}

const recorded = new Map(drand.rounds.map((r) => [r.round, r]));

export async function startLocalRelay(
  behaviour: RelayBehaviour,
  options: { isAvailable?: (round: number) => boolean } = {},
): Promise<LocalRelay> {
  const requests: number[] = [];
  const hanging = new Set<ServerResponse>();
  const prefix = `/${DRAND_QUICKNET.chainHash}/public/`;
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '';
    const round = path.startsWith(prefix) ? Number(path.slice(prefix.length)) : NaN;
    if (!Number.isSafeInteger(round)) return res.writeHead(404).end('not found');
    requests.push(round);
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const other = drand.rounds.find((r) => r.round !== round)!;
    switch (behaviour) {
      case RelayBehaviour.Recorded: {
        const known = recorded.get(round);
        if (known === undefined || options.isAvailable?.(round) === false)
          return res
            .writeHead(425, { 'content-type': 'application/json' })
            .end('{"error":"too early"}');
        return json(known);
      }
      case RelayBehaviour.WrongRound:
        return json(other);
      case RelayBehaviour.BadSignature:
        return json({ ...other, round });
      case RelayBehaviour.Garbage:
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>maintenance</html>');
      case RelayBehaviour.ServerError:
        return res.writeHead(503).end('maintenance');
      case RelayBehaviour.Huge:
        return res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(`{"pad":"${'a'.repeat(1024 * 1024)}"}`);
      case RelayBehaviour.Hang:
        hanging.add(res);
        return undefined;
      default:
        return res.writeHead(500).end();
    }
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${DRAND_QUICKNET.chainHash}`;
  const close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  if (behaviour === RelayBehaviour.Down) await close();
  return { url, requests, close };
}
