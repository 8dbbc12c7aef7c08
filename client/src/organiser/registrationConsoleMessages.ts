// Interface text of the console's registration section (stage one: invitees' codes, letters, the form,
// closing into the stage-two pool), in French and English.

export const registrationConsoleFr = {
  'registrationConsole.heading': 'Inscriptions des invités',
  'registrationConsole.intro':
    'Après le tirage des invitations, fait ci-dessus (ou fait ailleurs : déposez alors son registre, fichier JSON), énoncez la condition d’inscription et les attributs demandés, téléchargez les lettres (les codes sont émis à ce moment, les courriels partent pour les invités dont le registre donne une adresse), puis clôturez : les inscrits deviennent les volontaires du second tirage.',
  'registrationConsole.stageOne': 'Tirage des invitations (fichier JSON)',
  'registrationConsole.stageOneHint':
    'Le registre du tirage kleroterion-invitations/1 ou kleroterion-draw/1 : il est vérifié, et ses racines doivent être celles du registre importé.',
  'registrationConsole.needFile': 'Choisissez le fichier du tirage des invitations.',
  'registrationConsole.stageOneSubmit': 'Déposer le tirage',
  'registrationConsole.stageOneAccepted': 'Tirage accepté : {count} invitations ({protocol}).',
  'registrationConsole.eligibility': 'Condition d’inscription',
  'registrationConsole.eligibilityHint':
    'Une phrase simple que l’invité confirme, par exemple « J’ai 16 ans ou plus et je réside en France ».',
  'registrationConsole.attributes': 'Attributs demandés (facultatif)',
  'registrationConsole.attributesHint':
    'Un attribut par ligne : son nom, deux-points, ses valeurs séparées par « | ». Exemple : genre : femme | homme | autre',
  'registrationConsole.attributesInvalid':
    'Ligne {line} : écrivez « nom : valeur 1 | valeur 2 », avec au moins deux valeurs.',
  'registrationConsole.formSubmit': 'Enregistrer le formulaire',
  'registrationConsole.formSaved': 'Formulaire d’inscription enregistré.',
  'registrationConsole.description': 'Description du processus pour la lettre',
  'registrationConsole.organiserName': 'Expéditeur des lettres',
  'registrationConsole.lettersSubmit': 'Émettre les codes et télécharger les lettres (PDF)',
  'registrationConsole.lettersDone': 'Lettres téléchargées ; les codes ont été émis.',
  'registrationConsole.close': 'Clôturer les inscriptions et constituer le vivier',
  'registrationConsole.closed':
    'Inscriptions closes le {date} : les inscrits sont les volontaires du processus.',
  'registrationConsole.codes': 'Codes émis : {issued} ; utilisés : {used}.',
  'registrationConsole.responsesCaption': 'Réponses par strate : invités et inscrits',
  'registrationConsole.stratum': 'Strate',
  'registrationConsole.wholeRegister': 'Registre entier',
  'registrationConsole.invited': 'Invités',
  'registrationConsole.registered': 'Inscrits',
} as const;

export const registrationConsoleEn: Record<keyof typeof registrationConsoleFr, string> = {
  'registrationConsole.heading': 'Invitees’ registrations',
  'registrationConsole.intro':
    'After the invitations’ draw, run above (or run elsewhere: then upload its record, a JSON file), state the condition to register and the attributes asked, download the letters (the codes are issued then, and e-mails go to invitees whose register row has an address), then close: those registered become the volunteers of the second draw.',
  'registrationConsole.stageOne': 'Invitations’ draw (JSON file)',
  'registrationConsole.stageOneHint':
    'The kleroterion-invitations/1 or kleroterion-draw/1 record: it is verified, and its roots must be the register’s.',
  'registrationConsole.needFile': 'Choose the invitations’ draw file.',
  'registrationConsole.stageOneSubmit': 'Upload the draw',
  'registrationConsole.stageOneAccepted': 'Draw accepted: {count} invitations ({protocol}).',
  'registrationConsole.eligibility': 'Condition to register',
  'registrationConsole.eligibilityHint':
    'One plain sentence the invitee confirms, such as “I am 16 or older and live in France”.',
  'registrationConsole.attributes': 'Attributes asked (optional)',
  'registrationConsole.attributesHint':
    'One attribute a line: its name, a colon, its values separated by “|”. Example: gender: woman | man | other',
  'registrationConsole.attributesInvalid':
    'Line {line}: write “name: value 1 | value 2”, with at least two values.',
  'registrationConsole.formSubmit': 'Save the form',
  'registrationConsole.formSaved': 'Registration form saved.',
  'registrationConsole.description': 'Description of the process for the letter',
  'registrationConsole.organiserName': 'Sender of the letters',
  'registrationConsole.lettersSubmit': 'Issue the codes and download the letters (PDF)',
  'registrationConsole.lettersDone': 'Letters downloaded; the codes were issued.',
  'registrationConsole.close': 'Close registration and build the pool',
  'registrationConsole.closed':
    'Registration closed on {date}: those registered are the process’s volunteers.',
  'registrationConsole.codes': 'Codes issued: {issued}; used: {used}.',
  'registrationConsole.responsesCaption': 'Responses by stratum: invited and registered',
  'registrationConsole.stratum': 'Stratum',
  'registrationConsole.wholeRegister': 'Whole register',
  'registrationConsole.invited': 'Invited',
  'registrationConsole.registered': 'Registered',
};
