// The invitation a drawn volunteer receives: the seat, what serving involves (as the organiser stated it),
// the reply deadline with its zone, and their personal link. Spec: docs/operations.md, "Messages".

import {
  formatDateTime,
  formatDay,
  formatTime,
  parisDayKey,
} from '../../../shared/format/formatDateTime';
import type { ServiceDetails } from '../../../shared/process/serviceDetails';
import type { MailLanguage } from '../mailQueue';
import {
  facts,
  FOOTER,
  link,
  paragraph,
  renderMail,
  type MailBlock,
  type RenderedMail,
} from './layout';

export interface InvitationMailData {
  /** The invitee's own name (the only personal data in the message). */
  name: string;
  processTitle: string;
  seat: number;
  /** The reply deadline (ISO). */
  deadline: string;
  /** The personal answer link, /i/<token>. */
  link: string;
  /** The process's public page, where the draw can be checked. */
  publicPage: string;
  /** What serving involves, if the organiser described it. */
  service?: ServiceDetails | undefined;
}

const LABELS = {
  fr: {
    sessions: 'Séances',
    duration: 'Durée',
    place: 'Lieu',
    videoLink: 'Lien de visioconférence',
    compensation: 'Indemnisation',
    contact: 'Contact',
    to: 'jusqu’à',
    from: 'de',
    until: 'à',
    separator: ' ; ',
  },
  en: {
    sessions: 'Sessions',
    duration: 'Duration',
    place: 'Place',
    videoLink: 'Video link',
    compensation: 'Compensation',
    contact: 'Contact',
    to: 'until',
    from: 'from',
    until: 'to',
    separator: '; ',
  },
} as const;

/** A session: "5 décembre 2026, de 09:00 à 17:00, heure de Paris" when it ends the same day. */
function sessionText(
  session: { startsAt: string; endsAt?: string | undefined },
  language: MailLanguage,
): string {
  const labels = LABELS[language];
  if (session.endsAt === undefined) return formatDateTime(session.startsAt, language);
  if (parisDayKey(session.startsAt) !== parisDayKey(session.endsAt))
    return `${formatDateTime(session.startsAt, language)} ${labels.to} ${formatDateTime(session.endsAt, language)}`;
  const start = formatTime(session.startsAt, language).split(',')[0] ?? '';
  return `${formatDay(session.startsAt, language)}, ${labels.from} ${start} ${labels.until} ${formatTime(session.endsAt, language)}`;
}

/** What serving involves, as a list of facts (empty when the organiser gave none). */
export function serviceFacts(
  service: ServiceDetails | undefined,
  language: MailLanguage,
): MailBlock[] {
  if (service === undefined) return [];
  const labels = LABELS[language];
  const items: { label: string; value: string }[] = [];
  if (service.sessions !== undefined && service.sessions.length > 0)
    items.push({
      label: labels.sessions,
      value: service.sessions
        .map((session) => sessionText(session, language))
        .join(labels.separator),
    });
  for (const key of ['duration', 'place', 'videoLink', 'compensation', 'contact'] as const) {
    const value = service[key];
    if (value !== undefined) items.push({ label: labels[key], value });
  }
  return items.length === 0 ? [] : [facts(items)];
}

/** The invitation, in French unless the volunteer chose English. */
export function invitationMail(
  data: InvitationMailData,
  language: MailLanguage = 'fr',
): RenderedMail {
  const deadline = formatDateTime(data.deadline, language);
  const service = serviceFacts(data.service, language);
  if (language === 'en')
    return renderMail(
      'en',
      `You have been drawn by lot: ${data.processTitle}`,
      [
        paragraph(`Hello ${data.name},`),
        paragraph(
          `You have been drawn by lot to sit on the citizens’ jury “${data.processTitle}” (seat ${data.seat}).`,
        ),
        ...(service.length === 0 ? [] : [paragraph('What serving involves:'), ...service]),
        link(`Please answer before ${deadline}, on your personal page:`, data.link),
        paragraph(
          'If you do not answer in time, your seat passes to the next person drawn. This link is personal: do not pass it on.',
        ),
        link('The draw is public and can be checked by anyone:', data.publicPage),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    `Vous avez été tiré·e au sort : ${data.processTitle}`,
    [
      paragraph(`Bonjour ${data.name},`),
      paragraph(
        `Vous avez été tiré·e au sort pour siéger au jury « ${data.processTitle} » (siège ${data.seat}).`,
      ),
      ...(service.length === 0
        ? []
        : [paragraph('Ce que la participation représente :'), ...service]),
      link(`Merci de répondre avant le ${deadline}, sur votre page personnelle :`, data.link),
      paragraph(
        'Sans réponse dans ce délai, votre siège passe à la personne suivante tirée au sort. Ce lien est personnel : ne le transmettez pas.',
      ),
      link('Le tirage est public et chacun peut le vérifier :', data.publicPage),
    ],
    FOOTER.fr,
  );
}
