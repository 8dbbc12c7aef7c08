// The shapes the console reads from the results endpoints (server/http/resultRoutes.ts): the public
// results answer (one type, shared with the public results page) and the organiser's z-score column.

import type { SensitivityEntry } from '../../../shared/scoring/results';
import type { ResultsView } from '../../../shared/scoring/resultsView';

/** GET /api/public/processes/:id/results. */
export type ProcessResults = ResultsView;

/** GET /api/processes/:id/results/z-score (organiser only). */
export type ZScoreTop = SensitivityEntry[] | null;

/** A dossier's title for display, falling back to its id. */
export function titleOf(results: ProcessResults, dossierId: string): string {
  return results.dossiers.find((dossier) => dossier.id === dossierId)?.title ?? dossierId;
}

/** Dossier titles joined for a sentence. */
export const titlesOf = (results: ProcessResults, ids: readonly string[]): string =>
  ids.map((id) => titleOf(results, id)).join(', ');
