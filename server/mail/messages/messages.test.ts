import { describe, expect, it } from 'vitest';
import { accountInvitationMail } from './accountInvitation';
import { applicationConfirmationMail } from './applicationConfirmation';
import { applicationDecisionMail } from './applicationDecision';
import { invitationMail } from './invitation';
import { invitationReminderMail } from './invitationReminder';
import { escapeHtml, type RenderedMail } from './layout';
import { passwordResetMail } from './passwordReset';
import { receiptMail, type MailedReceipt } from './receipt';
import { registrationInvitationMail } from './registrationInvitation';
import { reviewerInvitationMail } from './reviewerInvitation';

const HOSTILE = '<script>alert("x")</script> & Cie';
const receipt: MailedReceipt = {
  protocol: 'kleroterion-draw/1',
  process: 'abc123',
  poolRoot: 'a'.repeat(64),
  poolSize: 2000,
  id: 'V-7F3A',
  index: 41,
  proof: ['b'.repeat(64), 'c'.repeat(64)],
  url: 'https://jury.example/p/abc123',
};
const service = {
  sessions: [{ startsAt: '2026-12-05T09:00:00+01:00', endsAt: '2026-12-05T17:00:00+01:00' }],
  place: 'Salle des fêtes, 1 place de la Mairie',
  compensation: '80 € par séance',
};

/** Every message, with a hostile value in each free-text field, in the given language. */
function everyMessage(language: 'fr' | 'en'): Record<string, RenderedMail> {
  return {
    invitation: invitationMail(
      {
        name: HOSTILE,
        processTitle: HOSTILE,
        seat: 3,
        deadline: '2026-12-04T17:00:00Z',
        link: 'https://jury.example/i/tok',
        publicPage: 'https://jury.example/p/abc123',
        service,
      },
      language,
    ),
    reminder: invitationReminderMail(
      {
        name: HOSTILE,
        processTitle: HOSTILE,
        seat: 3,
        deadline: '2026-12-04T17:00:00Z',
        link: 'https://jury.example/i/tok2',
        service,
      },
      language,
    ),
    receipt: receiptMail(
      { name: HOSTILE, processTitle: HOSTILE, receipt, checkUrl: 'https://jury.example/p/abc123' },
      language,
    ),
    confirmation: applicationConfirmationMail(
      {
        leadName: HOSTILE,
        projectName: HOSTILE,
        callTitle: HOSTILE,
        ref: 'AIC-2026-001',
        link: 'https://jury.example/candidature/t',
      },
      language,
    ),
    decision: applicationDecisionMail(
      {
        leadName: HOSTILE,
        projectName: HOSTILE,
        ref: 'AIC-2026-001',
        callTitle: HOSTILE,
        admissible: false,
        reason: 'vague',
        reasonText: HOSTILE,
        statusUrl: 'https://jury.example/candidature/t2',
      },
      language,
    ),
    reviewer: reviewerInvitationMail(
      { name: HOSTILE, callTitle: HOSTILE, link: 'https://jury.example/relecture/r' },
      language,
    ),
    account: accountInvitationMail(
      {
        inviterName: HOSTILE,
        roles: ['organiser'],
        link: 'https://jury.example/compte/x',
        expiresAt: '2026-12-06T12:00:00Z',
      },
      language,
    ),
    registration: registrationInvitationMail(
      {
        processTitle: HOSTILE,
        description: HOSTILE,
        code: '7K2M-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01',
        registrationPage: 'https://jury.example/inscription',
        registrationLink:
          'https://jury.example/inscription?code=7K2M-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01',
        replyBy: new Date('2027-01-15T12:00:00Z'),
      },
      language,
    ),
    reset: passwordResetMail(
      { link: 'https://jury.example/compte/y', expiresAt: '2026-12-06T12:00:00Z' },
      language,
    ),
  };
}

describe('the messages', () => {
  for (const language of ['fr', 'en'] as const)
    it(`escape every interpolated value in the HTML part, keep the text part verbatim (${language})`, () => {
      for (const [name, mail] of Object.entries(everyMessage(language))) {
        expect(mail.html, name).not.toContain('<script>');
        expect(mail.html, name).toMatch(/^<!DOCTYPE html>\n<html lang="(fr|en)">/);
        expect(mail.html, name).toContain(`<html lang="${language}">`);
        if (name !== 'reset') {
          expect(mail.html, name).toContain(escapeHtml(HOSTILE));
          expect(mail.text, name).toContain(HOSTILE);
        }
        // Readable without images, styles or scripts.
        expect(mail.html, name).not.toMatch(/<img|<style|<script|<link/i);
        expect(
          mail.html.replace('<pre style="white-space: pre-wrap; word-break: break-all">', ''),
          name,
        ).not.toContain('style=');
        expect(mail.subject, name).not.toMatch(/[\r\n]/);
      }
    });

  it('say the same in the text and HTML parts: every link appears in both', () => {
    for (const mail of Object.values(everyMessage('fr'))) {
      // Links outside the receipt block (whose JSON names the public page as data, not as a link).
      const prose = mail.text.replace(/\{[\s\S]*\}/, '');
      const links = prose.match(/https:\/\/jury\.example\/\S+/g) ?? [];
      expect(links.length).toBeGreaterThan(0);
      for (const url of links) expect(mail.html).toContain(`<a href="${escapeHtml(url)}">`);
    }
  });

  it('speak French by default and English when asked, dates with their zone', () => {
    const fr = invitationMail({
      name: 'Camille',
      processTitle: 'Budget participatif',
      seat: 3,
      deadline: '2026-12-04T17:00:00Z',
      link: 'https://jury.example/i/tok',
      publicPage: 'https://jury.example/p/abc123',
      service,
    });
    expect(fr.subject).toBe('Vous avez été tiré·e au sort : Budget participatif');
    expect(fr.text).toContain('4 décembre 2026 à 18:00, heure de Paris');
    expect(fr.text).toContain('Salle des fêtes, 1 place de la Mairie');
    expect(fr.text).toContain('80 € par séance');
    expect(fr.text).toContain('Séances\u00a0: 5 décembre 2026, de 09:00 à 17:00, heure de Paris');
    expect(
      invitationMail(
        {
          name: 'Camille',
          processTitle: 'Budget participatif',
          seat: 3,
          deadline: '2026-12-04T17:00:00Z',
          link: 'https://jury.example/i/tok',
          publicPage: 'https://jury.example/p/abc123',
          service: { sessions: [{ startsAt: '2026-12-05T09:00:00+01:00' }] },
        },
        'en',
      ).text,
    ).toContain('Sessions: 5 December 2026 at 09:00, Paris time');
    const en = everyMessage('en');
    expect(en.invitation!.text).toContain('4 December 2026 at 18:00, Paris time');
    expect(en.invitation!.subject).toMatch(/^You have been drawn by lot/);
    for (const [name, mail] of Object.entries(en))
      expect(mail.text, name).not.toMatch(/Bonjour|Merci|Vous |votre /);
    for (const [name, mail] of Object.entries(everyMessage('fr')))
      expect(mail.text, name).not.toMatch(/\bHello\b|\bPlease\b|\byour\b/);
  });

  it('turn a subject with line breaks (header injection) into one line', () => {
    const mail = reviewerInvitationMail({
      name: 'Agnès',
      callTitle: 'Appel\r\nBcc: victim@example.org',
      link: 'https://jury.example/relecture/r',
    });
    expect(mail.subject).toBe('Relecture des candidatures : Appel Bcc: victim@example.org');
  });

  it('show a link that is not http(s) as text, never as an anchor', () => {
    const mail = reviewerInvitationMail({
      name: 'Agnès',
      callTitle: 'Appel',
      link: 'javascript:alert(1)',
    });
    expect(mail.html).not.toContain('<a ');
    expect(mail.html).toContain('javascript:alert(1)');
  });

  it('put in a receipt mail the volunteer’s own receipt and nothing of anyone else', () => {
    const mail = receiptMail({
      name: 'Camille Martin',
      processTitle: 'Budget participatif',
      receipt,
      checkUrl: 'https://jury.example/p/abc123#receipt-heading',
    });
    expect(mail.text).toContain(JSON.stringify(receipt, null, 2));
    expect(mail.text).toMatch(/2\u202f000 volontaires/);
    expect(mail.text).toContain('https://jury.example/p/abc123#receipt-heading');
    // The receipt block holds exactly the receipt's fields: no name, no address.
    const block = /\{[\s\S]*\}/.exec(mail.text)![0];
    expect(Object.keys(JSON.parse(block) as object).sort()).toEqual(Object.keys(receipt).sort());
    expect(block).not.toContain('Camille');
    expect(mail.text.match(/Camille/g)).toHaveLength(1);
  });

  it('say in a version-2 receipt mail that it proves the invitation too, naming the stratum', () => {
    const stageOne = {
      recordHash: '12'.repeat(32),
      stratum: 'Ain',
      rank: 2,
      index: 6,
      proof: ['34'.repeat(32)],
    };
    const two = { ...receipt, version: 2, stageOne };
    const data = {
      name: 'Camille Martin',
      processTitle: 'Convention',
      receipt: two,
      checkUrl: 'u',
    };
    const fr = receiptMail(data);
    expect(fr.text).toContain(
      'Il prouve aussi que vous faisiez partie des personnes invitées par le premier tirage, dans le registre, pour « Ain ».',
    );
    expect(JSON.parse(/\{[\s\S]*\}/.exec(fr.text)![0])).toEqual(two);
    expect(receiptMail(data, 'en').text).toContain(
      'It also proves that you were among the people invited by the first draw, from the register, in “Ain”.',
    );
    const plain = receiptMail({
      ...data,
      receipt: { ...two, stageOne: { ...stageOne, stratum: '' } },
    });
    expect(plain.text).toContain(
      'Il prouve aussi que vous faisiez partie des personnes invitées par le premier tirage, dans le registre.',
    );
    // A version-1 receipt's mail says nothing of a stage one.
    expect(receiptMail({ ...data, receipt }).text).not.toContain('premier tirage');
  });

  it('name the role and the expiry in an account invitation, and the inviter only when given', () => {
    const anonymous = accountInvitationMail({
      roles: ['auditor'],
      link: 'https://jury.example/compte/x',
      expiresAt: '2026-12-06T12:00:00Z',
    });
    expect(anonymous.text).toContain('auditeur·rice (lecture seule)');
    expect(anonymous.text).toContain('6 décembre 2026 à 13:00, heure de Paris');
    expect(anonymous.text).toMatch(/^Vous êtes invité·e/);
  });
});
