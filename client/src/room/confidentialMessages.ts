// Interface text of the confidential deliberation: the setting when the room opens, the projector link,
// and what the public sees before publication. French first; every key exists in both languages.

export const confidentialFr = {
  'confidential.open.legend': 'Visibilité de la délibération',
  'confidential.open.confidential':
    'Confidentielle : les notes et le classement restent dans le jury jusqu’à la publication des résultats (recommandé)',
  'confidential.open.public':
    'Publique : toute personne qui suit la salle voit chaque révélation en direct',
  'confidential.inProgress': 'Délibération en cours',
  'confidential.progress': 'Avancement du jury',
  'confidential.inProgress.intro':
    'La délibération est confidentielle : les notes, le classement et les lauréats restent dans le jury jusqu’à la publication des résultats.',
  'confidential.counts':
    'Dossiers examinés : {examined} sur {dossiers}. Restant à examiner : {remaining}.',
  'confidential.head': 'Le registre public compte {seq} événements ; sa dernière empreinte est :',
  'confidential.head.promise':
    'Le registre complet, publié avec les résultats, devra passer par chaque empreinte montrée pendant la délibération.',
  'confidential.projector.heading': 'Projection',
  'confidential.projector.intro':
    'Le lien de projection montre à l’écran de la salle ce que voit le jury, révélations comprises, sans les rendre publiques. Ouvrez-le sur l’ordinateur relié au projecteur ; ne le diffusez pas.',
  'confidential.projector.open': 'Ouvrir la projection',
  'confidential.projector.reopen': 'Créer un nouveau lien de projection',
  'confidential.projector.revoke': 'Révoquer le lien de projection',
  'confidential.projector.link': 'Lien de projection (valable jusqu’à sa révocation) :',
  'confidential.projector.opened':
    'Lien de projection créé. Tout lien précédent ne fonctionne plus.',
  'confidential.projector.revoked':
    'Lien de projection révoqué : l’écran de projection est déconnecté.',
  'confidential.projector.failed': 'L’action n’a pas abouti. Réessayez.',
  'confidential.projector.refused':
    'Ce lien de projection n’est pas valable : il a peut-être été révoqué. Demandez un nouveau lien à l’animateur ou l’animatrice.',
  'confidential.projector.observer':
    'Cet écran n’a pas de lien de projection : il montre la salle comme au public. Pour projeter les révélations, ouvrez la projection depuis la session de l’animateur ou de l’animatrice.',
  'confidential.withheld.download':
    'Les résultats, le registre complet et le dossier d’audit seront téléchargeables après la publication.',
  'confidential.checkpoints.download':
    'Télécharger les empreintes montrées jusqu’ici (points de contrôle, JSON)',
  'check.checkpoints': 'Empreintes montrées pendant la délibération confidentielle',
  'check.log-withheld': 'Événements retenus jusqu’à la publication',
} as const;

export const confidentialEn: Record<keyof typeof confidentialFr, string> = {
  'confidential.open.legend': 'Visibility of the deliberation',
  'confidential.open.confidential':
    'Confidential: grades and ranking stay inside the jury until the results are published (recommended)',
  'confidential.open.public': 'Public: anyone following the room sees each reveal live',
  'confidential.inProgress': 'Deliberation in progress',
  'confidential.progress': 'The jury’s progress',
  'confidential.inProgress.intro':
    'The deliberation is confidential: grades, ranking and winners stay inside the jury until the results are published.',
  'confidential.counts':
    'Dossiers examined: {examined} of {dossiers}. Still to examine: {remaining}.',
  'confidential.head': 'The public log holds {seq} events; its latest hash is:',
  'confidential.head.promise':
    'The full log, published with the results, must pass through every hash shown during the deliberation.',
  'confidential.projector.heading': 'Projection',
  'confidential.projector.intro':
    'The projector link shows the room’s screen what the jury sees, reveals included, without making them public. Open it on the computer connected to the projector; do not share it.',
  'confidential.projector.open': 'Open the projection',
  'confidential.projector.reopen': 'Create a new projector link',
  'confidential.projector.revoke': 'Revoke the projector link',
  'confidential.projector.link': 'Projector link (valid until revoked):',
  'confidential.projector.opened': 'Projector link created. Any earlier link no longer works.',
  'confidential.projector.revoked': 'Projector link revoked: the projector screen is disconnected.',
  'confidential.projector.failed': 'That did not work. Try again.',
  'confidential.projector.refused':
    'This projector link is not valid: it may have been revoked. Ask the facilitator for a new link.',
  'confidential.projector.observer':
    'This screen has no projector link: it shows the room as the public sees it. To project the reveals, open the projection from the facilitator’s session.',
  'confidential.withheld.download':
    'The results, the full log and the audit bundle can be downloaded once published.',
  'confidential.checkpoints.download': 'Download the hashes shown so far (checkpoints, JSON)',
  'check.checkpoints': 'Hashes shown during the confidential deliberation',
  'check.log-withheld': 'Events withheld until publication',
};
