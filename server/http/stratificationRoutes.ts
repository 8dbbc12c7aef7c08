// HTTP routes of the stratified option of a process's draw, all for the organiser: quotas import,
// computation (started, polled, cancelled), the review view and the computed LOTTERY.json.

import type { Request } from 'express';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { describeIssues } from '../../shared/lottery/protocol';
import { ALGORITHMS } from '../../shared/stratify/lottery';
import type { Stratification } from '../services/stratification';
import { jsonFile, Role, type Route } from './routes';
import { uploadedFile } from './uploadedFile';

const Compute = z.strictObject({
  panelCount: z.number().int().min(1).max(100_000).default(1000),
  algorithm: z.enum(ALGORITHMS).default('leximin'),
  budgetSeconds: z
    .number()
    .int()
    .min(1)
    .max(6 * 3600)
    .default(600),
});

const param = (req: Request, name: string): string => String(req.params[name] ?? '');

export function stratificationRoutes(stratification: Stratification): Route[] {
  return [
    {
      method: 'get',
      path: '/api/processes/:id/stratification',
      role: Role.Organiser,
      handle: (req) => ({ data: stratification.view(param(req, 'id')) }),
    },
    {
      method: 'post',
      path: '/api/processes/:id/stratification/quotas',
      role: Role.Organiser,
      rawBody: true,
      handle: (req) => {
        const { bytes, fileName } = uploadedFile(
          req,
          'quotas.csv',
          'send the quotas CSV file as the request body (Content-Type: text/csv)',
        );
        return { data: stratification.importQuotas(param(req, 'id'), bytes, fileName) };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/stratification/compute',
      role: Role.Organiser,
      handle: (req) => {
        const parsed = Compute.safeParse(req.body ?? {});
        if (!parsed.success)
          throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
        return { status: 202, data: stratification.compute(param(req, 'id'), parsed.data) };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/stratification/cancel',
      role: Role.Organiser,
      handle: (req) => ({ data: stratification.cancel(param(req, 'id')) }),
    },
    {
      method: 'get',
      path: '/api/processes/:id/stratification/lottery.json',
      role: Role.Organiser,
      handle: (req) =>
        jsonFile(stratification.lotteryText(param(req, 'id')), `loterie-${param(req, 'id')}.json`),
    },
  ];
}
