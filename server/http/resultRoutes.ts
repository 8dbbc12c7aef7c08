// HTTP routes of the results: public results, audit bundle and exports; the organiser's tie settlement,
// publication and per-seat export. Declared in the HTTP contract (shared/api/groups/results.*.ts), which
// gives their roles and parses their query and body (server/http/contractRoutes.ts).

import type { Request } from 'express';
import { resultContract } from '../../shared/api/groups/results.contract';
import type { CsvVariant } from '../../shared/audit/csv';
import type { Outcome, Viewer } from '../services/outcome';
import { contractRoutes } from './contractRoutes';
import { jsonFile, type Route } from './routes';

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
export function resultRoutes(
  outcome: Outcome,
  viewerOf: (req: Request) => Viewer,
  options: { checkAnswers?: boolean } = {},
): Route[] {
  return contractRoutes(
    resultContract,
    {
      'results.get': ({ params, req }) => ({ data: outcome.results(params.id, viewerOf(req)) }),
      'results.audit': ({ params, req }) =>
        jsonFile(outcome.bundleText(params.id, viewerOf(req)), `audit-${params.id}.json`),
      'results.json': ({ params, req }) =>
        jsonFile(outcome.resultsJson(params.id, viewerOf(req)), `resultats-${params.id}.json`),
      'results.csv': ({ params, query, req }) =>
        csv(
          outcome.resultsCsv(params.id, query.variant, viewerOf(req)),
          `resultats-${params.id}`,
          query.variant,
        ),
      'results.grades': ({ params, query, req }) =>
        csv(
          outcome.gradesCsv(params.id, query.variant, viewerOf(req)),
          `notes-${params.id}`,
          query.variant,
        ),
      // The procès-verbal as an A4 PDF, once the results are published; ?lang=en for English.
      'results.procesVerbal': async ({ params, query }) => ({
        raw: {
          contentType: 'application/pdf',
          body: await outcome.procesVerbalPdf(params.id, query.lang),
          fileName:
            query.lang === 'fr' ? `proces-verbal-${params.id}.pdf` : `record-${params.id}.pdf`,
        },
      }),
      'results.seatGrades': ({ params, query }) =>
        csv(
          outcome.seatGradesCsv(params.id, query.variant),
          `notes-par-siege-${params.id}`,
          query.variant,
        ),
      'results.zScore': ({ params }) => ({ data: outcome.organiserZScore(params.id) }),
      'results.tieVote': ({ params, body }) => ({
        status: 201,
        data: outcome.recordTieVote(params.id, body.votes),
      }),
      'results.tieLottery': ({ params, body }) => ({
        status: 201,
        data: outcome.declareTieLottery(params.id, body.drandRound),
      }),
      'results.tieDraw': ({ params, body }) => ({
        status: 201,
        data: outcome.drawTieLottery(params.id, body.organiserSecret, body.signature),
      }),
      'results.publish': ({ params }) => ({ status: 201, data: outcome.publish(params.id) }),
    },
    options,
  );
}
