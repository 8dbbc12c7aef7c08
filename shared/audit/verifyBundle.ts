// The audit verifier: from the bundle's bytes alone, re-verifies the draw and the hash chain, replays
// every event (sealed ballots, tie lotteries and the publication included), then recomputes every grade
// count, aggregate, rank and the shortlist, and compares each section of the bundle with it.
// Used by `npm run -s audit -- verify` and by the public results page. Never throws.
// Spec: docs/results.md, section "Verifying".

import { canonicalize, isCanonicalText } from '../crypto/jcs';
import { utf8ToBytes } from '../crypto/bytes';
import type { ChainedEvent } from '../events/eventChain';
import { describeIssues } from '../lottery/protocol';
import type { Check, VerificationReport } from '../verificationReport';
import type { TimelockOpening } from '../lottery/timelock';
import { foldProcess, type ProcessState } from '../process/processState';
import { verifyPublication } from '../process/verifyPublication';
import { resultsHash } from '../scoring/processResults';
import type { Results } from '../scoring/results';
import { AuditBundle, derivedSections, type BundleSeatSeals } from './bundle';
import { firstDifference } from './firstDifference';
import { verifyPrescreening } from './verifyPrescreening';
import { seatLinksDigest } from '../deliberation/seatLinks';
import { checkpointProblems } from '../deliberation/confidentiality';

const strictDecoder = new TextDecoder('utf-8', { fatal: true });

type Add = (name: string, ok: boolean, detail: string) => boolean;

/** Verifies a bundle file's bytes: its canonical JSON form first, then {@link verifyBundle}. */
export function verifyBundleBytes(
  bytes: Uint8Array,
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>,
): VerificationReport {
  let text: string;
  let parsed: unknown;
  try {
    text = strictDecoder.decode(bytes);
    parsed = JSON.parse(text);
  } catch {
    return report([{ name: 'bundle-file', ok: false, detail: 'the file is not valid UTF-8 JSON' }]);
  }
  const isCanonical = isCanonicalText(text, parsed);
  const rest = verifyBundle(parsed, timelockOpenings);
  return report([
    {
      name: 'bundle-file',
      ok: isCanonical,
      detail: isCanonical
        ? 'the file is the canonical (RFC 8785) form of the bundle: every byte is significant'
        : 'the file is not in canonical (RFC 8785) form: it was edited or re-serialised',
    },
    ...rest.checks,
  ]);
}

function report(checks: Omit<Check, 'number'>[]): VerificationReport {
  const numbered = checks.map((check, i) => ({ ...check, number: i + 1 }));
  return { ok: numbered.every((check) => check.ok), checks: numbered };
}

/** Verifies a parsed bundle (any JSON value). */
export function verifyBundle(
  input: unknown,
  /** The record's timelock sources, opened beforehand (openRecordTimelocksInBytes). */
  timelockOpenings?: ReadonlyMap<number, TimelockOpening>,
): VerificationReport {
  const checks: Omit<Check, 'number'>[] = [];
  const add: Add = (name, ok, detail) => (checks.push({ name, ok, detail }), ok);

  const parsed = AuditBundle.safeParse(input);
  if (
    !add(
      'bundle-structure',
      parsed.success,
      parsed.success
        ? `a ${parsed.data.format} bundle for process ${parsed.data.process}, ${parsed.data.log.length} events`
        : `the bundle is malformed: ${describeIssues(parsed.error)}`,
    )
  )
    return report(checks);
  const bundle = parsed.data as AuditBundle;

  // The draw and the log: chain, legal transitions (sealed ballots, tie lotteries and the publication
  // are all checked while replaying), and the draw record against the log.
  const recordBytes = bundle.record === null ? undefined : utf8ToBytes(canonicalize(bundle.record));
  const publication = verifyPublication(bundle.process, bundle.log, recordBytes, timelockOpenings);
  for (const check of publication.checks) add(check.name, check.ok, check.detail);
  if (!publication.ok) return report(checks);
  const state = foldProcess(bundle.log as ChainedEvent[]) as ProcessState;
  if (bundle.record !== null && state.record === undefined)
    add('record-unexpected', false, 'the bundle carries a draw record but the log has no draw');

  add(
    'head',
    bundle.head.seq === state.lastSeq && bundle.head.hash === state.head,
    `the bundle's head is event ${bundle.head.seq}; the log ends at event ${state.lastSeq} (${state.head})`,
  );
  compare(add, 'settings', bundle.settings, state.settings, 'the settings are those of the log');
  const room = state.room;
  const revealedBallots = room?.revealed.reduce((sum, r) => sum + r.ballots.length, 0) ?? 0;
  add(
    'ballots-sealed',
    true,
    room === undefined
      ? 'no deliberation yet'
      : `${revealedBallots} revealed ballots in ${room.revealed.length} round(s), each hashing to one of the seals published when scoring closed (jurors received their seal when they voted)`,
  );
  compare(
    add,
    'rule',
    bundle.rule,
    room?.rule ?? null,
    'the rule is the one fixed when the room opened, before any grade',
  );

  verifyPrescreening(add, bundle.call, state.id, state.dossiers?.dossiers ?? []);
  const seatLinks = checkSeatSeals(add, bundle.seatSeals, state);
  const derived = derivedSections(state, seatLinks ? bundle.seatSeals : null);
  compare(
    add,
    'grades',
    bundle.grades,
    derived.grades,
    `grade counts of ${derived.grades.length} dossier(s) recomputed from the revealed ballots`,
  );
  compare(
    add,
    'participation',
    bundle.participation,
    derived.participation,
    'conflicts, absences and abstentions recomputed from the log',
  );
  compare(
    add,
    'ties',
    bundle.ties,
    derived.ties,
    `${derived.ties.length} tie settlement(s), each checked against the log`,
  );
  const results = derived.results as Results | null;
  compare(
    add,
    'results',
    bundle.results,
    results,
    results === null
      ? 'no results yet'
      : `every profile, majority grade, gauge, mean, rank and flag recomputed for ${results.dossiers.length} dossier(s)`,
  );
  if (results !== null) {
    const shortlist = (bundle.results as Partial<Results> | null)?.shortlist;
    add(
      'shortlist',
      canonicalize(shortlist ?? null) === canonicalize(results.shortlist),
      `the shortlist recomputed from the grades: ${results.shortlist.join(', ') || '(empty)'}`,
    );
  }
  compare(
    add,
    'z-scores',
    bundle.zScore,
    derived.zScore,
    derived.zScore === null
      ? 'not published (ballots are not linked to seats)'
      : 'per-juror z-score ranking recomputed from the published seat links',
  );
  compare(
    add,
    'publication',
    bundle.published,
    derived.published,
    derived.published === null
      ? 'the results are not published yet'
      : `published at ${derived.published.at}; its hash is that of the recomputed results`,
  );
  if (derived.published !== null && results !== null)
    add(
      'results-hash',
      resultsHash(results) === derived.published.resultsHash,
      `SHA-256 of the recomputed results is ${resultsHash(results)}`,
    );
  checkCheckpoints(add, bundle);
  return report(checks);
}

/**
 * The heads the public log showed while a confidential deliberation withheld its events: the released
 * chain must pass through every one of them (docs/event-log.md, "Withheld entries and checkpoints").
 */
function checkCheckpoints(add: Add, bundle: AuditBundle): boolean {
  const checkpoints = bundle.checkpoints ?? [];
  if (checkpoints.length === 0)
    return add('checkpoints', true, 'no event was withheld from the public log: no checkpoint');
  const problems = checkpointProblems(bundle.log as ChainedEvent[], checkpoints);
  return add(
    'checkpoints',
    problems.length === 0,
    problems.length === 0
      ? `the log extends each of the ${checkpoints.length} head(s) shown publicly while the deliberation was confidential`
      : problems.slice(0, 3).join('; '),
  );
}

const joinPath = (name: string, where: string): string =>
  where === '(root)' ? name : where.startsWith('[') ? `${name}${where}` : `${name}.${where}`;

function compare(add: Add, name: string, given: unknown, expected: unknown, detail: string) {
  const where = firstDifference(given, expected);
  return add(
    name,
    where === undefined,
    where === undefined ? detail : `differs from the log at ${joinPath(name, where)}`,
  );
}

/** Seat links must be present exactly when the rule published them, and match the log's seals. */
function checkSeatSeals(add: Add, seatSeals: BundleSeatSeals | null, state: ProcessState): boolean {
  const room = state.room;
  const promised = room?.rule.publishSeatGrades === true;
  if (seatSeals === null) {
    add(
      'seat-links',
      !promised,
      promised
        ? 'the rule promised seat links, the bundle has none'
        : 'ballots stay unlinked from seats, as the rule fixed',
    );
    return false;
  }
  if (!promised || room === undefined) {
    add('seat-links', false, 'the bundle links ballots to seats, which the rule did not allow');
    return false;
  }
  for (const entry of seatSeals) {
    const closed = room.closed.find(
      (c) => c.dossierId === entry.dossierId && c.round === entry.round,
    );
    const revealed = room.revealed.some(
      (r) => r.dossierId === entry.dossierId && r.round === entry.round,
    );
    const seats = entry.seals.map((s) => s.seat);
    const given = entry.seals.map((s) => s.seal).sort();
    // Since seat links are committed when scoring closes, each round's links must match that digest.
    const isCommitted =
      closed?.seatLinks === undefined || closed.seatLinks === seatLinksDigest(entry.seals);
    const ok =
      closed !== undefined &&
      revealed &&
      isCommitted &&
      new Set(seats).size === seats.length &&
      seats.every((seat) => room.seated.includes(seat) && !closed.conflictedSeats.includes(seat)) &&
      canonicalize(given) === canonicalize([...closed.seals].sort());
    if (!ok)
      return add(
        'seat-links',
        false,
        `the seat links of ${entry.dossierId} (round ${entry.round}) do not match its published seals`,
      );
  }
  // Exactly one entry per revealed round, none repeated, none missing.
  const given = seatSeals.map((e) => `${e.dossierId}\n${e.round}`).sort();
  const revealedRounds = room.revealed.map((r) => `${r.dossierId}\n${r.round}`).sort();
  return add(
    'seat-links',
    canonicalize(given) === canonicalize(revealedRounds),
    `${seatSeals.length} round(s) of seat links, each a one-to-one map onto the published seals`,
  );
}
