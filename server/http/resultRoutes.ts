// HTTP routes of the results: public results, audit bundle and exports; the organiser's tie settlement,
// publication and per-seat export. Declared as data with their roles, like every route (see routes.ts).

import type { Request } from 'express';
import { z } from 'zod';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { LANGUAGES } from '../../shared/format/language';
import { describeIssues } from '../../shared/lottery/protocol';
import type { Outcome, Viewer } from '../services/outcome';
import { jsonFile, Role, type Route } from './routes';

const PvLanguage = z.strictObject({ lang: z.enum(LANGUAGES).default('fr') });
const Variant = z.strictObject({ variant: z.enum(['excel', 'standard']).default('excel') });
const TieVote = z.strictObject({
  votes: z.record(z.string().min(1).max(40), z.number().int().min(0).max(1000)),
});
const TieLottery = z.strictObject({ drandRound: z.number().int().min(1).optional() });
const TieDraw = z.strictObject({
  organiserSecret: z.string().min(1).max(200),
  signature: z.string().min(1).max(200),
});

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new KleroterionError(ErrorCode.ValidationFailed, describeIssues(parsed.error));
  return parsed.data;
}

const id = (req: Request): string => String(req.params['id'] ?? '');
type CsvVariant = z.infer<typeof Variant>['variant'];
/**
 * A CSV download named after its variant, so that both can sit in one folder: `<stem>-excel.csv` for
 * the French Excel file, `<stem>.csv` for the standard one.
 */
const csv = (body: string, stem: string, variant: CsvVariant) => ({
  raw: {
    contentType: 'text/csv; charset=utf-8',
    body,
    fileName: `${stem}${variant === 'excel' ? '-excel' : ''}.csv`,
  },
});

/**
 * @param viewerOf who asks: the organiser's session keeps the live results of a confidential
 *   deliberation on these public routes (the console reads them); anyone else is the public.
 */
export function resultRoutes(outcome: Outcome, viewerOf: (req: Request) => Viewer): Route[] {
  return [
    {
      method: 'get',
      path: '/api/public/processes/:id/results',
      role: Role.Public,
      handle: (req) => ({ data: outcome.results(id(req), viewerOf(req)) }),
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/audit.json',
      role: Role.Public,
      handle: (req) =>
        jsonFile(outcome.bundleText(id(req), viewerOf(req)), `audit-${id(req)}.json`),
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/results.json',
      role: Role.Public,
      handle: (req) =>
        jsonFile(outcome.resultsJson(id(req), viewerOf(req)), `resultats-${id(req)}.json`),
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/results.csv',
      role: Role.Public,
      handle: (req) => {
        const { variant } = parse(Variant, req.query);
        return csv(
          outcome.resultsCsv(id(req), variant, viewerOf(req)),
          `resultats-${id(req)}`,
          variant,
        );
      },
    },
    {
      method: 'get',
      path: '/api/public/processes/:id/grades.csv',
      role: Role.Public,
      handle: (req) => {
        const { variant } = parse(Variant, req.query);
        return csv(outcome.gradesCsv(id(req), variant, viewerOf(req)), `notes-${id(req)}`, variant);
      },
    },
    {
      method: 'get',
      path: '/api/processes/:id/seat-grades.csv',
      role: Role.Organiser,
      handle: (req) => {
        const { variant } = parse(Variant, req.query);
        return csv(outcome.seatGradesCsv(id(req), variant), `notes-par-siege-${id(req)}`, variant);
      },
    },
    {
      method: 'get',
      path: '/api/processes/:id/results/z-score',
      role: Role.Organiser,
      handle: (req) => ({ data: outcome.organiserZScore(id(req)) }),
    },
    {
      method: 'post',
      path: '/api/processes/:id/tie/vote',
      role: Role.Organiser,
      handle: (req) => ({
        status: 201,
        data: outcome.recordTieVote(id(req), parse(TieVote, req.body ?? {}).votes),
      }),
    },
    {
      method: 'post',
      path: '/api/processes/:id/tie/lottery',
      role: Role.Organiser,
      handle: (req) => ({
        status: 201,
        data: outcome.declareTieLottery(id(req), parse(TieLottery, req.body ?? {}).drandRound),
      }),
    },
    {
      method: 'post',
      path: '/api/processes/:id/tie/draw',
      role: Role.Organiser,
      handle: (req) => {
        const body = parse(TieDraw, req.body ?? {});
        return {
          status: 201,
          data: outcome.drawTieLottery(id(req), body.organiserSecret, body.signature),
        };
      },
    },
    {
      method: 'post',
      path: '/api/processes/:id/results/publish',
      role: Role.Organiser,
      handle: (req) => ({ status: 201, data: outcome.publish(id(req)) }),
    },
    {
      // The procès-verbal as an A4 PDF, once the results are published; ?lang=en for English.
      method: 'get',
      path: '/api/public/processes/:id/proces-verbal.pdf',
      role: Role.Public,
      handle: async (req) => {
        const { lang } = parse(PvLanguage, req.query);
        return {
          raw: {
            contentType: 'application/pdf',
            body: await outcome.procesVerbalPdf(id(req), lang),
            fileName: lang === 'fr' ? `proces-verbal-${id(req)}.pdf` : `record-${id(req)}.pdf`,
          },
        };
      },
    },
  ];
}
