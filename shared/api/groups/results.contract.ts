// The results group's contract (server/http/resultRoutes.ts): public results, audit bundle and exports;
// the organiser's tie settlement, publication and per-seat export.

import { z } from 'zod';
import { ErrorCode } from '../../errors';
import { LANGUAGES } from '../../format/language';
import type { ProcessState } from '../../process/processState';
import type { ResultsAnswer } from '../../scoring/resultsView';
import { defineContract } from '../route';
import { json, ORGANISER, PUBLIC, typed } from '../contractParts';
import { resultEndpoints } from './results.endpoints';

/** A CSV export's flavour: the French Excel file (the default) or the standard one. */
export const CsvVariantQuery = z.strictObject({
  variant: z.enum(['excel', 'standard']).default('excel'),
});
export const ProcesVerbalQuery = z.strictObject({ lang: z.enum(LANGUAGES).default('fr') });
export const TieVote = z.strictObject({
  votes: z.record(z.string().min(1).max(40), z.number().int().min(0).max(1000)),
});
export const TieLottery = z.strictObject({ drandRound: z.number().int().min(1).optional() });
export const TieDraw = z.strictObject({
  organiserSecret: z.string().min(1).max(200),
  signature: z.string().min(1).max(200),
});

const csv = { file: 'text/csv' } as const;
/** A public download of the results: refused while a confidential deliberation withholds them. */
const disclosed = [ErrorCode.ProcessNotFound, ErrorCode.NotFound, ErrorCode.ResultsWithheld];

export const resultContract = defineContract(resultEndpoints, {
  'results.get': {
    roles: PUBLIC,
    response: typed<ResultsAnswer>(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'results.audit': { roles: PUBLIC, response: json, errors: disclosed },
  'results.json': { roles: PUBLIC, response: json, errors: disclosed },
  'results.csv': { roles: PUBLIC, query: CsvVariantQuery, response: csv, errors: disclosed },
  'results.grades': { roles: PUBLIC, query: CsvVariantQuery, response: csv, errors: disclosed },
  'results.procesVerbal': {
    roles: PUBLIC,
    query: ProcesVerbalQuery,
    response: { file: 'application/pdf' },
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
  'results.seatGrades': {
    roles: ORGANISER,
    query: CsvVariantQuery,
    response: csv,
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'results.zScore': {
    roles: ORGANISER,
    response: z
      .array(z.object({ dossierId: z.string(), rank: z.number().int().min(1) }))
      .nullable(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.NotFound],
  },
  'results.tieVote': {
    roles: ORGANISER,
    body: TieVote,
    response: typed<ProcessState>(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
  'results.tieLottery': {
    roles: ORGANISER,
    body: TieLottery,
    response: z.object({ state: typed<ProcessState>(), organiserSecret: z.string() }),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused, ErrorCode.DrandDelayTooShort],
  },
  'results.tieDraw': {
    roles: ORGANISER,
    body: TieDraw,
    response: typed<ProcessState>(),
    errors: [
      ErrorCode.ProcessNotFound,
      ErrorCode.TransitionRefused,
      ErrorCode.RevealMismatch,
      ErrorCode.BeaconInvalid,
    ],
  },
  'results.publish': {
    roles: ORGANISER,
    response: typed<ProcessState>(),
    errors: [ErrorCode.ProcessNotFound, ErrorCode.TransitionRefused],
  },
});
