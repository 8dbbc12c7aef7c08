// The words of the invitation letter (and of its e-mail), in French first and in English. Plain language
// for every reader: short sentences, one instruction per step, no jargon about lotteries or proofs.

export type LetterLanguage = 'fr' | 'en';

export interface LetterWords {
  /** "Le 5 décembre 2026" */
  dated: (date: string) => string;
  subject: (title: string) => string;
  greeting: string;
  drawn: (title: string) => string;
  aboutIt: string;
  freeChoice: (replyBy: string | undefined) => string;
  howTo: string;
  stepGo: string;
  stepCode: string;
  stepScan: string;
  yourCode: string;
  codeNote: string;
  privacy: string;
  sender: string;
  /** The e-mail's own words: the one-click link, the fallback, and where the address comes from. */
  mailLink: string;
  mailOr: string;
  mailPrivacy: string;
}

export const LETTER_WORDS: Readonly<Record<LetterLanguage, LetterWords>> = {
  fr: {
    dated: (date) => `Le ${date}`,
    subject: (title) => `Invitation : ${title}`,
    greeting: 'Madame, Monsieur,',
    drawn: (title) =>
      `Vous avez été tiré(e) au sort pour être invité(e) à participer à : ${title}.`,
    aboutIt: 'De quoi s’agit-il ?',
    freeChoice: (replyBy) =>
      `Cette invitation ne vous engage à rien. Si vous souhaitez participer, inscrivez-vous${
        replyBy === undefined ? '' : ` avant le ${replyBy}`
      }. Parmi les personnes inscrites, un second tirage au sort, public et vérifiable, désignera les participants.`,
    howTo: 'Pour vous inscrire',
    stepGo: '1. Allez sur le site :',
    stepCode: '2. Saisissez votre code personnel (ci-dessus).',
    stepScan:
      'Ou scannez ce carré avec l’appareil photo de votre téléphone : il ouvre la page avec votre code.',
    yourCode: 'Votre code personnel',
    codeNote: 'Il ne sert qu’une fois. Ne le donnez à personne.',
    privacy:
      'Votre adresse a été tirée au sort dans la liste indiquée par l’organisateur ; elle ne sert qu’à cet envoi.',
    sender: 'Expéditeur',
    mailLink: 'Pour vous inscrire, ouvrez votre lien personnel :',
    mailOr: 'Ou allez sur le site et saisissez votre code personnel :',
    mailPrivacy:
      'Vous recevez ce message parce que votre adresse a été tirée au sort dans la liste indiquée par l’organisateur ; elle ne sert qu’à cet envoi. Vous recevez aussi cette invitation par courrier.',
  },
  en: {
    dated: (date) => date,
    subject: (title) => `Invitation: ${title}`,
    greeting: 'Dear Sir or Madam,',
    drawn: (title) => `You have been drawn by lot to be invited to take part in: ${title}.`,
    aboutIt: 'What is it about?',
    freeChoice: (replyBy) =>
      `This invitation commits you to nothing. If you wish to take part, please register${
        replyBy === undefined ? '' : ` by ${replyBy}`
      }. Among those who register, a second public and verifiable draw will choose the participants.`,
    howTo: 'How to register',
    stepGo: '1. Go to the website:',
    stepCode: '2. Enter your personal code (above).',
    stepScan: 'Or scan this square with your phone’s camera: it opens the page with your code.',
    yourCode: 'Your personal code',
    codeNote: 'It works only once. Do not give it to anyone.',
    privacy:
      'Your address was drawn by lot from the list named by the organiser; it is used for this mailing only.',
    sender: 'Sender',
    mailLink: 'To register, open your personal link:',
    mailOr: 'Or go to the website and enter your personal code:',
    mailPrivacy:
      'You receive this message because your address was drawn by lot from the list named by the organiser; it is used for this mailing only. You also receive this invitation by post.',
  },
};

/** The date as a letter writes it: "5 décembre 2026" (Paris time) or "5 December 2026". */
export function letterDate(date: Date, language: LetterLanguage): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(date);
}
