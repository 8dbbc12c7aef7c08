// The one reminder an invitee who has not answered receives before their reply deadline, with a fresh
// personal link (only hashes of links are kept). Spec: docs/operations.md, "Messages".

import { formatDateTime } from '../../../shared/format/formatDateTime';
import type { ServiceDetails } from '../../../shared/process/serviceDetails';
import type { MailLanguage } from '../mailQueue';
import { serviceFacts } from './invitation';
import { FOOTER, link, paragraph, renderMail, type RenderedMail } from './layout';

export interface InvitationReminderMailData {
  name: string;
  processTitle: string;
  seat: number;
  deadline: string;
  link: string;
  service?: ServiceDetails | undefined;
}

/** The reminder, in the invitee's language. */
export function invitationReminderMail(
  data: InvitationReminderMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  const deadline = formatDateTime(data.deadline, language);
  const service = serviceFacts(data.service, language);
  if (language === 'en')
    return renderMail(
      'en',
      `Reminder: please answer by ${deadline} (${data.processTitle})`,
      [
        paragraph(`Hello ${data.name},`),
        paragraph(
          `You were drawn by lot for the citizens’ jury “${data.processTitle}” (seat ${data.seat}) and we have not received your answer yet.`,
        ),
        ...(service.length === 0 ? [] : [paragraph('What serving involves:'), ...service]),
        link(`Please accept or decline before ${deadline}:`, data.link),
        paragraph(
          'Without an answer, your seat passes to the next person drawn. This link is personal: do not pass it on.',
        ),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    `Rappel : merci de répondre avant le ${deadline} (${data.processTitle})`,
    [
      paragraph(`Bonjour ${data.name},`),
      paragraph(
        `Vous avez été tiré·e au sort pour le jury « ${data.processTitle} » (siège ${data.seat}) et nous n’avons pas encore reçu votre réponse.`,
      ),
      ...(service.length === 0
        ? []
        : [paragraph('Ce que la participation représente :'), ...service]),
      link(`Merci d’accepter ou de décliner avant le ${deadline} :`, data.link),
      paragraph(
        'Sans réponse, votre siège passe à la personne suivante tirée au sort. Ce lien est personnel : ne le transmettez pas.',
      ),
    ],
    FOOTER.fr,
  );
}
