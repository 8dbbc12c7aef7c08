// The outcome service's reads: the public results (or their progress while withheld), the audit bundle
// file, the results and grades exports, and the organiser's per-seat export and z-score column.

import { sha256HexOfText } from '../../../shared/crypto/hash';
import { canonicalize } from '../../../shared/crypto/jcs';
import { toCsv, type CsvVariant } from '../../../shared/audit/csv';
import { gradeRows, resultRows, seatGradeRows } from '../../../shared/audit/exports';
import { ErrorCode, KleroterionError } from '../../../shared/errors';
import type { ProcessState } from '../../../shared/process/processState';
import { gradesOf } from '../../../shared/scoring/gradingScale';
import { countingRounds } from '../../../shared/scoring/gradeTally';
import { resultsOf } from '../../../shared/scoring/processResults';
import type { Results } from '../../../shared/scoring/results';
import type { ResultsAnswer } from '../../../shared/scoring/resultsView';
import {
  deliberationProgress,
  isWithheldNow,
  type WithheldResults,
} from '../../../shared/deliberation/confidentiality';
import type { Ceremony } from '../ceremony';
import { requireDisclosed, requireRoom, type OutcomeBundle, type Viewer } from './outcomeBundle';

function withheldResults(state: ProcessState, rule: WithheldResults['rule']): WithheldResults {
  return {
    withheld: true,
    process: { id: state.id, title: state.settings.title, status: state.status },
    progress: deliberationProgress(state),
    rule,
    head: { seq: state.lastSeq, hash: state.head },
  };
}

export function createResultReads(deps: { ceremony: Ceremony; bundle: OutcomeBundle }) {
  const { ceremony } = deps;
  const { cachedBundle, revealedSeatBallots } = deps.bundle;
  return {
    /**
     * The public results as the log stands, with what the page needs to explain them; while a
     * confidential deliberation is in progress, the public gets only its progress.
     */
    results(processId: string, viewer: Viewer = 'public'): ResultsAnswer {
      const state = ceremony.state(processId);
      const room = requireRoom(state);
      if (viewer === 'public' && isWithheldNow(state)) return withheldResults(state, room.rule);
      const { bundle, text } = cachedBundle(processId);
      return {
        process: { id: state.id, title: state.settings.title, status: state.status },
        scale: room.scale,
        grades: gradesOf(room.scale),
        criteria: room.criteria,
        rule: room.rule,
        dossiers: (state.dossiers?.dossiers ?? []).map((d) => ({ id: d.id, title: d.title })),
        // The room is open, so the bundle carries its results (shared/audit/bundle.ts, derivedSections).
        results: bundle.results as Results,
        participation: bundle.participation,
        counts: bundle.grades,
        zScore: bundle.zScore,
        published: bundle.published,
        lottery: state.outcome.lottery ?? null,
        bundleSha256: sha256HexOfText(text),
      };
    },
    /** The audit bundle file: canonical JSON plus one LF, every byte significant. */
    bundleText(processId: string, viewer: Viewer = 'public'): string {
      const state = ceremony.state(processId);
      requireRoom(state);
      requireDisclosed(state, viewer);
      return cachedBundle(processId).text;
    },
    /** The results as their canonical JSON file. */
    resultsJson(processId: string, viewer: Viewer = 'public'): string {
      const state = ceremony.state(processId);
      requireRoom(state);
      requireDisclosed(state, viewer);
      return `${canonicalize(cachedBundle(processId).bundle.results)}\n`;
    },
    resultsCsv(processId: string, variant: CsvVariant, viewer: Viewer = 'public'): string {
      const state = ceremony.state(processId);
      const room = requireRoom(state);
      requireDisclosed(state, viewer);
      const results = resultsOf(state);
      if (results === undefined) throw new KleroterionError(ErrorCode.NotFound, 'no results');
      return toCsv(
        resultRows(results, state.dossiers?.dossiers ?? [], gradesOf(room.scale), variant),
        variant,
      );
    },
    gradesCsv(processId: string, variant: CsvVariant, viewer: Viewer = 'public'): string {
      const state = ceremony.state(processId);
      const room = requireRoom(state);
      requireDisclosed(state, viewer);
      return toCsv(
        gradeRows(cachedBundle(processId).bundle, gradesOf(room.scale), variant),
        variant,
      );
    },
    /** The organiser's own export: every revealed ballot with its seat. */
    seatGradesCsv(processId: string, variant: CsvVariant): string {
      const state = ceremony.state(processId);
      const room = requireRoom(state);
      const ballots = revealedSeatBallots(state).map((row) => ({
        seat: row.seat,
        dossierId: row.dossierId,
        round: row.round,
        grades: row.grades,
      }));
      return toCsv(seatGradeRows(ballots, room.criteria, variant), variant);
    },
    /** The organiser's view: the z-score column computed from the private seat links. */
    organiserZScore(processId: string) {
      const state = ceremony.state(processId);
      requireRoom(state);
      const counting = countingRounds(state.room!);
      const ballots = revealedSeatBallots(state)
        .filter((row) => counting.get(row.dossierId) === row.round)
        .map((row) => ({
          seat: row.seat,
          dossierId: row.dossierId,
          grades: row.grades,
        }));
      return resultsOf(state, ballots)?.sensitivity.zScore ?? null;
    },
  };
}
