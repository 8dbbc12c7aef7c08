// Each volunteer's own receipt, queued when the pool is committed: the receipt block (the same JSON as
// the organiser's receipts.json entry, with nothing personal beyond their own pseudonym and position),
// the link to check it on the public page, and what it proves. Spec: docs/operations.md, "Messages".

import type { MailLanguage } from '../mailQueue';
import { FOOTER, link, paragraph, preformatted, renderMail, type RenderedMail } from './layout';

/** A receipt as `/api/processes/:id/receipts.json` gives it (server/services/ceremony/importing.ts). */
export interface MailedReceipt {
  protocol: string;
  /** 2 when the receipt carries `stageOne`: the pool came from a stage one (docs/lottery-spec.md, §18). */
  version?: number;
  process: string;
  poolRoot: string;
  poolSize: number;
  id: string;
  index: number;
  proof: string[];
  stageOne?: { recordHash: string; stratum: string; rank: number; index: number; proof: string[] };
  url: string;
}

export interface ReceiptMailData {
  name: string;
  processTitle: string;
  receipt: MailedReceipt;
  /** Where "Vérifier mon reçu" is: the process's public page. */
  checkUrl: string;
}

/** One formatter per language, made once: a commitment renders thousands of these messages. */
const COUNT = {
  fr: new Intl.NumberFormat('fr-FR'),
  en: new Intl.NumberFormat('en-GB'),
} as const;

/** The receipt as it appears in the message: indented JSON, which "Vérifier mon reçu" reads back. */
export const receiptBlock = (receipt: MailedReceipt): string => JSON.stringify(receipt, null, 2);

/** What the receipt proves of stage one, when it carries it: the invitation, and in which stratum. */
function stageOneSentence(receipt: MailedReceipt, language: MailLanguage): string[] {
  const stageOne = receipt.stageOne;
  if (stageOne === undefined) return [];
  if (language === 'en')
    return [
      stageOne.stratum === ''
        ? 'It also proves that you were among the people invited by the first draw, from the register.'
        : `It also proves that you were among the people invited by the first draw, from the register, in “${stageOne.stratum}”.`,
    ];
  return [
    stageOne.stratum === ''
      ? 'Il prouve aussi que vous faisiez partie des personnes invitées par le premier tirage, dans le registre.'
      : `Il prouve aussi que vous faisiez partie des personnes invitées par le premier tirage, dans le registre, pour « ${stageOne.stratum} ».`,
  ];
}

/** The receipt mail, in the volunteer's language. */
export function receiptMail(data: ReceiptMailData, language: MailLanguage = 'fr'): RenderedMail {
  const block = preformatted(receiptBlock(data.receipt));
  const invited = stageOneSentence(data.receipt, language).map(paragraph);
  if (language === 'en')
    return renderMail(
      'en',
      `Your receipt for the draw: ${data.processTitle}`,
      [
        paragraph(`Hello ${data.name},`),
        paragraph(
          `You are among the ${COUNT.en.format(data.receipt.poolSize)} volunteers of the citizens’ jury “${data.processTitle}”. The list of volunteers has just been sealed: from now on nobody can add, remove or move a name without it showing.`,
        ),
        paragraph(
          `Your receipt below proves that you are in that list, under the pseudonym ${data.receipt.id} (position ${data.receipt.index}). It holds no name and no address. Keep this message.`,
        ),
        ...invited,
        block,
        link(
          'To check it, open the public page of the draw, at “Check my receipt”, and paste this whole message or the receipt alone. After the draw, the same page tells you whether you were drawn:',
          data.checkUrl,
        ),
        paragraph('If you are drawn, you will receive an invitation by e-mail.'),
      ],
      FOOTER.en,
    );
  return renderMail(
    'fr',
    `Votre reçu pour le tirage au sort : ${data.processTitle}`,
    [
      paragraph(`Bonjour ${data.name},`),
      paragraph(
        `Vous faites partie des ${COUNT.fr.format(data.receipt.poolSize)} volontaires du jury citoyen « ${data.processTitle} ». La liste des volontaires vient d’être scellée : plus personne ne peut y ajouter, retirer ou déplacer un nom sans que cela se voie.`,
      ),
      paragraph(
        `Votre reçu ci-dessous prouve que vous figurez dans cette liste, sous le pseudonyme ${data.receipt.id} (position ${data.receipt.index}). Il ne contient ni nom ni adresse. Conservez ce message.`,
      ),
      ...invited,
      block,
      link(
        'Pour le vérifier, ouvrez la page publique du tirage, à « Vérifier mon reçu », et collez-y ce message entier ou le reçu seul. Après le tirage, la même page vous dira si vous avez été tiré·e au sort :',
        data.checkUrl,
      ),
      paragraph('Si vous êtes tiré·e au sort, vous recevrez une invitation par courriel.'),
    ],
    FOOTER.fr,
  );
}
