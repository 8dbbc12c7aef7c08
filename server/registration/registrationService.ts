// Stage one's registration, from the draw to the stage-two pool: the organiser uploads the stage-one record
// (checked by its public verifier against the register's committed roots), issues the invitees' codes with
// their letters and e-mails, states the form; an invitee registers with their code (spent in the same
// transaction); closing turns the registrations into the process's volunteers, pool id = register id.
// Contact data stays in the private tables: log lines carry counts and process ids only.

import { canonicalize } from '../../shared/crypto/jcs';
import { stageOneRecordHash } from '../../shared/invitations/stageLink';
import type { PublicStageOne } from '../../shared/api/groups/registration.contract';
import type { Writable } from 'node:stream';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { INVITATIONS_PROTOCOL } from '../../shared/invitations/commitment';
import { verifyInvitations } from '../../shared/invitations/verifyInvitations';
import { verifyRecord } from '../../shared/lottery/verifyRecord';
import type { Db } from '../db/openDatabase';
import type { VolunteerRow } from '../import/volunteersCsv';
import { checkAddressLines } from '../letters/addressLines';
import { writeInvitationLetters } from '../letters/writeInvitationLetters';
import type { MailQueue } from '../mail/mailQueue';
import type { Clock, Log, Random } from '../ports';
import { createRegisterRepository, type RegisterContact } from '../repositories/registerRepository';
import {
  createRegistrationsRepository,
  type FormAttribute,
  type RegistrationForm,
  type StratumResponse,
} from '../repositories/registrationsRepository';
import { createRegistrationCodesRepository } from '../repositories/registrationCodesRepository';
import {
  hashRegistrationCode,
  normaliseRegistrationCode,
} from '../../shared/registration/registrationCode';
import { createRegistrationCodes } from './registrationCodes';
import { queueRegistrationInvitations } from './registrationInvitationMails';

/** The stratum of an unstratified stage one (kleroterion-draw/1 over the whole register). */
export const WHOLE_REGISTER = '';

export interface RegistrationInput {
  code: string;
  eligible: boolean;
  consent: boolean;
  name: string;
  email: string;
  phone?: string | undefined;
  attributes: Record<string, string>;
  language: 'fr' | 'en';
}

export interface LettersRequest {
  description: string;
  organiserName: string;
  replyBy?: Date | undefined;
  language?: 'fr' | 'en';
}

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

const invalid = (message: string, field?: string): KleroterionError =>
  new KleroterionError(
    ErrorCode.InvalidArgument,
    message,
    field === undefined ? undefined : { field },
  );

/** The postal lines of a register row, as the letter prints them (NF Z 10-011 order). */
export function addressLinesOf(contact: RegisterContact): string[] {
  const name = [contact.civility, contact.firstNames, contact.lastName]
    .filter((part) => part !== '')
    .join(' ');
  return [
    name,
    ...contact.address.filter((line) => line !== ''),
    `${contact.postcode} ${contact.city}`,
  ];
}

export function createRegistrationService(deps: {
  db: Db;
  clock: Clock;
  random: Random;
  mailQueue: MailQueue;
  publicUrl: () => string;
  log: Log;
  pool: PoolDeps;
}) {
  const { db, clock, random, mailQueue, publicUrl, log, pool } = deps;
  const register = createRegisterRepository(db);
  const repository = createRegistrationsRepository(db);
  const codes = createRegistrationCodes(db, clock, random);
  const codeRows = createRegistrationCodesRepository(db);

  const requireRegister = (processId: string) => {
    const current = register.current(processId);
    if (current === undefined)
      throw new KleroterionError(
        ErrorCode.TransitionRefused,
        'import the register before the stage-one draw',
      );
    return current;
  };

  const requireStageOneRecord = (processId: string): string => {
    const text = repository.drawRecord(processId);
    if (text === undefined)
      throw new KleroterionError(ErrorCode.NotFound, 'this process has no stage-one draw');
    return text;
  };

  const requireOpenForm = (processId: string): RegistrationForm => {
    const form = repository.form(processId);
    if (form === undefined)
      throw new KleroterionError(ErrorCode.NotFound, 'registration is not open for this process');
    if (form.closedAt !== null)
      throw new KleroterionError(ErrorCode.TransitionRefused, 'registration is closed');
    return form;
  };

  /** The picks of a verified record whose roots are the register's: register id and stratum. */
  function picksOf(processId: string, record: unknown): { registerId: string; stratum: string }[] {
    const current = requireRegister(processId);
    const protocol = (record as { protocol?: unknown } | null)?.protocol;
    const refuse = (why: string): never => {
      throw invalid(`The stage-one record does not fit this process's register: ${why}`, 'record');
    };
    if (protocol === INVITATIONS_PROTOCOL) {
      const report = verifyInvitations(record);
      const failed = report.checks.find((check) => !check.ok);
      if (failed !== undefined)
        refuse(`check ${failed.number} (${failed.name}) failed: ${failed.detail}`);
      const { commitment, strata } = record as {
        commitment: { strata: { name: string; poolRoot: string; poolSize: number }[] };
        strata: { name: string; selection: { id: string }[] }[];
      };
      const registerStrata =
        current.strata.length === 0
          ? [{ name: null, root: current.root, size: current.rowCount }]
          : current.strata;
      if (commitment.strata.length !== registerStrata.length)
        refuse(
          `${commitment.strata.length} strata committed, the register has ${registerStrata.length}`,
        );
      commitment.strata.forEach((stratum, i) => {
        const mine = registerStrata[i];
        if (mine === undefined) return;
        if (mine.name !== null && mine.name !== stratum.name)
          refuse(
            `stratum ${i + 1} is ${JSON.stringify(stratum.name)}, the register's ${mine.name}`,
          );
        if (mine.root !== stratum.poolRoot || mine.size !== stratum.poolSize)
          refuse(`stratum ${JSON.stringify(stratum.name)}'s root or size is not the register's`);
      });
      // The record's stratum names, even over an unstratified register (one stratum named by the
      // organiser): the counts published with stage two follow the record (stageLink.ts).
      return strata.flatMap((stratum) =>
        stratum.selection.map((pick) => ({ registerId: pick.id, stratum: stratum.name })),
      );
    }
    const report = verifyRecord(record);
    const failed = report.checks.find((check) => !check.ok);
    if (failed !== undefined)
      refuse(`check ${failed.number} (${failed.name}) failed: ${failed.detail}`);
    const draw = record as {
      commitment: { poolRoot: string; poolSize: number };
      selection: { id: string }[];
    };
    if (draw.commitment.poolRoot !== current.root || draw.commitment.poolSize !== current.rowCount)
      refuse('the draw was not made over the register in use (its root or size differ)');
    return draw.selection.map((pick) => ({ registerId: pick.id, stratum: WHOLE_REGISTER }));
  }

  const acceptDraw = db.transaction(
    (processId: string, text: string, picks: { registerId: string; stratum: string }[]) => {
      if (codes.counts(processId).issued > 0)
        throw new KleroterionError(
          ErrorCode.TransitionRefused,
          'codes were already issued for this stage-one draw; it can no longer be replaced',
        );
      repository.replaceDraw(processId, text, clock.now().toISOString(), picks);
    },
  );

  const registerOne = db.transaction(
    (processId: string, input: RegistrationInput, form: RegistrationForm) => {
      const redeemed = codes.redeem(processId, input.code);
      if (!redeemed.ok) throw redeemed.error;
      repository.insert(processId, {
        registerId: redeemed.registerId,
        name: input.name,
        email: input.email,
        phone: input.phone === undefined || input.phone === '' ? null : input.phone,
        attributes: Object.fromEntries(
          form.attributes.map((a) => [a.category, input.attributes[a.category] as string]),
        ),
        language: input.language,
        registeredAt: clock.now().toISOString(),
      });
    },
  );

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

  /**
   * The process a typed code opens, its title and form, without spending the code (the page's first
   * step). The letter's URL names no process: the code does.
   * @throws KleroterionError REGISTRATION_CODE_MALFORMED | _UNKNOWN | _USED; TRANSITION_REFUSED when closed
   */
  function openWith(typed: string): { processId: string; title: string; form: RegistrationForm } {
    const hash = hashRegistrationCode(normaliseRegistrationCode(typed));
    const processId = codeRows.processOfCodeHash(hash);
    if (processId === undefined)
      throw new KleroterionError(
        ErrorCode.RegistrationCodeUnknown,
        'This registration code is not known.',
        { field: 'code' },
      );
    if (codeRows.findByCodeHash(processId, hash)?.usedAt != null)
      throw new KleroterionError(
        ErrorCode.RegistrationCodeUsed,
        'This registration code has already been used.',
        { field: 'code' },
      );
    return { processId, title: pool.requireTitle(processId), form: requireOpenForm(processId) };
  }

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

  return {
    view,

    /**
     * Keeps the picks of a stage-one record (kleroterion-invitations/1 or kleroterion-draw/1) once its own
     * verifier passes and its roots are the register's.
     * @throws KleroterionError INVALID_ARGUMENT naming the failed check; TRANSITION_REFUSED without a
     * register or once codes are issued
     */
    acceptStageOne(processId: string, bytes: Uint8Array): RegistrationView {
      pool.requireTitle(processId);
      const text = new TextDecoder().decode(bytes);
      let record: unknown;
      try {
        record = JSON.parse(text);
      } catch {
        throw invalid('The stage-one record is not JSON.', 'record');
      }
      const picks = picksOf(processId, record);
      acceptDraw(processId, text, picks);
      log.info({ processId, invitations: picks.length }, 'stage-one draw accepted');
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

    /** What the public page shows: the process's title and the form. */
    publicForm(processId: string): { title: string; form: RegistrationForm } {
      const title = pool.requireTitle(processId);
      return { title, form: requireOpenForm(processId) };
    },

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
      requireOpenForm(processId);
      const contacts = new Map(
        register.contacts(current.importNo, ids).map((contact) => [contact.pseudoId, contact]),
      );
      // Every address is checked before any code is issued: a letter refused midway would leave codes
      // issued and mailed whose letters were never printed.
      ids.forEach((registerId, i) => {
        const contact = contacts.get(registerId);
        if (contact === undefined)
          throw new KleroterionError(
            ErrorCode.TransitionRefused,
            `invitee ${i + 1} of the stage-one draw is not in the register in use`,
          );
        checkAddressLines(addressLinesOf(contact), i + 1);
      });
      const baseUrl = publicUrl();
      const language = request.language ?? 'fr';
      const { issued } = codes.issue(
        processId,
        ids,
        queueRegistrationInvitations(
          mailQueue,
          {
            processId,
            title,
            description: request.description,
            baseUrl,
            replyBy: request.replyBy,
            language,
          },
          (registerId) => contacts.get(registerId)?.email,
        ),
      );
      log.info({ processId, letters: issued.length }, 'registration codes issued');
      async function* invitees() {
        for (const { registerId, code } of issued) {
          const contact = contacts.get(registerId);
          if (contact === undefined)
            throw new Error(`invitee ${registerId} is not in the register`);
          yield { code, addressLines: addressLinesOf(contact) };
        }
      }
      const letterProcess = {
        title,
        description: request.description,
        organiser: { name: request.organiserName },
        baseUrl,
        date: clock.now(),
        ...(request.replyBy === undefined ? {} : { replyBy: request.replyBy }),
        language,
      };
      return {
        letters: issued.length,
        write: (out) => writeInvitationLetters(letterProcess, invitees(), out),
      };
    },

    openWith,

    /**
     * Stage one as the public page shows it: the record's protocol and hash, the invitations, and the
     * registrations by stratum (aggregates); null when the process has no stage one.
     */
    publicStageOne(processId: string): PublicStageOne | null {
      pool.requireTitle(processId);
      const text = repository.drawRecord(processId);
      if (text === undefined) return null;
      const json = JSON.parse(text) as unknown;
      return {
        protocol: String((json as { protocol?: unknown }).protocol),
        recordHash: stageOneRecordHash(json),
        invitations: repository.inviteeIds(processId).length,
        isClosed: repository.form(processId)?.closedAt != null,
        responses: repository.responsesByStratum(processId),
      };
    },

    /** The stage-one record as a published file: its canonical bytes (JCS) and a final line break. */
    stageOneRecordFile(processId: string): string {
      pool.requireTitle(processId);
      return `${canonicalize(JSON.parse(requireStageOneRecord(processId)))}\n`;
    },

    /** Whether invitees may register now (the public page links to /inscription then). */
    isOpen(processId: string): boolean {
      pool.requireTitle(processId);
      const form = repository.form(processId);
      return form !== undefined && form.closedAt === null && codes.counts(processId).issued > 0;
    },

    /**
     * Registers an invitee: their code is spent in the transaction that stores them; a refused code, an
     * unconfirmed eligibility or consent, or an attribute outside the form changes nothing.
     * @throws KleroterionError REGISTRATION_CODE_MALFORMED | _UNKNOWN | _USED, INVALID_ARGUMENT
     */
    register(input: RegistrationInput): { processId: string; title: string } {
      const { processId, title, form: opened } = openWith(input.code);
      const form = opened;
      if (!input.eligible)
        throw invalid('Registration needs the eligibility conditions confirmed.', 'eligible');
      if (!input.consent)
        throw invalid('Registration needs consent to keep the details.', 'consent');
      for (const attribute of form.attributes) {
        const value = input.attributes[attribute.category];
        if (value === undefined || !attribute.values.includes(value))
          throw invalid(
            `The answer to ${attribute.category} must be one of: ${attribute.values.join(', ')}.`,
            `attributes.${attribute.category}`,
          );
      }
      const extra = Object.keys(input.attributes).find(
        (category) => !form.attributes.some((a) => a.category === category),
      );
      if (extra !== undefined)
        throw invalid(`The form does not ask ${extra}.`, `attributes.${extra}`);
      registerOne(processId, input, opened);
      log.info({ processId }, 'invitee registered');
      return { processId, title };
    },

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
