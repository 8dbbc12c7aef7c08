// Worker side of the parallel pool loader: hashes the leaves and interior levels of one RFC 6962 subtree.
// Pure work from shared/, no I/O.

import { parentPort } from 'node:worker_threads';
import { hashLeaves, levelsAbove } from '../../shared/lottery/merkle';
import type { SubtreeReply, SubtreeTask } from './poolWorkerProtocol';

const port = parentPort;
if (port === null) throw new Error('poolWorker must run in a worker thread');

port.on('message', ({ idsText }: SubtreeTask) => {
  let reply: SubtreeReply;
  try {
    const ids = idsText.split('\n');
    const levels = levelsAbove(hashLeaves(ids), ids.length);
    reply = { ok: true, levels };
    port.postMessage(
      reply,
      levels.map((level) => level.buffer as ArrayBuffer),
    );
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    port.postMessage(reply);
  }
});
