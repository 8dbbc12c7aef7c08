// Interface text of the drand round the server fetches itself: countdown, fetched value, each relay's
// failure, and the paste fallback, in French and English.

export const beaconFr = {
  'beacon.countdown': 'Tour drand n° {round}, disponible dans {remaining}',
  'beacon.countdownHint':
    'Le serveur le récupérera de lui-même dès sa publication : rien à faire d’ici là.',
  'beacon.announceMinutes': 'Tour drand n° {round}, disponible dans {minutes} min.',
  'beacon.fetching': 'Tour drand n° {round} : récupération en cours auprès des relais drand…',
  'beacon.notYet': 'Les relais n’ont pas encore publié ce tour ; le serveur réessaie sous peu.',
  'beacon.fetched': 'Tour drand n° {round}, récupéré automatiquement.',
  'beacon.fetchedBadge': 'récupéré automatiquement',
  'beacon.value': 'Valeur (SHA-256 de la signature) :',
  'beacon.recorded':
    'Le serveur a vérifié la signature hors ligne et l’a inscrite au journal, comme une signature collée à la main.',
  'beacon.tieFetched':
    'La signature est récupérée et vérifiée : il ne reste qu’à saisir votre secret pour tirer au sort.',
  'beacon.failed': 'La récupération automatique du tour drand n° {round} a échoué :',
  'beacon.problem.timeout': '{relay} n’a pas répondu à temps ({detail})',
  'beacon.problem.unreachable': '{relay} est injoignable',
  'beacon.problem.not-yet': '{relay} n’a pas encore ce tour',
  'beacon.problem.http-status': '{relay} a répondu par une erreur ({detail})',
  'beacon.problem.malformed': '{relay} a envoyé une réponse illisible',
  'beacon.problem.wrong-round': '{relay} a envoyé un autre tour ({detail})',
  'beacon.problem.bad-signature': '{relay} a envoyé une signature qui ne se vérifie pas',
  'beacon.problem.refused': 'le serveur n’a pas pu l’inscrire au journal ({detail})',
  'beacon.nextAttempt':
    'Nouvelle tentative le {time}. Vous pouvez aussi coller la signature à la main.',
  'beacon.retry': 'Réessayer maintenant',
  'beacon.retrying': 'Nouvel essai en cours…',
  'beacon.paste': 'Coller la signature à la main',
  'beacon.pasteHint':
    'Si le serveur ne peut pas joindre drand (hors ligne), copiez la signature depuis un autre appareil et collez-la ici.',
  'beacon.off':
    'Ce serveur ne récupère pas les tours drand lui-même : collez la signature ci-dessous.',
};

export const beaconEn: Record<keyof typeof beaconFr, string> = {
  'beacon.countdown': 'drand round {round}, available in {remaining}',
  'beacon.countdownHint':
    'The server will fetch it by itself as soon as it is published: nothing to do until then.',
  'beacon.announceMinutes': 'drand round {round}, available in {minutes} min.',
  'beacon.fetching': 'drand round {round}: fetching from the drand relays…',
  'beacon.notYet': 'The relays have not published this round yet; the server tries again shortly.',
  'beacon.fetched': 'drand round {round}, fetched automatically.',
  'beacon.fetchedBadge': 'fetched automatically',
  'beacon.value': 'Value (SHA-256 of the signature):',
  'beacon.recorded':
    'The server checked the signature offline and recorded it in the log, exactly as a pasted signature.',
  'beacon.tieFetched':
    'The signature is fetched and checked: only your secret is needed to draw the lots.',
  'beacon.failed': 'Fetching drand round {round} automatically failed:',
  'beacon.problem.timeout': '{relay} did not answer in time ({detail})',
  'beacon.problem.unreachable': '{relay} cannot be reached',
  'beacon.problem.not-yet': '{relay} does not have this round yet',
  'beacon.problem.http-status': '{relay} answered with an error ({detail})',
  'beacon.problem.malformed': '{relay} sent an unreadable answer',
  'beacon.problem.wrong-round': '{relay} sent another round ({detail})',
  'beacon.problem.bad-signature': '{relay} sent a signature that does not verify',
  'beacon.problem.refused': 'the server could not record it ({detail})',
  'beacon.nextAttempt': 'Next attempt on {time}. You can also paste the signature by hand.',
  'beacon.retry': 'Try again now',
  'beacon.retrying': 'Trying again…',
  'beacon.paste': 'Paste the signature by hand',
  'beacon.pasteHint':
    'If the server cannot reach drand (offline), copy the signature from another device and paste it here.',
  'beacon.off': 'This server does not fetch drand rounds itself: paste the signature below.',
};
