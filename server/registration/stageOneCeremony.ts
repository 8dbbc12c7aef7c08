// Stage one's draw run in the organiser console, as the jury draw runs: commit (the organiser's secret made
// here and returned once, only its hash kept in the commitment; witnesses; a drand round chosen by the
// same rule), reveal each source (the same checks), then draw: the record is built over the register's ids
// and kept through the same path as an uploaded record. Each command is one transaction and is refused,
// changing nothing, at the wrong step or once codes are issued. Spec: docs/lottery-spec.md, sections 11,
// 17 and 17.6; unstratified stage one is kleroterion-draw/1 with seats = k and no alternates.

import type {
  PublicStageOneCommitment,
  StageOneCeremonyView,
  StageOneCommitInput,
} from '../../shared/api/groups/registration.contract';
import { bytesToHex } from '../../shared/crypto/bytes';
import { sha256HexOfText } from '../../shared/crypto/hash';
import { canonicalize } from '../../shared/crypto/jcs';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { stageOneRecordHash } from '../../shared/invitations/stageLink';
import { chooseDrandRound, revealSource } from '../../shared/lottery/commitReveal';
import { quicknetRoundTime, verifyQuicknetRound } from '../../shared/lottery/drand';
import type { BeaconProof, Source } from '../../shared/lottery/protocol';
import { commitmentHashOf } from '../../shared/lottery/seed';
import { commitSources, isoSeconds } from '../../shared/process/processCommands';
import type { Db } from '../db/openDatabase';
import type { BeaconSource, Clock, Log, Random } from '../ports';
import { createRegisterRepository } from '../repositories/registerRepository';
import type { RegistrationsRepository } from '../repositories/registrationsRepository';
import { createStageOneCeremoniesRepository } from '../repositories/stageOneCeremoniesRepository';
import { stageOneCommitment, summaryOf, type StageOneCommitment } from './stageOneCommitment';
import type { StageOnePick } from './stageOneAcceptance';
import { buildStageOneRecord } from './stageOneRecord';

/** How long the server waits for a drand relay when the organiser asks it to fetch a round. */
const FETCH_TIMEOUT_MS = 20_000;

const refused = (message: string): KleroterionError =>
  new KleroterionError(ErrorCode.TransitionRefused, message);

type Committed = StageOneCommitment;

export interface StageOneCeremonyDeps {
  db: Db;
  clock: Clock;
  random: Random;
  log: Log;
  repository: RegistrationsRepository;
  /** The deployment's minimum delay before the drand round (KLEROTERION_DRAND_DELAY). */
  minDrandDelaySeconds: number;
  /** Where the server fetches a drand round when asked; without it, the signature must be pasted. */
  beacon?: BeaconSource | undefined;
  requireTitle: (processId: string) => string;
  issuedCodes: (processId: string) => number;
  /**
   * The one path of every stage-one record, uploaded or drawn here: `check` runs its verifier and compares
   * its roots with the register's (outside any transaction: it may take seconds), `keep` stores its picks.
   */
  stageOne: {
    check: (processId: string, record: unknown) => StageOnePick[];
    keep: (processId: string, text: string, picks: StageOnePick[]) => void;
  };
}

export function createStageOneCeremony(deps: StageOneCeremonyDeps) {
  const { db, clock, random, log, repository, requireTitle, issuedCodes } = deps;
  const register = createRegisterRepository(db);
  const ceremonies = createStageOneCeremoniesRepository(db);

  const commitmentOf = (processId: string): Committed | undefined => {
    const row = ceremonies.find(processId);
    return row === undefined ? undefined : (JSON.parse(row.commitment) as Committed);
  };

  const refuseWhenLocked = (processId: string, action: string) => {
    if (issuedCodes(processId) > 0)
      throw refused(
        `cannot ${action}: codes were already issued for the stage-one draw kept, which can no longer change`,
      );
  };

  /** The commitment's sources still needed before the draw (every one that is not optional). */
  const missingReveals = (sources: readonly Source[], revealed: ReadonlySet<number>) =>
    sources.flatMap((source, i) => (source.optional === true || revealed.has(i) ? [] : [i]));

  function view(processId: string): StageOneCeremonyView {
    requireTitle(processId);
    const current = register.current(processId);
    const row = ceremonies.find(processId);
    const reveals = ceremonies.reveals(processId);
    const commitment = row === undefined ? undefined : (JSON.parse(row.commitment) as Committed);
    const revealedSet = new Set(reveals.map((r) => r.source));
    const kept = row?.drawnAt == null ? undefined : repository.drawRecord(processId);
    const step =
      row === undefined
        ? 'open'
        : row.drawnAt !== null
          ? 'drawn'
          : missingReveals(commitment!.sources, revealedSet).length === 0
            ? 'revealed'
            : 'committed';
    return {
      step,
      isLocked: issuedCodes(processId) > 0,
      register:
        current === undefined
          ? null
          : {
              rows: current.rowCount,
              strata: current.strata.map((s) => ({ name: s.name, size: s.size })),
            },
      commitment:
        row === undefined || commitment === undefined
          ? null
          : {
              protocol: commitment.protocol,
              commitmentHash: row.commitmentHash,
              committedAt: row.committedAt,
              ...summaryOf(commitment),
              sources: commitment.sources,
            },
      revealed: reveals.map((r) => ({ source: r.source, value: r.value })),
      drawn:
        row?.drawnAt == null || kept === undefined
          ? null
          : {
              drawnAt: row.drawnAt,
              protocol: commitment!.protocol,
              recordHash: stageOneRecordHash(JSON.parse(kept)),
              invitations: repository.inviteeIds(processId).length,
              byStratum: repository
                .responsesByStratum(processId)
                .map((r) => ({ stratum: r.stratum, invited: r.invited })),
            },
    };
  }

  const recordCommitment = db.transaction(
    (processId: string, text: string, hash: string, at: string) => {
      refuseWhenLocked(processId, 'commit');
      if (!ceremonies.commit(processId, text, hash, at))
        throw refused('stage one is already committed: a commitment is made once');
    },
  );

  const recordReveal = db.transaction(
    (processId: string, source: number, reveal: { value: string } | { signature: string }) => {
      refuseWhenLocked(processId, 'reveal a value');
      const row = ceremonies.find(processId);
      if (row === undefined) throw refused('cannot reveal a value: stage one is not committed');
      if (row.drawnAt !== null) throw refused('cannot reveal a value: stage one is already drawn');
      const sources = (JSON.parse(row.commitment) as Committed).sources;
      const done = new Set(ceremonies.reveals(processId).map((r) => r.source));
      const { value, beacon } = revealSource(sources, (i) => done.has(i), source, reveal);
      ceremonies.reveal(
        processId,
        { source, value, beacon: beacon ?? null },
        clock.now().toISOString(),
      );
    },
  );

  /** Checks that the draw may run now; returns the commitment and its values. */
  function drawInputs(processId: string) {
    refuseWhenLocked(processId, 'draw');
    const row = ceremonies.find(processId);
    if (row === undefined) throw refused('cannot draw: stage one is not committed');
    if (row.drawnAt !== null)
      throw new KleroterionError(
        ErrorCode.AlreadyDrawn,
        'stage one was already drawn; a draw happens exactly once',
      );
    const commitment = JSON.parse(row.commitment) as Committed;
    const reveals = ceremonies.reveals(processId);
    const byIndex = new Map(reveals.map((r) => [r.source, r]));
    const missing = missingReveals(commitment.sources, new Set(byIndex.keys()));
    if (missing.length > 0)
      throw refused(
        `cannot draw: reveal ${missing.map((i) => `source ${i} (${commitment.sources[i]?.label})`).join(', ')} first`,
      );
    return {
      commitment,
      // An optional witness who stayed silent counts as null (docs/lottery-spec.md, section 4).
      values: commitment.sources.map((_, i) => byIndex.get(i)?.value ?? null),
      beacons: reveals.flatMap((r): BeaconProof[] => (r.beacon === null ? [] : [r.beacon])),
    };
  }

  const keepDrawn = db.transaction((processId: string, text: string, picks: StageOnePick[]) => {
    // Checked again inside the transaction: nothing may have changed while the record was built.
    drawInputs(processId);
    deps.stageOne.keep(processId, text, picks);
    ceremonies.markDrawn(processId, clock.now().toISOString());
  });

  return {
    view,

    /** Whether stage one was committed in the console (its draw is then the only one to keep). */
    isCommitted: (processId: string): boolean => ceremonies.find(processId) !== undefined,

    /**
     * Commits stage one: generates the organiser's secret, returns it once and keeps only its hash.
     * @throws KleroterionError TRANSITION_REFUSED (no register, already committed, codes issued),
     * INVALID_ARGUMENT (k or the allocation), DRAND_DELAY_TOO_SHORT, VALIDATION_FAILED (round too early)
     */
    commit(
      processId: string,
      input: StageOneCommitInput,
    ): { ceremony: StageOneCeremonyView; organiserSecret: string } {
      requireTitle(processId);
      refuseWhenLocked(processId, 'commit');
      if (ceremonies.find(processId) !== undefined)
        throw refused('stage one is already committed: a commitment is made once');
      const now = clock.now();
      const drandRound = chooseDrandRound({
        now,
        drandRound: input.drandRound,
        drandDelaySeconds: input.drandDelaySeconds,
        minDrandDelaySeconds: deps.minDrandDelaySeconds,
      });
      const secret = bytesToHex(random.bytes(32));
      const sources = commitSources({
        organiserSecretHash: sha256HexOfText(secret),
        witnesses: input.witnesses,
        drandRound,
        now,
        minDrandDelaySeconds: deps.minDrandDelaySeconds,
      });
      const current = register.current(processId);
      if (current === undefined) throw refused('import the register before the stage-one draw');
      const commitment = stageOneCommitment(current, input, sources, {
        title: requireTitle(processId),
        process: processId,
        committedAt: isoSeconds(now),
      });
      recordCommitment(
        processId,
        canonicalize(commitment),
        commitmentHashOf(commitment),
        now.toISOString(),
      );
      log.info({ processId, invitations: input.invitations }, 'stage one committed');
      return { ceremony: view(processId), organiserSecret: secret };
    },

    /**
     * Reveals one source: a secret's value, a drand round's signature, or (neither given) the round
     * fetched by the server. The checks are the jury draw's (revealSource).
     * @throws KleroterionError TRANSITION_REFUSED at the wrong step, REVEAL_MISMATCH, BEACON_INVALID,
     * VALIDATION_FAILED, DRAND_UNAVAILABLE when the round cannot be fetched (yet)
     */
    async reveal(
      processId: string,
      body: { source: number; value?: string; signature?: string },
    ): Promise<StageOneCeremonyView> {
      requireTitle(processId);
      let reveal: { value: string } | { signature: string };
      if (body.value !== undefined) reveal = { value: body.value };
      else if (body.signature !== undefined) reveal = { signature: body.signature };
      else reveal = { signature: await fetchSignature(processId, body.source) };
      recordReveal(processId, body.source, reveal);
      log.info({ processId, source: body.source }, 'stage-one value revealed');
      return view(processId);
    },

    /**
     * Draws stage one once every required value is known, and keeps its record as an upload is kept.
     * @throws KleroterionError TRANSITION_REFUSED at the wrong step, ALREADY_DRAWN
     */
    async draw(processId: string): Promise<StageOneCeremonyView> {
      requireTitle(processId);
      const { commitment, values, beacons } = drawInputs(processId);
      const record = await buildStageOneRecord(register, processId, commitment, values, beacons);
      const picks = deps.stageOne.check(processId, record);
      keepDrawn(processId, canonicalize(record), picks);
      log.info({ processId, protocol: commitment.protocol }, 'stage one drawn');
      return view(processId);
    },

    /** The commitment as the public page shows it, from the moment it is made; null before. */
    publicCommitment(processId: string): PublicStageOneCommitment | null {
      requireTitle(processId);
      const row = ceremonies.find(processId);
      if (row === undefined) return null;
      const commitment = JSON.parse(row.commitment) as Committed;
      const round = commitment.sources.find((s) => s.beacon !== undefined)?.beacon?.round;
      return {
        protocol: commitment.protocol,
        commitmentHash: row.commitmentHash,
        committedAt: row.committedAt,
        ...summaryOf(commitment),
        drandRound: round ?? null,
        isDrawn: row.drawnAt !== null,
      };
    },

    /** The commitment as a published file: its canonical bytes (JCS) and a final line break. */
    commitmentFile(processId: string): string {
      requireTitle(processId);
      const commitment = commitmentOf(processId);
      if (commitment === undefined)
        throw new KleroterionError(ErrorCode.NotFound, 'stage one is not committed');
      return `${canonicalize(commitment)}\n`;
    },
  };

  /** A drand round's signature fetched from the relays, checked offline like a pasted one. */
  async function fetchSignature(processId: string, source: number): Promise<string> {
    const round = commitmentOf(processId)?.sources[source]?.beacon?.round;
    if (round === undefined)
      throw new KleroterionError(
        ErrorCode.ValidationFailed,
        `source ${source} is not a drand round: give its value`,
      );
    const producedAt = quicknetRoundTime(round) * 1000;
    if (producedAt > clock.now().getTime())
      throw new KleroterionError(
        ErrorCode.DrandUnavailable,
        `drand round ${round} is produced at ${new Date(producedAt).toISOString()}: it does not exist yet`,
      );
    if (deps.beacon === undefined)
      throw new KleroterionError(
        ErrorCode.DrandUnavailable,
        'this server does not fetch drand rounds: paste the round’s signature',
      );
    try {
      const fetched = await deps.beacon.fetchRound(round, AbortSignal.timeout(FETCH_TIMEOUT_MS));
      const signature = fetched.signature.trim().toLowerCase();
      if (fetched.round !== round || !verifyQuicknetRound(round, signature))
        throw new Error(`the relay answered a signature that does not verify for round ${round}`);
      return signature;
    } catch (error) {
      throw new KleroterionError(
        ErrorCode.DrandUnavailable,
        `drand round ${round} could not be fetched (${(error as Error).message}): try again, or paste its signature`,
      );
    }
  }
}

export type StageOneCeremony = ReturnType<typeof createStageOneCeremony>;
