// One socket event's handler with an acknowledgement: the payload parsed with its zod schema first, the
// handler's answer or refusal acknowledged in the one envelope (`Ack`), a refusal of ours with its code and
// anything unexpected as INTERNAL (logged, never described to the caller). Used by the public log's
// watchers (attachRealtime.ts) and by the deliberation room (attachRoom.ts), which checks roles first.

import type { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import type { Ack } from '../../shared/protocol';
import { describeError } from '../logging/describeError';
import type { Log } from '../ports';

export function acknowledged<S extends z.ZodType, T>(
  schema: S,
  run: (payload: z.infer<S>) => T | Promise<T>,
  log: Pick<Log, 'error'>,
): (payload: unknown, ack: Ack<T>) => Promise<void> {
  return async (payload, ack) => {
    if (typeof ack !== 'function') return;
    const parsed = schema.safeParse(payload);
    if (!parsed.success)
      return ack({
        ok: false,
        error: { code: ErrorCode.ValidationFailed, message: describeIssues(parsed.error) },
      });
    try {
      return ack({ ok: true, data: await run(parsed.data) });
    } catch (error) {
      if (error instanceof KleroterionError)
        return ack({ ok: false, error: { code: error.code, message: error.message } });
      log.error({ err: describeError(error) }, 'socket handler failed');
      return ack({
        ok: false,
        error: {
          code: ErrorCode.Internal,
          message: 'the request could not be processed; nothing was changed',
        },
      });
    }
  };
}
