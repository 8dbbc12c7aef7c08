// Interface text of the console's stage-one draw (commit, reveal, draw the invitations), in French and
// English.

export const stageOneDrawFr = {
  'stageOneDraw.heading': 'Tirage des invitations (étape 1)',
  'stageOneDraw.intro':
    'Tirez ici les invitations parmi les entrées du registre importé, comme le tirage du jury : publiez d’abord l’engagement (le nombre d’invitations, leur répartition par strate et les sources de hasard), révélez ensuite chaque source, puis lancez le tirage. Son registre est vérifié comme un fichier déposé, puis sert aux inscriptions ci-dessous.',
  'stageOneDraw.needRegister':
    'Importez d’abord le registre : les invitations sont tirées parmi ses identifiants.',
  'stageOneDraw.locked':
    'Les codes d’inscription ont été émis : le tirage des invitations ne peut plus changer.',
  'stageOneDraw.invitations': 'Nombre d’invitations',
  'stageOneDraw.invitationsHint':
    'De 1 000 à 20 000 pour un vrai processus ; un petit nombre convient pour un essai. Au plus {rows}, le nombre d’entrées du registre.',
  'stageOneDraw.invitationsField': 'le nombre d’invitations',
  'stageOneDraw.allocation': 'Répartition des invitations entre les strates',
  'stageOneDraw.allocationHint':
    'Elle est publiée dans l’engagement, avant que quiconque puisse connaître le résultat.',
  'stageOneDraw.proportional': 'Proportionnelle à la taille de chaque strate (plus forts restes)',
  'stageOneDraw.set': 'Fixée par vous, strate par strate',
  'stageOneDraw.tableCaption': 'Invitations par strate',
  'stageOneDraw.stratum': 'Strate',
  'stageOneDraw.entries': 'Entrées du registre',
  'stageOneDraw.perStratum': 'Invitations',
  'stageOneDraw.stratumField': 'Invitations pour la strate {name} ({size} entrées)',
  'stageOneDraw.stratumFieldName': 'les invitations de la strate {name}',
  'stageOneDraw.total': 'Total : {sum} invitations sur {k}.',
  'stageOneDraw.previewNeedK':
    'Indiquez le nombre d’invitations pour voir leur répartition, strate par strate.',
  'stageOneDraw.allocationSum':
    'La répartition totalise {sum} invitations ; elle doit en totaliser {k}, le nombre d’invitations.',
  'stageOneDraw.wholeRegister':
    'Le registre n’a pas de strate : les invitations sont tirées parmi ses {rows} entrées (kleroterion-draw/1).',
  'stageOneDraw.submit': 'Publier l’engagement de l’étape 1',
  'stageOneDraw.confirmQuestion': 'Publier l’engagement du tirage des invitations ?',
  'stageOneDraw.confirmConsequence':
    'Il devient public aussitôt et ne peut plus changer : le nombre d’invitations, leur répartition et les sources de hasard sont fixés avant que quiconque puisse connaître le résultat.',
  'stageOneDraw.confirm': 'Oui, publier l’engagement',
  'stageOneDraw.cancel': 'Revenir au formulaire',
  'stageOneDraw.committed': 'Engagement de l’étape 1 publié.',
  'stageOneDraw.committedHeading': 'Engagement publié',
  'stageOneDraw.publicNote':
    'Il est public dès maintenant sur la page du processus, avec son empreinte et son fichier.',
  'stageOneDraw.secretWhy':
    'Vous le révélerez une fois le tour drand produit : sans lui, les invitations ne peuvent pas être tirées.',
  'stageOneDraw.revealHeading': 'Révéler les sources',
  'stageOneDraw.revealIntro':
    'Révélez chaque source : votre secret (recopié, ou lu dans son fichier), celui de chaque témoin, et le tour drand une fois produit, que le serveur récupère lui-même.',
  'stageOneDraw.fetch': 'Récupérer le tour drand n° {round}',
  'stageOneDraw.fetched': 'Tour drand n° {round} récupéré et vérifié.',
  'stageOneDraw.drawHeading': 'Tirer les invitations',
  'stageOneDraw.needReveals': 'Le tirage sera possible quand chaque source requise sera révélée.',
  'stageOneDraw.drawIntro':
    'Chaque source requise est révélée : le serveur peut tirer les invitations. Le tirage n’a lieu qu’une fois.',
  'stageOneDraw.draw': 'Tirer les invitations',
  'stageOneDraw.drawn': '{count} invitations tirées ; le registre du tirage est vérifié.',
  'stageOneDraw.drawnHeading': 'Invitations tirées',
  'stageOneDraw.drawnSummary':
    '{count} invitations tirées le {date}. Le registre du tirage a passé son vérificateur, et ses racines sont celles du registre importé.',
  'stageOneDraw.drawnCaption': 'Invitations tirées par strate',
  'stageOneDraw.recordHash': 'Empreinte du registre du tirage',
} as const;

export const stageOneDrawEn: Record<keyof typeof stageOneDrawFr, string> = {
  'stageOneDraw.heading': 'Invitations’ draw (stage one)',
  'stageOneDraw.intro':
    'Draw the invitations here among the imported register’s entries, as the jury is drawn: first publish the commitment (the number of invitations, how they are spread over the strata, and the randomness sources), then reveal each source, then run the draw. Its record is verified as an uploaded file is, then used for the registrations below.',
  'stageOneDraw.needRegister':
    'Import the register first: the invitations are drawn among its ids.',
  'stageOneDraw.locked':
    'Registration codes have been issued: the invitations’ draw can no longer change.',
  'stageOneDraw.invitations': 'Number of invitations',
  'stageOneDraw.invitationsHint':
    'From 1,000 to 20,000 for a real process; a small number suits a trial. At most {rows}, the register’s number of entries.',
  'stageOneDraw.invitationsField': 'the number of invitations',
  'stageOneDraw.allocation': 'How the invitations are spread over the strata',
  'stageOneDraw.allocationHint':
    'It is published in the commitment, before anyone can know the outcome.',
  'stageOneDraw.proportional': 'In proportion to each stratum’s size (largest remainder)',
  'stageOneDraw.set': 'Set by you, stratum by stratum',
  'stageOneDraw.tableCaption': 'Invitations by stratum',
  'stageOneDraw.stratum': 'Stratum',
  'stageOneDraw.entries': 'Register entries',
  'stageOneDraw.perStratum': 'Invitations',
  'stageOneDraw.stratumField': 'Invitations for stratum {name} ({size} entries)',
  'stageOneDraw.stratumFieldName': 'the invitations of stratum {name}',
  'stageOneDraw.total': 'Total: {sum} invitations out of {k}.',
  'stageOneDraw.previewNeedK':
    'Give the number of invitations to see how they are spread, stratum by stratum.',
  'stageOneDraw.allocationSum':
    'The allocation adds up to {sum} invitations; it must add up to {k}, the number of invitations.',
  'stageOneDraw.wholeRegister':
    'The register has no strata: the invitations are drawn among its {rows} entries (kleroterion-draw/1).',
  'stageOneDraw.submit': 'Publish the stage-one commitment',
  'stageOneDraw.confirmQuestion': 'Publish the commitment of the invitations’ draw?',
  'stageOneDraw.confirmConsequence':
    'It becomes public at once and can no longer change: the number of invitations, their spread and the randomness sources are fixed before anyone can know the outcome.',
  'stageOneDraw.confirm': 'Yes, publish the commitment',
  'stageOneDraw.cancel': 'Back to the form',
  'stageOneDraw.committed': 'Stage-one commitment published.',
  'stageOneDraw.committedHeading': 'Commitment published',
  'stageOneDraw.publicNote':
    'It is public from now on, on the process’s page, with its hash and its file.',
  'stageOneDraw.secretWhy':
    'You will reveal it once the drand round is produced: without it, the invitations cannot be drawn.',
  'stageOneDraw.revealHeading': 'Reveal the sources',
  'stageOneDraw.revealIntro':
    'Reveal each source: your secret (typed back, or read from its file), each witness’s, and the drand round once produced, which the server fetches itself.',
  'stageOneDraw.fetch': 'Fetch drand round {round}',
  'stageOneDraw.fetched': 'Drand round {round} fetched and verified.',
  'stageOneDraw.drawHeading': 'Draw the invitations',
  'stageOneDraw.needReveals': 'The draw is possible once every required source is revealed.',
  'stageOneDraw.drawIntro':
    'Every required source is revealed: the server can draw the invitations. The draw happens once.',
  'stageOneDraw.draw': 'Draw the invitations',
  'stageOneDraw.drawn': '{count} invitations drawn; the draw’s record is verified.',
  'stageOneDraw.drawnHeading': 'Invitations drawn',
  'stageOneDraw.drawnSummary':
    '{count} invitations drawn on {date}. The draw’s record passed its verifier, and its roots are the imported register’s.',
  'stageOneDraw.drawnCaption': 'Invitations drawn by stratum',
  'stageOneDraw.recordHash': 'Hash of the draw’s record',
};
