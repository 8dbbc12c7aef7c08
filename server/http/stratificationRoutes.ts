// HTTP routes of the stratified option of a process's draw, all for the organiser: quotas import,
// computation (started, polled, cancelled), the review view and the computed LOTTERY.json. Declared in the
// HTTP contract (shared/api/groups/stratification.*.ts), which gives their roles and parses their body.

import { stratificationContract } from '../../shared/api/groups/stratification.contract';
import type { Stratification } from '../services/stratification';
import { contractRoutes } from './contractRoutes';
import { jsonFile, type Route } from './routes';
import { uploadedFile } from './uploadedFile';

export function stratificationRoutes(
  stratification: Stratification,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  return contractRoutes(
    stratificationContract,
    {
      'stratification.get': ({ params }) => ({ data: stratification.view(params.id) }),
      'stratification.quotas': ({ params, req }) => {
        const { bytes, fileName } = uploadedFile(
          req,
          'quotas.csv',
          'send the quotas CSV file as the request body (Content-Type: text/csv)',
        );
        return { data: stratification.importQuotas(params.id, bytes, fileName) };
      },
      'stratification.compute': ({ params, body }) => ({
        status: 202,
        data: stratification.compute(params.id, body),
      }),
      'stratification.cancel': ({ params }) => ({ data: stratification.cancel(params.id) }),
      'stratification.lottery': ({ params }) =>
        jsonFile(stratification.lotteryText(params.id), `loterie-${params.id}.json`),
    },
    options,
  );
}
