// The ceremony service: each request is parsed, decided by the pure commands in shared/, appended with its
// private writes in one transaction, and only then acknowledged and broadcast.

import type { Db } from '../db/openDatabase';
import { bytesToHex } from '../../shared/crypto/bytes';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { ChainedEvent } from '../../shared/events/eventChain';
import { drawRecord } from '../../shared/lottery/drawRecord';
import { buildMerkleTree, merkleRoot } from '../../shared/lottery/merkle';
import { sortCanonical } from '../../shared/lottery/poolId';
import type { BeaconProof } from '../../shared/lottery/protocol';
import {
  decideAnswer,
  decideCommit,
  decideCreate,
  decideDossiers,
  decideDraw,
  decideImport,
  decideInvitations,
  decideReveal,
  decideSettings,
  overdueSeats,
  type Decision,
  type WitnessInput,
} from '../../shared/process/processCommands';
import { chooseDrandRound } from '../../shared/lottery/commitReveal';
import type { TimelockOpening } from '../../shared/lottery/timelock';
import { DEFAULT_SETTINGS, EventType } from '../../shared/process/processEvents';
import { decideServiceDetails } from '../../shared/process/decideServiceDetails';
import { distinctPseudonyms } from '../../shared/process/pseudonym';
import { ProcessStatus, SeatStatus, type ProcessState } from '../../shared/process/processState';
import { hashToken, newToken } from '../auth/tokens';
import { createStratificationStore } from '../stratify/stratificationStore';
import { decideStratifiedCommit } from '../../shared/process/decideStratifiedCommit';
import { stratifiedRecord } from '../../shared/stratify/stratifiedDraw';
import { STRATIFIED_PROTOCOL } from '../../shared/stratify/stratifiedProtocol';
import { parseDossierFile } from '../import/dossierFile';
import { parseVolunteersCsv } from '../import/volunteersCsv';
import type { MailQueue } from '../mail/mailQueue';
import { invitationMail } from '../mail/messages/invitation';
import type { Clock, Log, Random } from '../ports';
import { queueReceiptMails } from './receiptMails';
import { createPoolTrees, receiptFor, type Receipt } from './poolTrees';
import type { Invitation } from '../../shared/api/contract';
import type { EventStore } from '../store/eventStore';
import { createDeclineReasonsRepository } from '../repositories/declineReasonsRepository';
import { createInvitationsRepository } from '../repositories/invitationsRepository';
import { createVolunteersRepository } from '../repositories/volunteersRepository';

export interface CeremonyOptions {
  /**
   * Public base URL used in receipts and invitation links, e.g. http://localhost:3000. A getter in
   * server/index.ts (known only once the server listens, with PORT=0): read it at each use, never copy it.
   */
  publicUrl: string;
  /** Minimum time between the commitment and the drand round it names. */
  minDrandDelaySeconds: number;
  /** How long an alternate called in after a decline has to answer. */
  replyWindowMs: number;
}

type Listener = (processId: string, events: ChainedEvent[]) => void;

export function createCeremony(deps: {
  db: Db;
  store: EventStore;
  clock: Clock;
  random: Random;
  /** Every message is queued in the transaction of the write that causes it. */
  mailQueue: MailQueue;
  log: Log;
  options: CeremonyOptions;
}) {
  const { db, store, clock, random, mailQueue, log, options } = deps;
  const listeners = new Set<Listener>();
  const pools = createPoolTrees(db);
  const poolOf = pools.poolOf;
  const stratifications = createStratificationStore(db);

  const volunteers = createVolunteersRepository(db);
  const invitations = createInvitationsRepository(db);
  const declineReasons = createDeclineReasonsRepository(db);

  function requireState(processId: string): ProcessState {
    const state = store.state(processId);
    if (state === undefined)
      throw new KleroterionError(ErrorCode.ProcessNotFound, `no process ${processId}`);
    return state;
  }

  /** Appends a decision's events (plus private writes) durably, notifies listeners, then raises any refusal. */
  function commit(processId: string, decision: Decision, privateWrites?: () => void): ProcessState {
    const { appended, state } = store.append(
      processId,
      decision.events,
      clock.now(),
      privateWrites,
    );
    for (const listener of listeners) listener(processId, appended);
    if (decision.refusal !== undefined) {
      log.warn({ processId, code: decision.refusal.code }, 'refused and recorded');
      throw decision.refusal;
    }
    return state;
  }

  /** Queues the invitation mail of one InvitationSent event; call it inside that event's transaction. */
  function queueInvitationMail(
    processId: string,
    state: ProcessState,
    invitation: { seat: number; id: string; deadline: string; token: string },
  ): void {
    const volunteer = volunteers.contact(processId, invitation.id);
    // An erased address gets no mail.
    if (volunteer === undefined || volunteer.email === '') return;
    const mail = invitationMail(
      {
        name: volunteer.name,
        processTitle: state.settings.title,
        seat: invitation.seat,
        deadline: invitation.deadline,
        link: `${options.publicUrl}/i/${invitation.token}`,
        publicPage: `${options.publicUrl}/p/${processId}`,
        service: state.service,
      },
      volunteer.language,
    );
    mailQueue.enqueue({
      kind: 'invitation',
      to: volunteer.email,
      language: volunteer.language,
      ...mail,
      processId,
      recipientRef: invitation.id,
    });
  }

  /**
   * Creates the invitation tokens of a decision's InvitationSent events and queues their mails, inside
   * its transaction: an invitation is mailed exactly when it is recorded.
   */
  function withInvitations(processId: string, state: ProcessState, decision: Decision): () => void {
    const tokens = decision.events.flatMap((event) =>
      event.type === EventType.InvitationSent
        ? [{ ...event.payload, token: newToken(random, 16) }]
        : [],
    );
    return () => {
      for (const invitation of tokens) {
        invitations.record(
          hashToken(invitation.token),
          { processId, seat: invitation.seat, pseudonym: invitation.id },
          clock.now().toISOString(),
        );
        queueInvitationMail(processId, state, invitation);
      }
    };
  }

  return {
    onEvents(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    state: requireState,
    /** Appends an already-decided set of events (used by the room service), then notifies listeners. */
    appendDecision: (
      processId: string,
      decision: Decision,
      privateWrites?: () => void,
    ): ProcessState => commit(processId, decision, privateWrites),
    list: () => store.processIds().map((id) => store.state(id) as ProcessState),
    /** What the organiser's forms must respect: the minimum delay before a commitment's drand round. */
    limits: () => ({ minDrandDelaySeconds: options.minDrandDelaySeconds }),

    create(settings: { title?: unknown } & Record<string, unknown>): ProcessState {
      const processId = bytesToHex(random.bytes(8));
      return commit(processId, decideCreate(processId, { ...DEFAULT_SETTINGS, ...settings }));
    },

    changeSettings(processId: string, settings: unknown): ProcessState {
      return commit(processId, decideSettings(requireState(processId), settings));
    },

    /** States what serving involves (dates, place, compensation, contact), shown on every invitation. */
    describeService(processId: string, details: unknown): ProcessState {
      return commit(processId, decideServiceDetails(requireState(processId), details));
    },

    /** For the organiser only: the reasons invitees gave when declining (private, never logged). */
    declineReasons(
      processId: string,
    ): { seat: number; id: string; reason: string; declinedAt: string }[] {
      requireState(processId);
      return declineReasons.list(processId);
    },

    /** Validates the whole CSV, assigns pseudonyms, and replaces the draft pool in one transaction. */
    importVolunteers(processId: string, bytes: Uint8Array, fileName: string): ProcessState {
      const state = requireState(processId);
      if (state.status !== ProcessStatus.Draft)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          `cannot import volunteers: the process is ${state.status}`,
        );
      const { rows, attributeColumns } = parseVolunteersCsv(bytes, fileName);
      const pseudonyms = distinctPseudonyms(rows.length, (n) => random.bytes(n));
      const ids = sortCanonical(pseudonyms.slice(), false);
      const indexOf = new Map(ids.map((id, index) => [id, index]));
      const tree = buildMerkleTree(ids);
      const poolRoot = bytesToHex(merkleRoot(tree));
      const decision = decideImport(state, { poolSize: ids.length, poolRoot, attributeColumns });
      const next = commit(processId, decision, () => {
        volunteers.replacePool(
          processId,
          rows.map((row, i) => {
            const id = pseudonyms[i] as string;
            return { ...row, pseudonym: id, poolIndex: indexOf.get(id) as number };
          }),
        );
      });
      pools.remember(processId, poolRoot, ids, tree);
      log.info({ processId, volunteers: ids.length }, 'pool imported');
      return next;
    },

    /** For the organiser only: whom to send each receipt to; the receipt itself holds no personal data. */
    receipts(processId: string): { name: string; email: string; receipt: Receipt }[] {
      const state = requireState(processId);
      const { tree } = poolOf(processId, state);
      return volunteers.contacts(processId).map((row) => ({
        receipt: receiptFor(state, tree, row.pseudonym, row.poolIndex, options.publicUrl),
        name: row.name,
        email: row.email,
      }));
    },

    /** Imports the admissible dossiers of a file (non-admissible applications are counted, not kept). */
    importDossiers(processId: string, bytes: Uint8Array, fileName: string) {
      const state = requireState(processId);
      const file = parseDossierFile(bytes, fileName);
      const admissible = file.dossiers.filter((dossier) => dossier.prescreening.admissible);
      const next = commit(
        processId,
        decideDossiers(state, { cohort: file.cohort, dossiers: admissible }),
      );
      return {
        state: next,
        imported: admissible.length,
        skipped: file.dossiers.length - admissible.length,
      };
    },

    /** Generates the organiser's secret, returns it once, and keeps only its hash (in the commitment). */
    commitDraw(
      processId: string,
      input: {
        witnesses: WitnessInput[];
        drandRound?: number;
        drandDelaySeconds?: number;
        /** Commit to the process's computed stratified lottery (kleroterion-stratified/1). */
        stratified?: boolean;
      },
    ) {
      const state = requireState(processId);
      const now = clock.now();
      // Refused before anything is written: a too-short delay leaves the chain as it was.
      const drandRound = chooseDrandRound({
        now,
        drandRound: input.drandRound,
        drandDelaySeconds: input.drandDelaySeconds,
        minDrandDelaySeconds: options.minDrandDelaySeconds,
      });
      const secret = bytesToHex(random.bytes(32));
      const commitInput = {
        organiserSecretHash: sha256HexOfText(secret),
        witnesses: input.witnesses,
        drandRound,
        now,
        minDrandDelaySeconds: options.minDrandDelaySeconds,
      };
      const decision =
        input.stratified === true
          ? decideStratifiedCommit(
              state,
              commitInput,
              stratifications.materialise(processId, state).plan,
            )
          : decideCommit(state, commitInput);
      // Each volunteer's own receipt is queued with the commitment that seals the pool (not on a refusal).
      const next = commit(processId, decision, () => {
        if (decision.refusal !== undefined) return;
        const { tree } = poolOf(processId, state);
        queueReceiptMails({
          db,
          mailQueue,
          state,
          receiptOf: (id, index) => receiptFor(state, tree, id, index, options.publicUrl),
          checkUrl: `${options.publicUrl}/p/${processId}#receipt-heading`,
        });
      });
      return { state: next, organiserSecret: secret };
    },

    reveal(
      processId: string,
      source: number,
      reveal: { value: string } | { signature: string },
      timelockOpening?: TimelockOpening,
    ): ProcessState {
      return commit(
        processId,
        decideReveal(requireState(processId), source, reveal, timelockOpening),
      );
    },

    /**
     * Opens a timelock source's ciphertext with the given signature of its round, before `reveal` checks
     * and records it; undefined when the source is not a timelock (nothing to open).
     */
    async openTimelockSource(
      processId: string,
      source: number,
      signature: string,
    ): Promise<TimelockOpening | undefined> {
      const target = requireState(processId).commitment?.commitment.sources[source];
      if (target?.timelock === undefined) return undefined;
      const { openTimelock } = await import('../../shared/lottery/timelockOpen');
      const { ciphertext, round } = target.timelock;
      return openTimelock(ciphertext, round, signature.trim().toLowerCase());
    },

    draw(processId: string): ProcessState {
      const state = requireState(processId);
      return commit(
        processId,
        decideDraw(state, () => {
          const commitment = state.commitment!.commitment;
          const values = state.values;
          const beacons: BeaconProof[] = state.beacons;
          if (commitment.protocol === STRATIFIED_PROTOCOL) {
            // The committed lottery and respondents, checked against the roots before any use.
            const { plan, table, panels } = stratifications.materialise(processId, state);
            if (
              plan.respondentsRoot !== commitment.respondentsRoot ||
              plan.panelsRoot !== commitment.panelsRoot
            )
              throw new KleroterionError(
                ErrorCode.CommitmentMalformed,
                'the stored lottery or respondents differ from what the commitment names',
              );
            return stratifiedRecord({ commitment, values, beacons, table, panels });
          }
          const { ids, tree } = poolOf(processId, state);
          // Timelock values were opened and checked when revealed; the record's verifiers open them again.
          const timelockOpenings = new Map(
            commitment.sources.flatMap((source, i) =>
              source.timelock === undefined || values[i] == null
                ? []
                : [[i, { ok: true as const, plaintext: values[i] as string }] as const],
            ),
          );
          return drawRecord({
            commitment,
            canonicalIds: ids,
            tree,
            values,
            beacons,
            timelockOpenings,
          });
        }),
      );
    },

    sendInvitations(processId: string, deadline: Date): ProcessState {
      const state = requireState(processId);
      const decision = decideInvitations(state, deadline, clock.now());
      return commit(processId, decision, withInvitations(processId, state, decision));
    },

    invitation(token: string): Invitation {
      const row = invitations.findByTokenHash(hashToken(token));
      if (row === undefined)
        throw new KleroterionError(ErrorCode.TokenInvalid, 'this invitation link is not valid');
      const state = requireState(row.processId);
      const seat = state.seats[row.seat - 1];
      const isCurrent = seat?.holder === row.pseudonym;
      return {
        processId: row.processId,
        title: state.settings.title,
        seat: row.seat,
        id: row.pseudonym,
        status: isCurrent ? (seat?.status ?? SeatStatus.Vacant) : 'replaced',
        deadline: isCurrent ? seat?.deadline : undefined,
        service: state.service,
      };
    },

    /** A decline may carry a reason: kept privately for the organiser, in the same transaction. */
    answer(token: string, answer: 'accept' | 'decline', reason?: string): ProcessState {
      const invitation = this.invitation(token);
      if (invitation.status !== SeatStatus.Invited)
        throw new KleroterionError(
          ErrorCode.InvitationAnswered,
          'this invitation has already been answered',
        );
      const state = requireState(invitation.processId);
      const decision = decideAnswer(
        state,
        invitation.seat,
        answer,
        clock.now(),
        options.replyWindowMs,
      );
      const invitationWrites = withInvitations(invitation.processId, state, decision);
      const reasonText = answer === 'decline' ? reason?.trim() : undefined;
      const next = commit(invitation.processId, decision, () => {
        invitationWrites();
        if (reasonText !== undefined && reasonText !== '')
          declineReasons.record(invitation.processId, {
            seat: invitation.seat,
            id: invitation.id,
            reason: reasonText,
            declinedAt: clock.now().toISOString(),
          });
      });
      return next;
    },

    /** Passes every overdue seat to the next alternate. Run periodically and before reading invitations. */
    expireOverdue(): number {
      let expired = 0;
      for (const processId of store.processIds()) {
        for (const seat of overdueSeats(requireState(processId), clock.now())) {
          const state = requireState(processId);
          const decision = decideAnswer(state, seat, 'expire', clock.now(), options.replyWindowMs);
          commit(processId, decision, withInvitations(processId, state, decision));
          expired++;
        }
      }
      return expired;
    },
  };
}

export type Ceremony = ReturnType<typeof createCeremony>;
