// Each volunteer's own receipt, queued when the pool is committed: the receipt block (the same JSON as
// the organiser's receipts.json entry, with nothing personal beyond their own pseudonym and position),
// the link to check it on the public page, and what it proves. Spec: docs/operations.md, "Messages".

import type { MailLanguage } from '../mailQueue';
import { FOOTER, link, paragraph, preformatted, renderMail, type RenderedMail } from './layout';

/** A receipt as `/api/processes/:id/receipts.json` gives it (server/services/ceremony/importing.ts). */
export interface MailedReceipt {
  protocol: string;
  process: string;
  poolRoot: string;
  poolSize: number;
  id: string;
  index: number;
  proof: string[];
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

/** The receipt mail, in the volunteer's language. */
export function receiptMail(data: ReceiptMailData, language: MailLanguage = 'fr'): RenderedMail {
  const block = preformatted(receiptBlock(data.receipt));
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
