// Stage one's registration, from the draw to the stage-two pool: the stage-one record is kept once its
// public verifier passes against the register's committed roots (stageOneAcceptance.ts), the invitees'
// codes are issued with their letters and e-mails (registrationLetters.ts), the organiser states the form,
// an invitee registers with their code (publicRegistration.ts); closing turns the registrations into the
// process's volunteers, pool id = register id. Contact data stays in the private tables: log lines carry
// counts and process ids only.

import type { Writable } from 'node:stream';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import type { Db } from '../db/openDatabase';
import type { VolunteerRow } from '../import/volunteersCsv';
import type { MailQueue } from '../mail/mailQueue';
import type { BeaconSource, Clock, Log, Random } from '../ports';
import { createRegisterRepository } from '../repositories/registerRepository';
import {
  createRegistrationsRepository,
  type FormAttribute,
  type RegistrationForm,
  type StratumResponse,
} from '../repositories/registrationsRepository';
import { createRegistrationCodesRepository } from '../repositories/registrationCodesRepository';
import { createPublicRegistration, type RegistrationInput } from './publicRegistration';
import { createRegistrationCodes } from './registrationCodes';
import { issueLetters, type LettersRequest } from './registrationLetters';
import {
  createStageOneAcceptance,
  invalid,
  picksOf,
  type StageOnePick,
} from './stageOneAcceptance';
import { createStageOneCeremony } from './stageOneCeremony';

export { WHOLE_REGISTER } from './stageOneAcceptance';
export { addressLinesOf, type LettersRequest } from './registrationLetters';
export type { RegistrationInput } from './publicRegistration';

export interface RegistrationView {
  stageOne: { protocol: string; invitations: number } | null;
  form: RegistrationForm | null;
  codes: { issued: number; used: number };
  responses: StratumResponse[];
}

export interface PoolDeps {
  requireTitle: (processId: string) => string;
  importRegisteredPool: (
    processId: string,
    rows: readonly (VolunteerRow & { pseudonym: string })[],
    attributeColumns: readonly string[],
  ) => unknown;
}

export function createRegistrationService(deps: {
  db: Db;
  clock: Clock;
  random: Random;
  mailQueue: MailQueue;
  publicUrl: () => string;
  log: Log;
  pool: PoolDeps;
  /** The stage-one draw run in the console: the deployment's drand rules and where rounds come from. */
  drand: { minDelaySeconds: number; source?: BeaconSource | undefined };
}) {
  const { db, clock, random, mailQueue, publicUrl, log, pool } = deps;
  const register = createRegisterRepository(db);
  const repository = createRegistrationsRepository(db);
  const codes = createRegistrationCodes(db, clock, random);
  const stageOne = createStageOneAcceptance({
    db,
    clock,
    repository,
    issuedCodes: (processId) => codes.counts(processId).issued,
  });
  const publicSide = createPublicRegistration({
    db,
    clock,
    log,
    repository,
    codes,
    codeRows: createRegistrationCodesRepository(db),
    requireTitle: pool.requireTitle,
  });

  const requireRegister = (processId: string) => {
    const current = register.current(processId);
    if (current === undefined)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        'import the register before the stage-one draw',
      );
    return current;
  };

  const closeAll = db.transaction((processId: string) => {
    const form = repository.form(processId);
    if (form === undefined || form.closedAt !== null)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        form === undefined ? 'registration was never opened' : 'registration is already closed',
      );
    const registrations = repository.all(processId);
    if (registrations.length === 0)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        'nobody has registered yet: the stage-two pool would be empty',
      );
    repository.close(processId, clock.now().toISOString());
    pool.importRegisteredPool(
      processId,
      registrations.map((r, i) => ({
        pseudonym: r.registerId,
        line: i + 1,
        name: r.name,
        email: r.email,
        phone: r.phone,
        language: r.language,
        attributes: r.attributes,
      })),
      form.attributes.map((a) => a.category),
    );
    return registrations.length;
  });

  function view(processId: string): RegistrationView {
    const protocol = repository.drawProtocol(processId);
    return {
      stageOne:
        protocol === undefined
          ? null
          : { protocol, invitations: repository.inviteeIds(processId).length },
      form: repository.form(processId) ?? null,
      codes: codes.counts(processId),
      responses: repository.responsesByStratum(processId),
    };
  }

  /**
   * The picks of a stage-one record whose own verifier passes and whose roots are the register's: the
   * one check of an uploaded record and of a record drawn in the console.
   * @throws KleroterionError INVALID_ARGUMENT naming the failed check; TRANSITION_REFUSED without a register
   */
  const checkStageOne = (processId: string, record: unknown): StageOnePick[] =>
    picksOf(requireRegister(processId), record);

  /** Keeps a checked record and its picks. @throws KleroterionError TRANSITION_REFUSED once codes are issued */
  function keepStageOne(processId: string, text: string, picks: StageOnePick[]): void {
    stageOne.keep(processId, text, picks);
    log.info({ processId, invitations: picks.length }, 'stage-one draw accepted');
  }

  const ceremony = createStageOneCeremony({
    db,
    clock,
    random,
    log,
    repository,
    minDrandDelaySeconds: deps.drand.minDelaySeconds,
    beacon: deps.drand.source,
    requireTitle: pool.requireTitle,
    issuedCodes: (processId) => codes.counts(processId).issued,
    stageOne: { check: checkStageOne, keep: keepStageOne },
  });

  return {
    view,
    /** Stage one's draw run in the console: commit, reveal, draw, and the public commitment. */
    ceremony,

    /**
     * Keeps the picks of an uploaded stage-one record (kleroterion-invitations/1 or kleroterion-draw/1).
     * @throws KleroterionError INVALID_ARGUMENT naming the failed check; TRANSITION_REFUSED without a
     * register, once codes are issued, or once stage one is committed in the console
     */
    acceptStageOne(processId: string, bytes: Uint8Array): RegistrationView {
      pool.requireTitle(processId);
      // A commitment published from the console fixes the draw: no other record may replace it.
      if (ceremony.isCommitted(processId))
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'stage one was committed in the console: its own draw is the one kept, no record can be uploaded',
        );
      const text = new TextDecoder().decode(bytes);
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw invalid('The stage-one record is not JSON.', 'record');
      }
      keepStageOne(processId, text, checkStageOne(processId, record));
      return view(processId);
    },

    /** States the form: the eligibility sentence and the attributes asked. */
    saveForm(
      processId: string,
      eligibility: string,
      attributes: readonly FormAttribute[],
    ): RegistrationView {
      pool.requireTitle(processId);
      const form = repository.form(processId);
      if (form?.closedAt != null)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'registration is closed');
      const categories = new Set<string>();
      for (const attribute of attributes) {
        if (categories.has(attribute.category))
          throw invalid(`The attribute ${attribute.category} is asked twice.`, 'attributes');
        categories.add(attribute.category);
        if (new Set(attribute.values).size !== attribute.values.length)
          throw invalid(`The attribute ${attribute.category} lists a value twice.`, 'attributes');
      }
      repository.saveForm(processId, eligibility, attributes);
      return view(processId);
    },

    publicForm: publicSide.publicForm,

    /**
     * Issues every invitee's code (one transaction, their e-mails queued in it) and returns the writer of
     * their letters, to stream as the answer. Invitees who already registered get no new letter.
     * @throws KleroterionError TRANSITION_REFUSED without a register, a stage-one draw or a form
     */
    issueLetters(
      processId: string,
      request: LettersRequest,
    ): { letters: number; write: (out: Writable) => Promise<unknown> } {
      const title = pool.requireTitle(processId);
      const current = requireRegister(processId);
      const ids = repository.inviteeIds(processId);
      if (ids.length === 0)
        throw new KleroterionError(ErrorCode.TransitionRefused, 'upload the stage-one draw first');
      publicSide.requireOpenForm(processId);
      return issueLetters(
        {
          clock,
          log,
          mailQueue,
          codes,
          contactsOf: (importNo, invitees) => register.contacts(importNo, invitees),
        },
        { processId, title, baseUrl: publicUrl(), register: current, inviteeIds: ids, request },
      );
    },

    openWith: publicSide.openWith,

    /**
     * Stage one as the public page shows it: the record's protocol and hash, the invitations, and the
     * registrations by stratum (aggregates); null when the process has no stage one.
     */
    publicStageOne(processId: string) {
      pool.requireTitle(processId);
      return stageOne.publicStageOne(processId);
    },

    /** The stage-one record as a published file: its canonical bytes (JCS) and a final line break. */
    stageOneRecordFile(processId: string): string {
      pool.requireTitle(processId);
      return stageOne.recordFile(processId);
    },

    isOpen: publicSide.isOpen,

    /**
     * Registers an invitee: their code is spent in the transaction that stores them; a refused code, an
     * unconfirmed eligibility or consent, or an attribute outside the form changes nothing.
     * @throws KleroterionError REGISTRATION_CODE_MALFORMED | _UNKNOWN | _USED, INVALID_ARGUMENT
     */
    register: (input: RegistrationInput) => publicSide.register(input),

    /**
     * Closes registration and makes the registrations the process's volunteers (pool id = register id),
     * in one transaction.
     */
    close(processId: string): RegistrationView {
      pool.requireTitle(processId);
      const volunteers = closeAll(processId);
      log.info({ processId, volunteers }, 'registration closed, stage-two pool imported');
      return view(processId);
    },
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
