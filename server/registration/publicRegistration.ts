// The public side of registration (/inscription): the form a typed code opens, without spending it, and
// the registration itself, whose code is spent in the transaction that stores the invitee. A refused
// code, an unconfirmed eligibility or consent, or an attribute outside the form changes nothing.

import { ErrorCode, KleroterionError } from '../../shared/errors';
import {
  hashRegistrationCode,
  normaliseRegistrationCode,
} from '../../shared/registration/registrationCode';
import type { Db } from '../db/openDatabase';
import type { Clock, Log } from '../ports';
import type { RegistrationCodesRepository } from '../repositories/registrationCodesRepository';
import type {
  RegistrationForm,
  RegistrationsRepository,
} from '../repositories/registrationsRepository';
import type { RegistrationCodes } from './registrationCodes';
import { invalid } from './stageOneAcceptance';

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

export function createPublicRegistration(deps: {
  db: Db;
  clock: Clock;
  log: Log;
  repository: RegistrationsRepository;
  codes: RegistrationCodes;
  codeRows: RegistrationCodesRepository;
  requireTitle: (processId: string) => string;
}) {
  const { db, clock, log, repository, codes, codeRows, requireTitle } = deps;

  const requireOpenForm = (processId: string): RegistrationForm => {
    const form = repository.form(processId);
    if (form === undefined)
      throw new KleroterionError(ErrorCode.NotFound, 'registration is not open for this process');
    if (form.closedAt !== null)
      throw new KleroterionError(ErrorCode.TransitionRefused, 'registration is closed');
    return form;
  };

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
    return { processId, title: requireTitle(processId), form: requireOpenForm(processId) };
  }

  return {
    requireOpenForm,
    openWith,

    /** What the public page shows: the process's title and the form. */
    publicForm(processId: string): { title: string; form: RegistrationForm } {
      const title = requireTitle(processId);
      return { title, form: requireOpenForm(processId) };
    },

    /** Whether invitees may register now (the public page links to /inscription then). */
    isOpen(processId: string): boolean {
      requireTitle(processId);
      const form = repository.form(processId);
      return form !== undefined && form.closedAt === null && codes.counts(processId).issued > 0;
    },

    /**
     * Registers an invitee: their code is spent in the transaction that stores them.
     * @throws KleroterionError REGISTRATION_CODE_MALFORMED | _UNKNOWN | _USED, INVALID_ARGUMENT
     */
    register(input: RegistrationInput): { processId: string; title: string } {
      const { processId, title, form } = openWith(input.code);
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
      registerOne(processId, input, form);
      log.info({ processId }, 'invitee registered');
      return { processId, title };
    },
  };
}
