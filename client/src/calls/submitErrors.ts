// Why a submission was refused, as messages: the server's field problems (same codes as the browser's own
// check), a duplicate (on the field that collides), a closed call, a suspected robot, too many attempts.

import { FieldProblem } from '../../../shared/calls/applicationForm';
import { ErrorCode } from '../../../shared/errors';
import { ApiError } from '../api/apiClient';
import type { MessageKey } from '../i18n/messages';
import { describeProblem, inFormOrder } from './applicationProblems';
import type { ApplicationValues } from './applicationValues';
import type { FieldMessage } from './fieldMessage';

const isFieldProblem = (code: string): code is FieldProblem =>
  (Object.values(FieldProblem) as string[]).includes(code);

/** Refusals whose translated message says everything. */
const PLAIN: Partial<Record<string, MessageKey>> = {
  [ErrorCode.CallClosed]: 'calls.error.closed',
  [ErrorCode.SpamSuspected]: 'calls.error.spam',
  [ErrorCode.RateLimited]: 'calls.error.rateLimited',
  [ErrorCode.NotFound]: 'calls.error.notFound',
  [ErrorCode.OriginRefused]: 'calls.error.origin',
};

export function describeSubmitError(error: unknown, values: ApplicationValues): FieldMessage[] {
  // fetch() rejects with a TypeError when the server cannot be reached.
  if (!(error instanceof ApiError)) return [{ key: 'calls.error.network' }];
  if (error.code === ErrorCode.ValidationFailed && error.details.problems !== undefined)
    return inFormOrder(
      error.details.problems.map((problem) =>
        problem.field !== undefined && isFieldProblem(problem.code)
          ? describeProblem({ field: problem.field, code: problem.code }, values)
          : { key: 'calls.error.unexpected' },
      ),
    );
  if (error.code === ErrorCode.DuplicateApplication)
    return error.details.field === 'description'
      ? [{ field: 'description', key: 'calls.error.duplicate.description' }]
      : [{ field: 'projectName', key: 'calls.error.duplicate.projectName' }];
  const plain = PLAIN[error.code];
  if (plain !== undefined) return [{ key: plain }];
  // Any other refusal, worded from its code (serverErrorMessages.ts): never the server's English text.
  return [{ key: error.key }];
}
