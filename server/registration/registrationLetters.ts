// The invitees' letters: every invitee's code issued in one transaction (their e-mails queued in it), then
// their letters streamed as a PDF. Every address is checked before any code is issued.

import type { Writable } from 'node:stream';
import { ErrorCode, KleroterionError } from '../../shared/errors';
import { checkAddressLines } from '../letters/addressLines';
import { writeInvitationLetters } from '../letters/writeInvitationLetters';
import type { MailQueue } from '../mail/mailQueue';
import type { Clock, Log } from '../ports';
import type { RegisterContact, RegisterImport } from '../repositories/registerRepository';
import type { RegistrationCodes } from './registrationCodes';
import { queueRegistrationInvitations } from './registrationInvitationMails';

export interface LettersRequest {
  description: string;
  organiserName: string;
  replyBy?: Date | undefined;
  language?: 'fr' | 'en';
}

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

/**
 * Issues every invitee's code and returns the writer of their letters, to stream as the answer.
 * Invitees who already registered get no new letter.
 * @throws KleroterionError TRANSITION_REFUSED when an invitee is not in the register in use
 */
export function issueLetters(
  deps: {
    clock: Clock;
    log: Log;
    mailQueue: MailQueue;
    codes: RegistrationCodes;
    contactsOf: (importNo: number, ids: readonly string[]) => RegisterContact[];
  },
  input: {
    processId: string;
    title: string;
    baseUrl: string;
    register: RegisterImport;
    inviteeIds: readonly string[];
    request: LettersRequest;
  },
): { letters: number; write: (out: Writable) => Promise<unknown> } {
  const { clock, log, mailQueue, codes } = deps;
  const { processId, title, baseUrl, request, inviteeIds: ids } = input;
  const contacts = new Map(
    deps.contactsOf(input.register.importNo, ids).map((contact) => [contact.pseudoId, contact]),
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
      if (contact === undefined) throw new Error(`invitee ${registerId} is not in the register`);
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
}
