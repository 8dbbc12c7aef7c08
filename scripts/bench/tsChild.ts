// Forks a TypeScript entry (run through tsx) and talks to it over Node's IPC channel: each request names
// the kind of answer it waits for (answers of one kind come in the order of the requests); messages nobody
// waits for go to a listener. Used by `bench:load`.

import { fork, type ChildProcess } from 'node:child_process';
import type { z } from 'zod';

export interface TsChild<In, Out extends { kind: string }> {
  pid: number;
  /** Sends `message` (if any) and resolves with the next message of kind `kind`. */
  request<K extends Out['kind']>(kind: K, message?: In): Promise<Extract<Out, { kind: K }>>;
  send(message: In): void;
  /** Ends the child with `message`, or kills it after 10 s. */
  stop(message: In): Promise<void>;
}

export function forkTs<In, Out extends { kind: string }>(
  entry: URL,
  args: string[],
  schema: z.ZodType<Out>,
  options: {
    execArgv?: string[];
    onMessage?: (message: Out) => void;
    /** Called if the child exits before `stop`. */
    onCrash: (reason: string) => void;
  },
): TsChild<In, Out> {
  const child: ChildProcess = fork(entry, args, {
    execArgv: ['--import', 'tsx', ...(options.execArgv ?? [])],
  });
  let isStopping = false;
  const waiting = new Map<string, ((message: Out) => void)[]>();
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      if (!isStopping) options.onCrash(`${entry.pathname} exited (code ${code}, signal ${signal})`);
      for (const [kind, queue] of waiting)
        for (const resolveWaiting of queue)
          resolveWaiting({ kind: `${kind}:exited` } as unknown as Out);
      resolve();
    }),
  );
  child.on('message', (raw: unknown) => {
    const message = schema.parse(raw);
    const resolve = waiting.get(message.kind)?.shift();
    if (resolve === undefined) return options.onMessage?.(message);
    return resolve(message);
  });
  return {
    pid: child.pid as number,
    request: (kind, message) =>
      new Promise((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null)
          return reject(new Error(`${entry.pathname} has exited`));
        const queue = waiting.get(kind) ?? [];
        waiting.set(kind, queue);
        queue.push((answer) =>
          answer.kind === kind
            ? resolve(answer as Extract<Out, { kind: typeof kind }>)
            : reject(new Error(`${entry.pathname} exited while we waited for "${kind}"`)),
        );
        if (message !== undefined) child.send(message as object, ignoreSendError);
        return undefined;
      }),
    send: (message) => {
      // A child can exit between the check and the write; the exit handler reports a crash, so the
      // write's own EPIPE is not a second error (unhandled, it would fail the whole test run).
      if (child.connected) child.send(message as object, ignoreSendError);
    },
    async stop(message) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      isStopping = true;
      child.send(message as object, ignoreSendError);
      const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

/** Failed writes to a child that has gone are reported by its exit handler, not here. */
function ignoreSendError(_error: Error | null): void {}
