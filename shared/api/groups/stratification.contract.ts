// The stratification group's contract (server/http/stratificationRoutes.ts), all for the organiser.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { ALGORITHMS } from '../../stratify/lottery';
import type { StratificationView } from '../../stratify/stratificationView';
import { defineContract } from '../route';
import { json, ORGANISER, typed } from '../contractParts';
import { stratificationEndpoints } from './stratification.endpoints';

export const Compute = z.strictObject({
  panelCount: z.number().int().min(1).max(100_000).default(1000),
  algorithm: z.enum(ALGORITHMS).default('leximin'),
  budgetSeconds: z
    .number()
    .int()
    .min(1)
    .max(6 * 3600)
    .default(600),
  // Pool columns that together identify a household (e.g. address and postcode); names, not values.
  householdColumns: z.array(z.string().min(1).max(200)).max(10).default([]),
});

/** The quotas and the lottery may change only while the draw is a draft with its volunteers. */
const open = [
  ErrorCode.ProcessNotFound,
  ErrorCode.StratificationFrozen,
  ErrorCode.TransitionRefused,
];

export const stratificationContract = defineContract(stratificationEndpoints, {
  'stratification.get': {
    roles: ORGANISER,
    response: typed<StratificationView>(),
    errors: [ErrorCode.ProcessNotFound],
  },
  'stratification.quotas': {
    roles: ORGANISER,
    body: 'upload',
    response: typed<StratificationView>(),
    errors: [...open, ErrorCode.CsvInvalid],
  },
  'stratification.compute': {
    roles: ORGANISER,
    body: Compute,
    response: typed<StratificationView>(),
    errors: [...open, ErrorCode.CsvInvalid, ErrorCode.InvalidArgument],
  },
  'stratification.cancel': {
    roles: ORGANISER,
    response: typed<StratificationView>(),
    errors: open,
  },
  'stratification.lottery': {
    roles: ORGANISER,
    response: json,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
});
