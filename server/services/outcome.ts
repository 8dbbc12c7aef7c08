// The outcome service: results, tie settlement, publication, the audit bundle and the exports. Reads the
// public log through the ceremony, and the private ballots table only for seat links (published when the
// rule allows it) and for the organiser's own per-seat export.

import { bytesToHex } from '../../shared/crypto/bytes';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { canonicalize } from '../../shared/crypto/jcs';
import { buildProcesVerbal } from '../../shared/audit/procesVerbal';
import type { Language } from '../../shared/format/language';
import { renderProcesVerbalPdf } from '../pdf/renderProcesVerbalPdf';
import { buildBundle, type AuditBundle, type BundleSeatSeals } from '../../shared/audit/bundle';
import { toCsv, type CsvVariant } from '../../shared/audit/csv';
import { gradeRows, resultRows, seatGradeRows } from '../../shared/audit/exports';
import { gradesOf } from '../../shared/scoring/gradingScale';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { chooseDrandRound } from '../../shared/lottery/commitReveal';
import type { ChainedEvent } from '../../shared/events/eventChain';
import type { ProcessState } from '../../shared/process/processState';
import { countingRounds } from '../../shared/scoring/gradeTally';
import { resultsOf } from '../../shared/scoring/processResults';
import {
  decidePublish,
  decideTieDraw,
  decideTieLottery,
  decideTieVote,
} from '../../shared/scoring/resultCommands';
import type { Db } from '../db/openDatabase';
import type { Clock, Random } from '../ports';
import type { EventStore } from '../store/eventStore';
import { createBallotsRepository } from '../repositories/ballotsRepository';
import type { Ceremony } from './ceremony';
import {
  deliberationProgress,
  isWithheldNow,
  type WithheldResults,
} from '../../shared/deliberation/confidentiality';

/** Who asks: the organiser (a valid session) sees the live results; the public may not, if confidential. */
export type Viewer = 'organiser' | 'public';

export function createOutcome(deps: {
  db: Db;
  store: EventStore;
  ceremony: Ceremony;
  clock: Clock;
  random: Random;
  minDrandDelaySeconds: number;
  /** The public chain of the call whose dossiers this process received, if any. */
  callLogFor: (processId: string) => ChainedEvent[] | null;
}) {
  const { db, store, ceremony, clock, random, minDrandDelaySeconds, callLogFor } = deps;
  const ballots = createBallotsRepository(db);

  /** The sealed (and so revealed) ballots of every revealed round, with their seats. */
  function revealedSeatBallots(state: ProcessState) {
    const room = state.room;
    if (room === undefined) return [];
    const rows = ballots.sealedBallots(state.id);
    return rows.filter((row) => {
      const revealed = room.revealed.some(
        (r) => r.dossierId === row.dossierId && r.round === row.round,
      );
      const closed = room.closed.find(
        (c) => c.dossierId === row.dossierId && c.round === row.round,
      );
      return revealed && closed?.seals.includes(row.seal) === true;
    });
  }

  function seatSeals(state: ProcessState): BundleSeatSeals {
    const groups = new Map<string, BundleSeatSeals[number]>();
    for (const row of revealedSeatBallots(state)) {
      const key = `${row.dossierId}\n${row.round}`;
      const group = groups.get(key) ?? { dossierId: row.dossierId, round: row.round, seals: [] };
      group.seals.push({ seat: row.seat, seal: row.seal });
      groups.set(key, group);
    }
    // In the order the rounds were revealed, seats ascending.
    return (state.room?.revealed ?? []).flatMap((r) => {
      const group = groups.get(`${r.dossierId}\n${r.round}`);
      return group === undefined
        ? []
        : [{ ...group, seals: group.seals.sort((a, b) => a.seat - b.seat) }];
    });
  }

  const bundles = new Map<string, { head: string; bundle: AuditBundle; text: string }>();
  function cachedBundle(processId: string) {
    const state = ceremony.state(processId);
    const cached = bundles.get(processId);
    if (cached?.head === state.head) return cached;
    const publish = state.room?.rule.publishSeatGrades === true;
    const bundle = buildBundle(
      state,
      store.events(processId),
      publish ? seatSeals(state) : null,
      callLogFor(processId),
      store.checkpoints(processId),
    );
    const entry = { head: state.head, bundle, text: `${canonicalize(bundle)}\n` };
    bundles.set(processId, entry);
    return entry;
  }

  const procesVerbals = new Map<string, { head: string; pdf: Buffer }>();

  const requireRoom = (state: ProcessState) => {
    if (state.room === undefined)
      throw new KleroterionError(ErrorCode.NotFound, 'deliberation has not started');
    return state.room;
  };

  /**
   * Refuses the public (anyone without an organiser session) while a confidential deliberation is in
   * progress: no aggregate, rank or winner leaves the jury before publication.
   */
  function requireDisclosed(state: ProcessState, viewer: Viewer): void {
    if (viewer === 'public' && isWithheldNow(state))
      throw new KleroterionError(
        ErrorCode.ResultsWithheld,
        'the deliberation is confidential: its results are public once published',
      );
  }

  function withheldResults(state: ProcessState, rule: WithheldResults['rule']): WithheldResults {
    return {
      withheld: true,
      process: { id: state.id, title: state.settings.title, status: state.status },
      progress: deliberationProgress(state),
      rule,
      head: { seq: state.lastSeq, hash: state.head },
    };
  }

  return {
    /**
     * The public results as the log stands, with what the page needs to explain them; while a
     * confidential deliberation is in progress, the public gets only its progress.
     */
    results(processId: string, viewer: Viewer = 'public') {
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
        results: bundle.results,
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

    recordTieVote(processId: string, votes: Record<string, number>): ProcessState {
      return ceremony.appendDecision(processId, decideTieVote(ceremony.state(processId), votes));
    },
    /** Declares a tie lottery; generates the organiser's secret, returns it once, keeps only its hash. */
    declareTieLottery(processId: string, drandRound: number | undefined) {
      const now = clock.now();
      const secret = bytesToHex(random.bytes(32));
      const round = chooseDrandRound({ now, drandRound, minDrandDelaySeconds });
      const state = ceremony.appendDecision(
        processId,
        decideTieLottery(ceremony.state(processId), {
          organiserSecretHash: sha256HexOfText(secret),
          drandRound: round,
          now,
          minDrandDelaySeconds,
        }),
      );
      return { state, organiserSecret: secret };
    },
    drawTieLottery(processId: string, organiserSecret: string, signature: string): ProcessState {
      return ceremony.appendDecision(
        processId,
        decideTieDraw(ceremony.state(processId), { organiserSecret, signature }),
      );
    },
    publish(processId: string): ProcessState {
      return ceremony.appendDecision(processId, decidePublish(ceremony.state(processId)));
    },
    /**
     * The procès-verbal as PDF, once the results are published (before, it would disclose them).
     * @throws {KleroterionError} TRANSITION_REFUSED before publication.
     */
    async procesVerbalPdf(processId: string, language: Language): Promise<Buffer> {
      const state = ceremony.state(processId);
      if (state.outcome.published === undefined)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'the procès-verbal is published with the results, which are not published yet',
        );
      const key = `${processId}\n${language}`;
      const cached = procesVerbals.get(key);
      if (cached?.head === state.head) return cached.pdf;
      const pv = buildProcesVerbal(state, store.events(processId), {
        language,
        bundleSha256: sha256HexOfText(cachedBundle(processId).text),
        now: clock.now(),
      });
      const pdf = await renderProcesVerbalPdf(pv, clock.now());
      procesVerbals.set(key, { head: state.head, pdf });
      return pdf;
    },
  };
}

export type Outcome = ReturnType<typeof createOutcome>;
