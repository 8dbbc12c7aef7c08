// HTTP routes of a process's register (stage one), for the organiser: the streamed import and the view,
// which the console polls for the import's progress. Declared in the HTTP contract
// (shared/api/groups/register.*.ts), which gives their roles and parses their query.

import { registerContract } from '../../shared/api/groups/register.contract';
import type { RegisterService } from '../register/registerService';
import { contractRoutes } from './contractRoutes';
import type { Route } from './routes';

/** Longest file name kept: only shown back, never used as a path. */
const MAX_FILE_NAME_LENGTH = 200;

export function registerRoutes(
  register: RegisterService,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  return contractRoutes(
    registerContract,
    {
      'register.get': ({ params }) => ({ data: register.view(params.id) }),
      'register.import': async ({ params, query, req }) => {
        const length = Number(req.headers['content-length']);
        return {
          status: 201,
          data: await register.importFrom(params.id, req, {
            fileName: String(req.headers['x-file-name'] ?? 'registre.csv').slice(
              0,
              MAX_FILE_NAME_LENGTH,
            ),
            stratumColumn: query.stratum,
            totalBytes: Number.isSafeInteger(length) && length >= 0 ? length : undefined,
          }),
        };
      },
    },
    options,
  );
}
