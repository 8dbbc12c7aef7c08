// The link that lets someone create their account with a role, sent by an administrator.
// Spec: docs/security.md, "Accounts and roles".

import { formatDateTime } from '../../../shared/format/formatDateTime';
import type { MailLanguage } from '../mailQueue';
import { FOOTER, link, paragraph, renderMail, type RenderedMail } from './layout';

export type AccountRole = 'administrator' | 'organiser' | 'facilitator' | 'auditor';

export interface AccountInvitationMailData {
  /** The administrator who invites, if the message should say so. */
  inviterName?: string | undefined;
  /** The roles the account will hold (at least one). */
  roles: readonly AccountRole[];
  /** The one-time link to choose a password. */
  link: string;
  /** When the link stops working (ISO). */
  expiresAt: string;
}

const ROLE: Record<MailLanguage, Record<AccountRole, string>> = {
  fr: {
    administrator: 'administrateur·rice',
    organiser: 'organisateur·rice',
    facilitator: 'animateur·rice',
    auditor: 'auditeur·rice (lecture seule)',
  },
  en: {
    administrator: 'administrator',
    organiser: 'organiser',
    facilitator: 'facilitator',
    auditor: 'auditor (read-only)',
  },
};

export function accountInvitationMail(
  data: AccountInvitationMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  const role = data.roles.map((one) => ROLE[language][one]).join(language === 'fr' ? ', ' : ', ');
  const plural = data.roles.length > 1;
  const expires = formatDateTime(data.expiresAt, language);
  if (language === 'en')
    return renderMail(
      'en',
      'Your Kleroterion account',
      [
        paragraph(
          data.inviterName === undefined
            ? `You are invited to create a Kleroterion account with the ${plural ? 'roles' : 'role'}: ${role}.`
            : `${data.inviterName} invites you to create a Kleroterion account with the ${plural ? 'roles' : 'role'}: ${role}.`,
        ),
        link(`Choose your password with this link, before ${expires}:`, data.link),
        paragraph(
          'The link works once. If you did not expect this message, ignore it: no account is created without it.',
        ),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    'Votre compte Kleroterion',
    [
      paragraph(
        data.inviterName === undefined
          ? `Vous êtes invité·e à créer un compte Kleroterion avec ${plural ? 'les rôles' : 'le rôle'} : ${role}.`
          : `${data.inviterName} vous invite à créer un compte Kleroterion avec ${plural ? 'les rôles' : 'le rôle'} : ${role}.`,
      ),
      link(`Choisissez votre mot de passe avec ce lien, avant le ${expires} :`, data.link),
      paragraph(
        'Ce lien ne sert qu’une fois. Si vous n’attendiez pas ce message, ignorez-le : aucun compte n’est créé sans lui.',
      ),
    ],
    FOOTER.fr,
  );
}
