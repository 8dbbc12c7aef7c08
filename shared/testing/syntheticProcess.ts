// Test and benchmark helper: builds a complete, genuine process log in pure code (draw with a real drand
// fixture round, invitations, dossiers, deliberation with sealed ballots), using the same decisions as the
// server. Grades come from a caller's function, so tests can script exact profiles.

import drand from '../../fixtures/vectors/drand-quicknet.json';
import { sha256HexOfText } from '../crypto/hash';
import type { BallotContent } from '../deliberation/ballot';
import { sealBallot } from '../deliberation/ballot';
import type { Dossier } from '../dossier/dossier';
import { DEFAULT_SCALE, type GradingScale } from '../scoring/gradingScale';
import {
  decideConflict,
  decideMove,
  decideOpenRoom,
  decidePhase,
  decideSeat,
} from '../deliberation/roomCommands';
import { chainEvent, type ChainedEvent } from '../events/eventChain';
import { drawRecord } from '../lottery/drawRecord';
import { buildMerkleTree, poolRootHex } from '../lottery/merkle';
import {
  decideAnswer,
  decideCommit,
  decideCreate,
  decideDossiers,
  decideDraw,
  decideImport,
  decideInvitations,
  decideReveal,
  type Decision,
} from '../process/processCommands';
import { DEFAULT_CRITERIA } from '../process/processEvents';
import { applyEvent, type ProcessState } from '../process/processState';
import type { BundleSeatSeals } from '../audit/bundle';
import type { RuleChoices } from '../scoring/rule';

/** Dossier number n (reference AIC-2026-00n), admissible, with a satisfactory pre-screening. */
export function syntheticDossier(n: number, title = `Projet ${n}`): Dossier {
  const assessment = { level: 'satisfactory', comment: 'Analyse du service instructeur.' } as const;
  return {
    id: `AIC-2026-${String(n).padStart(3, '0')}`,
    title,
    pitch: 'Un projet d’intérêt général.',
    description: 'Description du projet.',
    leadType: 'association',
    sector: 'Environnement',
    territory: 'National',
    levers: ['coaching'],
    charter: {
      'public-service-values': true,
      'funding-transparency': true,
      'open-results': true,
      network: true,
    },
    prescreening: {
      admissible: true,
      solidity: assessment,
      feasibility: assessment,
      impact: assessment,
      supportValue: assessment,
    },
  };
}

export interface SyntheticOptions {
  seats?: number;
  dossiers?: number;
  shortlistMax?: number;
  /** How many of the dossiers are deliberated (in order); the rest stay ungraded. */
  graded?: number;
  scale?: GradingScale;
  rule?: RuleChoices;
  /** The grade (or "abstain") seat `seat` gives dossier number `dossier` (0-based) on `criterion`. */
  grade: (dossier: number, seat: number, criterion: string) => string;
  /** Seats that declare a conflict on a dossier (0-based), and seats that seal no ballot on it. */
  conflicts?: readonly { seat: number; dossier: number }[];
  absences?: readonly { seat: number; dossier: number }[];
  /** Recorded in `deliberation.opened` only when given (absent: a public deliberation, as older logs). */
  confidential?: boolean;
}

/** A process log continued by decisions; `then` appends the events of one more decision. */
export class LogBuilder {
  log: ChainedEvent[] = [];
  state: ProcessState | undefined;
  private time = Date.parse('2023-09-15T10:00:00Z');

  now(): Date {
    return new Date(this.time);
  }
  /** Lets time pass before the next event (a later session, a deadline). */
  wait(milliseconds: number): this {
    this.time += milliseconds;
    return this;
  }
  then(decide: (state: ProcessState) => Decision): this {
    this.apply(decide(this.state as ProcessState));
    return this;
  }
  apply(decision: Decision): this {
    for (const event of decision.events) {
      this.time += 1000;
      const chained = chainEvent(
        this.log[this.log.length - 1],
        event.type,
        new Date(this.time).toISOString(),
        event.payload,
      );
      this.state = applyEvent(this.state, chained);
      this.log.push(chained);
    }
    return this;
  }
  get current(): ProcessState {
    return this.state as ProcessState;
  }
}

export interface InvitedProcessOptions {
  processId: string;
  title: string;
  seats: number;
  alternates: number;
  shortlistMax: number;
  /** Volunteers in the pool. */
  poolSize: number;
  /** Witnesses of the commitment (none by default), each revealing its secret after the organiser. */
  witnesses?: readonly { label: string; secret: string }[];
}

/**
 * A process drawn from the organiser's secret, the witnesses' and drand round 657413, every seat invited
 * with a day to answer, nobody having answered yet.
 */
export function invitedProcess(options: InvitedProcessOptions): LogBuilder {
  const round = drand.rounds[0] as { round: number; signature: string };
  const ids = Array.from({ length: options.poolSize }, (_, i) => `P${String(i).padStart(9, '0')}`);
  const witnesses = options.witnesses ?? [];
  const builder = new LogBuilder();
  builder.apply(
    decideCreate(options.processId, {
      title: options.title,
      seats: options.seats,
      alternates: options.alternates,
      criteria: [...DEFAULT_CRITERIA],
      shortlistMax: options.shortlistMax,
    }),
  );
  builder
    .then((s) =>
      decideImport(s, { poolSize: ids.length, poolRoot: poolRootHex(ids), attributeColumns: [] }),
    )
    .then((s) =>
      decideCommit(s, {
        organiserSecretHash: sha256HexOfText('organiser secret'),
        witnesses: witnesses.map((witness) => ({
          label: witness.label,
          commitment: sha256HexOfText(witness.secret),
          optional: false,
        })),
        drandRound: round.round,
        now: builder.now(),
        minDrandDelaySeconds: 0,
      }),
    )
    .then((s) => decideReveal(s, 0, { value: 'organiser secret' }));
  witnesses.forEach((witness, i) =>
    builder.then((s) => decideReveal(s, i + 1, { value: witness.secret })),
  );
  builder
    .then((s) => decideReveal(s, witnesses.length + 1, { signature: round.signature }))
    .then((s) =>
      decideDraw(s, () =>
        drawRecord({
          commitment: s.commitment!.commitment,
          canonicalIds: ids,
          tree: buildMerkleTree(ids),
          values: s.values,
          beacons: s.beacons,
        }),
      ),
    )
    .then((s) =>
      decideInvitations(s, new Date(builder.now().getTime() + 86_400_000), builder.now()),
    );
  return builder;
}

/** A process drawn, accepted by every seat, with `dossiers` imported: ready to open the room. */
export function drawnProcess(seats: number, dossiers: number, shortlistMax = 10): LogBuilder {
  const builder = invitedProcess({
    processId: 'synthetic',
    title: 'Synthetic jury',
    seats,
    alternates: 0,
    shortlistMax,
    poolSize: seats + 5,
  });
  for (let seat = 1; seat <= seats; seat++)
    builder.then((s) => decideAnswer(s, seat, 'accept', builder.now(), 86_400_000));
  builder.then((s) =>
    decideDossiers(s, {
      cohort: 'Synthetic cohort',
      dossiers: Array.from({ length: dossiers }, (_, i) => syntheticDossier(i + 1)),
    }),
  );
  return builder;
}

/** Opens the room and deliberates on the first `graded` dossiers; returns the log and the seat links. */
export function syntheticDeliberation(options: SyntheticOptions): {
  builder: LogBuilder;
  seatSeals: BundleSeatSeals;
} {
  const seats = options.seats ?? 15;
  const count = options.dossiers ?? 3;
  const builder = drawnProcess(seats, count, options.shortlistMax);
  builder.then((s) =>
    decideOpenRoom(
      s,
      options.scale ?? DEFAULT_SCALE,
      false,
      options.rule ?? {},
      options.confidential,
    ),
  );
  for (let seat = 1; seat <= seats; seat++) builder.then((s) => decideSeat(s, seat));
  for (const { seat, dossier } of options.conflicts ?? [])
    builder.then((s) => decideConflict(s, seat, syntheticDossier(dossier + 1).id));
  const seatSeals: BundleSeatSeals = [];
  const criteria = DEFAULT_CRITERIA.map((c) => c.id);
  for (let d = 0; d < (options.graded ?? count); d++) {
    const dossierId = syntheticDossier(d + 1).id;
    builder
      .then((s) => decideMove(s, dossierId))
      .then((s) => decidePhase(s, 'presentation', () => []))
      .then((s) => decidePhase(s, 'scoring', () => []));
    const links: { seat: number; seal: string }[] = [];
    builder.then((s) =>
      decidePhase(s, 'reveal', (_id, round, eligible) =>
        eligible
          .filter(
            (seat) => !(options.absences ?? []).some((a) => a.seat === seat && a.dossier === d),
          )
          .map((seat) => {
            const ballot: BallotContent = {
              dossierId,
              round,
              grades: Object.fromEntries(criteria.map((c) => [c, options.grade(d, seat, c)])),
              nonce: sha256HexOfText(`${dossierId}/${seat}`).slice(0, 32),
            };
            links.push({ seat, seal: sealBallot(ballot) });
            return { seat, ballot };
          }),
      ),
    );
    seatSeals.push({ dossierId, round: 1, seals: links.sort((a, b) => a.seat - b.seat) });
  }
  return { builder, seatSeals };
}

/**
 * A room of four seats, seat 2 conflicted on the first of `dossiers` dossiers, that dossier in session
 * and taken to `phase`: its presentation, or its scoring open.
 */
export function conflictedRoom(
  dossiers: number,
  phase: 'presentation' | 'scoring',
): { builder: LogBuilder; dossierId: string } {
  const { builder } = syntheticDeliberation({
    seats: 4,
    dossiers,
    graded: 0,
    conflicts: [{ seat: 2, dossier: 0 }],
    grade: () => 'bien',
  });
  const dossierId = syntheticDossier(1).id;
  builder
    .then((s) => decideMove(s, dossierId))
    .then((s) => decidePhase(s, 'presentation', () => []));
  if (phase === 'scoring') builder.then((s) => decidePhase(s, 'scoring', () => []));
  return { builder, dossierId };
}
