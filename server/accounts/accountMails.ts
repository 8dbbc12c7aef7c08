// Interim bodies of the account e-mails (invitation, password reset), French and English. The messages
// part provides the house templates (accountInvitationMail / passwordResetMail); these are swapped for them.

import type { MailLanguage } from '../mail/mailQueue';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const ROLE_NAMES: Record<MailLanguage, Record<string, string>> = {
  fr: {
    administrator: 'administration des comptes',
    organiser: 'organisation',
    facilitator: 'animation des séances',
    auditor: 'audit (lecture seule)',
  },
  en: {
    administrator: 'account administration',
    organiser: 'organising',
    facilitator: 'facilitating sessions',
    auditor: 'audit (read-only)',
  },
};

const parisTime = (date: Date, language: MailLanguage) =>
  `${new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date)}${language === 'fr' ? ', heure de Paris' : ', Paris time'}`;

function compose(subject: string, lines: string[], url: string) {
  const text = [...lines, '', url, ''].join('\n');
  const html = `<p>${lines.map(escapeHtml).join('</p><p>')}</p><p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>`;
  return { subject, text, html };
}

export function accountInvitationMail(
  language: MailLanguage,
  url: string,
  roles: readonly string[],
  expiresAt: Date,
) {
  const roleList = roles.map((role) => ROLE_NAMES[language][role] ?? role).join(', ');
  return language === 'fr'
    ? compose(
        'Votre compte sur la console Kleroterion',
        [
          'Bonjour,',
          `Un compte a été créé pour vous sur la console Kleroterion (rôles : ${roleList}).`,
          `Choisissez votre nom et votre mot de passe avec ce lien, valable une seule fois, jusqu’au ${parisTime(expiresAt, language)} :`,
        ],
        url,
      )
    : compose(
        'Your account on the Kleroterion console',
        [
          'Hello,',
          `An account was created for you on the Kleroterion console (roles: ${roleList}).`,
          `Choose your name and password with this link, usable once, until ${parisTime(expiresAt, language)}:`,
        ],
        url,
      );
}

export function passwordResetMail(language: MailLanguage, url: string, expiresAt: Date) {
  return language === 'fr'
    ? compose(
        'Nouveau mot de passe pour la console Kleroterion',
        [
          'Bonjour,',
          'Une administratrice ou un administrateur vous a envoyé un lien pour choisir un nouveau mot de passe.',
          `Il est valable une seule fois, jusqu’au ${parisTime(expiresAt, language)} :`,
        ],
        url,
      )
    : compose(
        'New password for the Kleroterion console',
        [
          'Hello,',
          'An administrator sent you a link to choose a new password.',
          `It is usable once, until ${parisTime(expiresAt, language)}:`,
        ],
        url,
      );
}
