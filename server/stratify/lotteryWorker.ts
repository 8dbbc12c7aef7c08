// Worker side of a process's lottery computation: HiGHS is synchronous and may run for minutes, so it
// runs here, reporting each LEXIMIN round and stopping with its best distribution when the budget is spent.

import { parentPort } from 'node:worker_threads';
import { KleroterionError } from '../../shared/errors';
import type { LotteryTask, LotteryWorkerMessage } from './lotteryWorkerProtocol';
import { stratifyRespondents } from './stratify';

const port = parentPort;
if (port === null) throw new Error('lotteryWorker must run in a worker thread');

const send = (message: LotteryWorkerMessage) => port.postMessage(message);

port.once('message', (task: LotteryTask) => {
  const deadline = performance.now() + task.budgetSeconds * 1000;
  let stoppedEarly = false;
  stratifyRespondents({
    ...task,
    onProgress: (report) => send({ kind: 'progress', report }),
    shouldStop: () => {
      if (performance.now() > deadline) stoppedEarly = true;
      return stoppedEarly;
    },
  }).then(
    (lottery) => send({ kind: 'done', lottery, stoppedEarly }),
    (error: unknown) =>
      send(
        error instanceof KleroterionError
          ? { kind: 'failed', code: error.code, message: error.message, details: error.details }
          : {
              kind: 'failed',
              code: 'INTERNAL',
              message: error instanceof Error ? error.message : String(error),
            },
      ),
  );
});
