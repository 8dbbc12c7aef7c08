import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase';
import { createMailQueue } from '../mail/mailQueue';
import type { Clock, Random } from '../ports';
import { KleroterionError } from '../../shared/errors';
import { createRegistrationCodes } from './registrationCodes';
import { queueRegistrationInvitations } from './registrationInvitationMails';

const clock: Clock = { now: () => new Date('2026-12-01T09:00:00Z') };
const random: Random = { bytes: (length) => new Uint8Array(randomBytes(length)) };
const PROCESS = {
  processId: 'p-1',
  title: 'Assemblée citoyenne de Villeneuve',
  description: 'Quarante habitants tirés au sort proposent des mesures sur les transports.',
  baseUrl: 'https://jury.villeneuve.fr',
  replyBy: new Date('2027-01-15T12:00:00Z'),
};
// The register's e-mail addresses: some invitees have none.
const EMAILS: Record<string, string> = { 'reg-a': 'ada@example.org', 'reg-c': 'cy@example.org' };

function fresh() {
  const db = openDatabase(':memory:');
  const mailQueue = createMailQueue(db, clock);
  const codes = createRegistrationCodes(db, clock, random);
  const onIssued = queueRegistrationInvitations(mailQueue, PROCESS, (id) => EMAILS[id]);
  return { db, mailQueue, codes, onIssued };
}

describe('the e-mail invitations of stage one', () => {
  it('are queued with the codes, one per invitee with an address, carrying their code and link', () => {
    const { mailQueue, codes, onIssued } = fresh();
    const { issued } = codes.issue('p-1', ['reg-a', 'reg-b', 'reg-c'], onIssued);
    const mails = mailQueue.due();
    expect(mails.map((mail) => [mail.to, mail.recipientRef])).toEqual([
      ['ada@example.org', 'reg-a'],
      ['cy@example.org', 'reg-c'],
    ]);
    for (const mail of mails) {
      const { code } = issued.find((entry) => entry.registerId === mail.recipientRef)!;
      expect(mail.kind).toBe('registrationInvitation');
      expect(mail.language).toBe('fr');
      expect(mail.subject).toBe('Invitation : Assemblée citoyenne de Villeneuve');
      expect(mail.text).toContain(code);
      expect(mail.text).toContain(`https://jury.villeneuve.fr/inscription?code=${code}`);
      expect(mail.text).toContain('inscrivez-vous avant le 15 janvier 2027');
      expect(mail.html).toContain(`<a href="https://jury.villeneuve.fr/inscription?code=${code}">`);
      // Nobody else's code is in it.
      for (const other of issued)
        if (other.code !== code) expect(mail.text).not.toContain(other.code);
    }
  });

  it('are not queued when the codes are not stored', () => {
    const { db, mailQueue, codes, onIssued } = fresh();
    expect(() => codes.issue('p-1', ['reg-a', 'reg-c', 'reg-a'], onIssued)).toThrow(
      KleroterionError,
    );
    expect(mailQueue.due()).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM registration_codes').get()).toEqual({ n: 0 });
  });
});
