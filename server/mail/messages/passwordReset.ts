// The link an administrator issues so that an account holder chooses a new password.
// Spec: docs/security.md, "Accounts and roles".

import { formatDateTime } from '../../../shared/format/formatDateTime';
import type { MailLanguage } from '../mailQueue';
import { FOOTER, link, paragraph, renderMail, type RenderedMail } from './layout';

export interface PasswordResetMailData {
  /** The one-time link to choose a new password. */
  link: string;
  /** When the link stops working (ISO). */
  expiresAt: string;
}

export function passwordResetMail(
  data: PasswordResetMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  const expires = formatDateTime(data.expiresAt, language);
  if (language === 'en')
    return renderMail(
      'en',
      'Choose a new Kleroterion password',
      [
        paragraph('An administrator has issued a link for you to choose a new password.'),
        link(`Use it before ${expires}:`, data.link),
        paragraph(
          'The link works once. Your current password keeps working until you choose a new one. If you did not ask for this, tell your administrator.',
        ),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    'Choisir un nouveau mot de passe Kleroterion',
    [
      paragraph(
        'Un·e administrateur·rice a émis un lien pour que vous choisissiez un nouveau mot de passe.',
      ),
      link(`Utilisez-le avant le ${expires} :`, data.link),
      paragraph(
        'Ce lien ne sert qu’une fois. Votre mot de passe actuel reste valable tant que vous n’en avez pas choisi un nouveau. Si vous n’avez rien demandé, prévenez votre administrateur·rice.',
      ),
    ],
    FOOTER.fr,
  );
}
