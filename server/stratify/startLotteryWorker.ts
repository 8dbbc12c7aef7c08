// Starts one lottery computation in a worker thread (booted through tsx, like the pool loader's workers)
// and relays its messages; `cancel` ends the thread wherever it is.

import { Worker } from 'node:worker_threads';
import type { LotteryTask, LotteryWorkerMessage } from './lotteryWorkerProtocol';

export interface LotteryRun {
  cancel(): void;
}

export function startLotteryWorker(
  task: LotteryTask,
  onMessage: (message: LotteryWorkerMessage) => void,
): LotteryRun {
  const worker = new Worker(new URL('../../scripts/lib/workerBoot.mjs', import.meta.url), {
    workerData: { module: new URL('./lotteryWorker.ts', import.meta.url).href },
  });
  let isFinished = false;
  const finish = (message: LotteryWorkerMessage) => {
    if (isFinished) return;
    if (message.kind !== 'progress') {
      isFinished = true;
      void worker.terminate();
    }
    onMessage(message);
  };
  worker.on('message', finish);
  worker.on('error', (error) =>
    finish({ kind: 'failed', code: 'INTERNAL', message: error.message }),
  );
  worker.on('exit', (code) => {
    if (!isFinished)
      finish({ kind: 'failed', code: 'INTERNAL', message: `the worker stopped (exit ${code})` });
  });
  worker.postMessage(task);
  return {
    cancel: () => {
      isFinished = true;
      void worker.terminate();
    },
  };
}
