// The procès-verbal (record of proceedings) of a jury process, as structured sections of plain text, built
// from the folded state and the public log alone. The public page and the server's PDF both render this one
// value, so they cannot disagree. Seats and pseudonymous ids only: no personal data exists in its input.
// Spec: docs/results.md, section "Procès-verbal".

import { sha256HexOfText } from '../crypto/hash';
import { canonicalize } from '../crypto/jcs';
import {
  MAJORITY_GRADE_LABELS,
  gradesOf,
  type GradingScale,
  type MajorityGrade,
} from '../scoring/gradingScale';
import { RoomEventType } from '../deliberation/roomEvents';
import type { ChainedEvent } from '../events/eventChain';
import { formatDateTime } from '../format/formatDateTime';
import { formatNumber } from '../format/formatNumber';
import type { Language } from '../format/language';
import { describeSource } from '../lottery/describeSource';
import { quicknetRoundTime } from '../lottery/drandQuicknet';
import { EventType } from '../process/processEvents';
import type { ProcessState } from '../process/processState';
import { drawSelection } from '../process/processStratified';
import { resultsOf } from '../scoring/processResults';
import { ResultEventType } from '../scoring/resultEvents';
import { PROCES_VERBAL_TEXT, type ProcesVerbalText } from './procesVerbalText';
import { payloadOf, type Context } from './procesVerbalContext';
import { attendanceSection, conflictsSection, dossierName } from './procesVerbalRoomSections';
import type { PvBlock, PvFact, PvSection } from './procesVerbalTypes';

export type { PvBlock, PvColumn, PvFact, PvSection } from './procesVerbalTypes';

export interface ProcesVerbal {
  language: Language;
  title: string;
  processTitle: string;
  /** Whether the results are published: before that, the record says it is provisional. */
  isFinal: boolean;
  header: PvFact[];
  sections: PvSection[];
  /** "page {n} / {total}": the same words in the page's print footer and the PDF. */
  pageLabel: string;
}

export interface ProcesVerbalOptions {
  language: Language;
  /** SHA-256 of the audit bundle file, when the caller has it (it covers private seat links). */
  bundleSha256?: string | undefined;
  /** The moment the record is built, to say whether a drand round is still awaited. */
  now?: Date | undefined;
}

/**
 * The procès-verbal of a process from its folded state and the public log it was folded from.
 * @throws {RangeError} when the log holds an event with an invalid date.
 */
export function buildProcesVerbal(
  state: ProcessState,
  log: readonly ChainedEvent[],
  options: ProcesVerbalOptions,
): ProcesVerbal {
  const { language } = options;
  const text = PROCES_VERBAL_TEXT[language];
  const at = (iso: string) => formatDateTime(iso, language);
  const number = (n: number) => formatNumber(n, language);
  const published = state.outcome.published;
  const header: PvFact[] = [
    { term: text.processId, value: state.id, code: true },
    { term: text.createdAt, value: at(state.createdAt) },
    {
      term: text.status,
      value: published === undefined ? text.provisional : text.published(at(published.at)),
    },
    { term: text.logFacts, value: text.logValue(number(log.length), state.lastSeq) },
  ];
  const context: Context = { state, log, text, language, at, number, now: options.now };
  return {
    language,
    title: text.title,
    processTitle: state.settings.title,
    isFinal: published !== undefined,
    header,
    sections: [
      drawSection(context),
      changesSection(context),
      attendanceSection(context),
      conflictsSection(context),
      ruleSection(context),
      resultsSection(context),
      flagsSection(context),
      proofSection(context, options.bundleSha256),
      signaturesSection(text),
    ],
    pageLabel: text.pageLabel,
  };
}

function drawSection({ state, text, language, at, number, now }: Context): PvSection {
  const committed = state.commitment;
  const section = { id: 'pv-draw', title: text.draw };
  if (committed === undefined)
    return { ...section, blocks: [{ kind: 'paragraph', text: text.notCommitted }] };
  const { commitment } = committed;
  const blocks: PvBlock[] = [
    {
      kind: 'facts',
      facts: [
        { term: text.protocol, value: commitment.protocol, code: true },
        { term: text.poolSize, value: number(commitment.poolSize) },
        { term: text.poolRoot, value: commitment.poolRoot, code: true },
        { term: text.committedAt, value: at(committed.committedAt) },
        { term: text.commitmentHash, value: committed.commitmentHash, code: true },
        {
          term: text.composition,
          value: text.compositionValue(
            number(state.settings.seats),
            number(state.settings.alternates),
          ),
        },
      ],
    },
    {
      kind: 'table',
      id: 'pv-sources',
      caption: text.sources,
      columns: [
        { label: text.colNumber },
        { label: text.colSource },
        { label: text.colCommitted },
        { label: text.colValue, code: true },
      ],
      rows: commitment.sources.map((source, i) => {
        let committedTo = text.publicValue;
        if (source.beacon !== undefined) {
          const time = quicknetRoundTime(source.beacon.round) * 1000;
          const future = state.record === undefined && (now === undefined || time > now.getTime());
          committedTo = text.beaconRound(
            formatDateTime(time, language, { seconds: true }),
            future && state.revealed[i] !== true,
          );
        } else if (source.commitment !== undefined)
          committedTo =
            text.secretHash(source.commitment) +
            (source.optional === true ? ` (${text.optional})` : '');
        const value =
          state.revealed[i] === true
            ? (state.values[i] ?? text.notRevealed)
            : state.record !== undefined
              ? text.notRevealed
              : text.pending;
        return [String(i + 1), describeSource(source, language), committedTo, value];
      }),
    },
  ];
  const record = state.record;
  if (record === undefined) {
    blocks.push({ kind: 'paragraph', text: text.notDrawn });
    return { ...section, blocks };
  }
  const selection = drawSelection(record);
  const calledTo = new Map<string, number>();
  for (const change of state.changes)
    if (change.to !== undefined) calledTo.set(change.to, change.seat);
  const alternates = selection.filter((pick) => pick.role === 'alternate');
  blocks.push(
    {
      kind: 'facts',
      facts: [
        { term: text.seed, value: record.seed, code: true },
        { term: text.drawnAt, value: state.drawnAt === undefined ? '—' : at(state.drawnAt) },
        {
          term: text.recordDigest,
          value: sha256HexOfText(`${canonicalize(record)}\n`),
          code: true,
        },
      ],
    },
    {
      kind: 'table',
      id: 'pv-seats',
      caption: text.seatsCaption,
      columns: [
        { label: text.colSeat },
        { label: text.colId, code: true },
        { label: text.colRank },
      ],
      rows: selection
        .filter((pick) => pick.role === 'seat')
        .map((pick) => [String(pick.rank), pick.id, String(pick.rank)]),
    },
    alternates.length === 0
      ? { kind: 'paragraph', text: text.noAlternates }
      : {
          kind: 'table',
          id: 'pv-alternates',
          caption: text.alternatesCaption,
          columns: [
            { label: text.colRank },
            { label: text.colId, code: true },
            { label: text.colCalledTo },
          ],
          rows: alternates.map((pick) => {
            const seat = calledTo.get(pick.id);
            return [String(pick.rank), pick.id, seat === undefined ? text.notCalled : String(seat)];
          }),
        },
  );
  return { ...section, blocks };
}

function changesSection({ state, log, text, at }: Context): PvSection {
  const accepted = new Map<string, string>();
  const declined = new Map<string, string>();
  for (const event of log) {
    const payload = payloadOf(event);
    const key = `${String(payload['seat'])}/${String(payload['id'])}`;
    if (event.type === EventType.InvitationAccepted) accepted.set(key, event.at);
    if (event.type === EventType.InvitationDeclined) declined.set(key, event.at);
  }
  const answerOf = (seat: number, id: string) => {
    const key = `${seat}/${id}`;
    const yes = accepted.get(key);
    if (yes !== undefined) return text.acceptedOn(at(yes));
    const no = declined.get(key);
    return no === undefined ? text.awaiting : text.declinedOn(at(no));
  };
  const selection = drawSelection(state.record);
  const blocks: PvBlock[] = [];
  if (state.changes.length === 0) blocks.push({ kind: 'paragraph', text: text.noChanges });
  else
    blocks.push({
      kind: 'table',
      id: 'pv-changes',
      caption: text.changesCaption,
      columns: [
        { label: text.colDate },
        { label: text.colSeat },
        { label: text.colLeaving, code: true },
        { label: text.colReason },
        { label: text.colReplacement, code: true },
        { label: text.colReplacementAnswer },
      ],
      rows: state.changes.map((change) => {
        const rank = selection.find((pick) => pick.id === change.to)?.rank;
        return [
          at(change.at),
          String(change.seat),
          change.from,
          change.reason === 'declined' ? text.reasonDeclined : text.reasonExpired,
          change.to === undefined ? text.leftVacant : text.replacedBy(change.to, rank ?? 0),
          change.to === undefined ? '—' : answerOf(change.seat, change.to),
        ];
      }),
    });
  if (state.seats.length > 0)
    blocks.push({
      kind: 'table',
      id: 'pv-final',
      caption: text.finalCaption,
      columns: [
        { label: text.colSeat },
        { label: text.colId, code: true },
        { label: text.colStatus },
        { label: text.colAnswer },
      ],
      rows: state.seats.map((seat) => {
        const yes =
          seat.holder === undefined ? undefined : accepted.get(`${seat.seat}/${seat.holder}`);
        return [
          String(seat.seat),
          seat.holder ?? '—',
          text.seatStatus[seat.status],
          yes === undefined ? '—' : at(yes),
        ];
      }),
    });
  return { id: 'pv-changes', title: text.changes, blocks };
}

/** A grade's label in the reader's language (numbers stay numbers). */
export function gradeName(scale: GradingScale, grade: string, language: Language): string {
  return scale.kind === 'majority-7'
    ? (MAJORITY_GRADE_LABELS[grade as MajorityGrade]?.[language] ?? grade)
    : grade;
}

function ruleSection({ state, log, text, language, at }: Context): PvSection {
  const section = { id: 'pv-rule', title: text.rule };
  const room = state.room;
  if (room === undefined)
    return { ...section, blocks: [{ kind: 'paragraph', text: text.notOpened }] };
  const { rule } = room;
  const opened = log.find((event) => event.type === RoomEventType.Opened);
  return {
    ...section,
    blocks: [
      {
        kind: 'facts',
        facts: [
          { term: text.ruleFixedAt, value: opened === undefined ? '—' : at(opened.at) },
          {
            term: text.method,
            value: rule.method === 'majority-judgment' ? text.methodMj : text.methodMean,
          },
          {
            term: text.weights,
            value: room.criteria
              .map((c) => text.weight(c.label, rule.weights[c.id] ?? 1))
              .join(text.separator),
          },
          { term: text.quorum, value: text.quorumValue(rule.quorum) },
          { term: text.floor, value: gradeName(room.scale, rule.floor, language) },
          { term: text.max, value: String(rule.max) },
          {
            term: text.tieResolution,
            value: rule.tieResolution === 'lottery' ? text.tieLottery : text.tieVote,
          },
          {
            term: text.prescreening,
            value:
              rule.prescreening.share === 0
                ? text.prescreeningOff
                : text.prescreeningShare(rule.prescreening.share),
          },
          {
            term: text.seatGrades,
            value: rule.publishSeatGrades ? text.seatGradesOn : text.seatGradesOff,
          },
        ],
      },
    ],
  };
}

function resultsSection({ state, text, language, number }: Context): PvSection {
  const section = { id: 'pv-results', title: text.results };
  const room = state.room;
  const results = resultsOf(state);
  if (room === undefined || results === undefined)
    return { ...section, blocks: [{ kind: 'paragraph', text: text.noResults }] };
  const grades = gradesOf(room.scale);
  return {
    ...section,
    blocks: [
      {
        kind: 'facts',
        facts: [
          {
            term: text.winners,
            value:
              results.shortlist.length === 0
                ? text.noWinner
                : results.shortlist.map((id) => dossierName(state, id)).join(text.separator),
          },
        ],
      },
      {
        kind: 'table',
        id: 'pv-ranking',
        caption: text.rankingCaption,
        columns: [
          { label: text.colDossier },
          { label: text.colRank },
          { label: text.colMajority },
          ...grades.map((grade) => ({ label: gradeName(room.scale, grade, language) })),
          { label: text.colShortlisted },
        ],
        rows: results.dossiers
          .filter((d) => d.status !== 'not-graded')
          .map((d) => [
            dossierName(state, d.dossierId),
            d.rank === null ? '—' : String(d.rank),
            d.majorityGrade === null ? '—' : gradeName(room.scale, d.majorityGrade, language),
            ...grades.map((_, g) => number(d.profile[g] ?? 0)),
            d.shortlisted ? text.yes : text.no,
          ]),
      },
    ],
  };
}

function flagsSection({ state, log, text, language, at }: Context): PvSection {
  const section = { id: 'pv-flags', title: text.flags };
  const results = resultsOf(state);
  const rule = state.room?.rule;
  if (results === undefined || rule === undefined)
    return { ...section, blocks: [{ kind: 'paragraph', text: text.noResults }] };
  const names = (ids: readonly string[]) => ids.map((id) => dossierName(state, id)).join(', ');
  // Settlements are folded in log order: the n-th settling event made the n-th settlement.
  const settling = log.filter(
    (event) =>
      event.type === ResultEventType.TieVoteRecorded ||
      event.type === ResultEventType.TieLotteryDrawn,
  );
  const items: string[] = [];
  state.outcome.settlements.forEach((settlement, i) => {
    const event = settling[i];
    const when = event === undefined ? '—' : at(event.at);
    const votes =
      event?.type === ResultEventType.TieVoteRecorded
        ? Object.entries((payloadOf(event)['votes'] ?? {}) as Record<string, number>)
            .map(([id, n]) => `${id}${language === 'fr' ? ' : ' : ': '}${n}`)
            .join(', ')
        : '';
    items.push(
      `${text.tie(names(settlement.tied), settlement.places)} ${
        settlement.method === 'lottery'
          ? text.tieSettledLottery(when, names(settlement.winners))
          : text.tieSettledVote(when, names(settlement.winners), votes)
      }`,
    );
  });
  if (results.tie !== null && results.tie.settlement === null)
    items.push(`${text.tie(names(results.tie.tied), results.tie.places)} ${text.tieOpen}`);
  if (results.belowQuorum.length > 0)
    items.push(text.belowQuorum(names(results.belowQuorum), rule.quorum));
  if (results.belowFloor.length > 0) items.push(text.belowFloor(names(results.belowFloor)));
  if (results.notGraded.length > 0)
    items.push(text.notGraded(results.notGraded.length, results.notGraded.join(', ')));
  return {
    ...section,
    blocks:
      items.length === 0 ? [{ kind: 'paragraph', text: text.noFlags }] : [{ kind: 'list', items }],
  };
}

function proofSection({ state, text }: Context, bundleSha256: string | undefined): PvSection {
  const facts: PvFact[] = [];
  if (bundleSha256 !== undefined)
    facts.push({ term: text.bundleDigest, value: bundleSha256, code: true });
  if (state.outcome.published !== undefined)
    facts.push({ term: text.resultsHash, value: state.outcome.published.resultsHash, code: true });
  facts.push({ term: text.head, value: `${state.lastSeq} · ${state.head}`, code: true });
  return {
    id: 'pv-proof',
    title: text.proof,
    blocks: [
      { kind: 'paragraph', text: text.proofText },
      { kind: 'facts', facts },
    ],
  };
}

function signaturesSection(text: ProcesVerbalText): PvSection {
  return {
    id: 'pv-signatures',
    title: text.signatures,
    blocks: [
      {
        kind: 'signatures',
        text: text.signaturesText,
        place: text.madeAt,
        signatories: [text.facilitator, text.organiser, text.observer].map((role) => ({
          role,
          fields: text.signatureFields,
        })),
      },
    ],
  };
}
