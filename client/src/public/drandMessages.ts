// Interface text for drand rounds (when one is produced, with a live countdown) and the minimum delay
// before a commitment's round, in French and English.

export const drandFr = {
  'drand.expected': 'attendu le {time}',
  'drand.produced': 'produit le {time}',
  'drand.countdown': '(dans {remaining})',
  'drand.minutes': '{n} minute(s)',
  'drand.seconds': '{n} seconde(s)',
  'drand.delayMinimum':
    'Minimum fixé par le serveur : {minimum}. Le tour doit être produit bien après la publication de l’engagement, pour que personne ne puisse le connaître à l’avance.',
  'drand.delayTooShort':
    'Le délai avant le tour drand doit être d’au moins {minimum} : un délai plus court est refusé, jamais allongé en silence.',
  'drand.delayRefused':
    'Le serveur a refusé ce délai : il est inférieur au minimum. Rien n’a été publié ; choisissez un délai plus long.',
};

export const drandEn: Record<keyof typeof drandFr, string> = {
  'drand.expected': 'expected on {time}',
  'drand.produced': 'produced on {time}',
  'drand.countdown': '(in {remaining})',
  'drand.minutes': '{n} minute(s)',
  'drand.seconds': '{n} second(s)',
  'drand.delayMinimum':
    'Minimum set by the server: {minimum}. The round must be produced well after the commitment is published, so that nobody can know it in advance.',
  'drand.delayTooShort':
    'The delay before the drand round must be at least {minimum}: a shorter delay is refused, never lengthened silently.',
  'drand.delayRefused':
    'The server refused this delay: it is below the minimum. Nothing was published; choose a longer delay.',
};
