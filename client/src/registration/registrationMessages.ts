// Interface text of the public registration page /inscription (stage one's invitees), in French and
// English. The consent text follows the house's wording on personal data (about/PersonalDataPage).

export const registrationFr = {
  'pages.title.registration': 'Inscription',
  'public.registration.link':
    'Vous avez reçu une lettre d’invitation ? Inscrivez-vous avec votre code',
  'public.stageOne.heading': 'Étape 1 : les invitations tirées au sort',
  'public.stageOne.open':
    '{invited} personnes ont été invitées par un premier tirage au sort dans le registre. Inscriptions reçues à ce jour : {registered}.',
  'public.stageOne.closed':
    '{invited} personnes ont été invitées par un premier tirage au sort dans le registre. Inscriptions : {registered}. Le tirage du panel (étape 2) se fait parmi ces seules personnes inscrites.',
  'public.stageOne.table': 'Invitations et inscriptions par strate',
  'public.stageOne.stratum': 'Strate',
  'public.stageOne.invited': 'Invitées',
  'public.stageOne.registered': 'Inscrites',
  'public.stageOne.rate': 'Taux',
  'public.stageOne.download': 'Télécharger le registre du tirage des invitations (étape 1, JSON)',
  'public.stageOne.check':
    'Chacun peut vérifier que toutes les personnes tirées à l’étape 2 avaient été invitées à l’étape 1 : chargez les deux registres sur la page',
  'public.stageOne.verifier': 'Vérifier un fichier publié',
  'public.stageOne.protocol': 'Protocole',
  'public.stageOne.hash': 'Empreinte du registre (SHA-256)',
  'public.stageOne.committedHeading': 'Étape 1 : le tirage des invitations est engagé',
  'public.stageOne.committed':
    'L’engagement du tirage a été publié le {date}, avant que le hasard soit connu : {invitations} invitations seront tirées au sort dans le registre, après le tour drand n° {round}.',
  'public.stageOne.committedStrata': 'Invitations par strate, fixées dans l’engagement',
  'public.stageOne.entries': 'Entrées du registre',
  'public.stageOne.invitations': 'Invitations',
  'public.stageOne.commitmentHash': 'Empreinte de l’engagement (SHA-256)',
  'public.stageOne.commitmentDownload':
    'Télécharger l’engagement du tirage des invitations (étape 1, JSON)',
  'registration.heading': 'Inscription au tirage au sort',
  'registration.intro':
    'Vous avez reçu une lettre d’invitation avec un code personnel. Inscrivez-vous ici pour faire partie des personnes parmi lesquelles un second tirage au sort public désignera les participants.',
  'registration.step.code': 'Votre code',
  'registration.step.eligibility': 'Conditions',
  'registration.step.details': 'Vos coordonnées',
  'registration.stepOf': 'Étape {step} sur 3 : {name}',
  'registration.code': 'Code personnel',
  'registration.codeHint':
    '28 lettres et chiffres, en 7 groupes de 4, tels qu’ils figurent sur votre lettre. Les espaces et les tirets sont facultatifs.',
  'registration.codeRequired': 'Saisissez le code de votre lettre.',
  'registration.continue': 'Continuer',
  'registration.back': 'Retour',
  'registration.process': 'Vous êtes invité ou invitée à : {title}',
  'registration.eligibilityLegend': 'Conditions pour s’inscrire',
  'registration.eligibilityConfirm': 'Je confirme : {sentence}',
  'registration.eligibilityRequired':
    'Confirmez que vous remplissez les conditions pour continuer.',
  'registration.name': 'Nom et prénom',
  'registration.nameRequired': 'Indiquez votre nom et votre prénom.',
  'registration.email': 'Adresse électronique',
  'registration.emailHint':
    'Format attendu : nom@domaine.fr. Elle sert à vous écrire au sujet de ce tirage.',
  'registration.emailInvalid': 'Indiquez une adresse électronique au format nom@domaine.fr.',
  'registration.phone': 'Téléphone',
  'registration.phoneHint': 'Format attendu : 06 12 34 56 78.',
  'registration.attributeRequired': 'Choisissez une réponse pour « {category} ».',
  'registration.consentHeading': 'Vos données personnelles',
  'registration.consentText':
    'Vos nom, adresse électronique, téléphone et réponses ci-dessus sont conservés par l’organisateur du tirage, sur ce service, pour organiser le second tirage au sort et vous en informer. Seul l’organisateur y a accès ; ils ne sont jamais publiés (seul figure publiquement un identifiant pseudonyme). Ils sont effacés une fois les résultats du processus publiés. Vous pouvez demander à l’organisateur d’y accéder, de les corriger ou de les effacer.',
  'registration.consent':
    'J’accepte que ces informations soient conservées pour ce tirage au sort, dans les conditions ci-dessus.',
  'registration.consentRequired': 'Donnez votre accord pour vous inscrire.',
  'registration.submit': 'M’inscrire',
  'registration.sending': 'Envoi de votre inscription…',
  'registration.checking': 'Vérification du code…',
  'registration.doneHeading': 'Votre inscription est enregistrée',
  'registration.doneText':
    'Merci. Vous faites maintenant partie des personnes inscrites pour « {title} ». Le second tirage au sort est public ; si vous êtes tiré ou tirée au sort, vous recevrez une invitation à l’adresse électronique indiquée. Votre code ne peut plus servir.',
} as const;

export const registrationEn: Record<keyof typeof registrationFr, string> = {
  'pages.title.registration': 'Registration',
  'public.registration.link': 'Did you receive an invitation letter? Register with your code',
  'public.stageOne.heading': 'Stage one: the invitations drawn by lot',
  'public.stageOne.open':
    '{invited} people were invited by a first draw from the register. Registrations so far: {registered}.',
  'public.stageOne.closed':
    '{invited} people were invited by a first draw from the register. Registrations: {registered}. The panel (stage two) is drawn from those who registered, and from them only.',
  'public.stageOne.table': 'Invitations and registrations by stratum',
  'public.stageOne.stratum': 'Stratum',
  'public.stageOne.invited': 'Invited',
  'public.stageOne.registered': 'Registered',
  'public.stageOne.rate': 'Rate',
  'public.stageOne.download': 'Download the invitations draw record (stage one, JSON)',
  'public.stageOne.check':
    'Anyone can check that everyone drawn at stage two had been invited at stage one: load both records on the page',
  'public.stageOne.verifier': 'Check a published file',
  'public.stageOne.protocol': 'Protocol',
  'public.stageOne.hash': 'Record fingerprint (SHA-256)',
  'public.stageOne.committedHeading': 'Stage one: the invitations’ draw is committed',
  'public.stageOne.committed':
    'The draw’s commitment was published on {date}, before the randomness is known: {invitations} invitations will be drawn by lot from the register, after drand round {round}.',
  'public.stageOne.committedStrata': 'Invitations by stratum, fixed in the commitment',
  'public.stageOne.entries': 'Register entries',
  'public.stageOne.invitations': 'Invitations',
  'public.stageOne.commitmentHash': 'Commitment fingerprint (SHA-256)',
  'public.stageOne.commitmentDownload':
    'Download the commitment of the invitations’ draw (stage one, JSON)',
  'registration.heading': 'Register for the lottery',
  'registration.intro':
    'You received an invitation letter with a personal code. Register here to join the people among whom a second, public lottery will choose the participants.',
  'registration.step.code': 'Your code',
  'registration.step.eligibility': 'Conditions',
  'registration.step.details': 'Your details',
  'registration.stepOf': 'Step {step} of 3: {name}',
  'registration.code': 'Personal code',
  'registration.codeHint':
    '28 letters and digits, in 7 groups of 4, as printed on your letter. Spaces and hyphens are optional.',
  'registration.codeRequired': 'Enter the code from your letter.',
  'registration.continue': 'Continue',
  'registration.back': 'Back',
  'registration.process': 'You are invited to: {title}',
  'registration.eligibilityLegend': 'Conditions to register',
  'registration.eligibilityConfirm': 'I confirm: {sentence}',
  'registration.eligibilityRequired': 'Confirm that you meet the conditions to continue.',
  'registration.name': 'Full name',
  'registration.nameRequired': 'Enter your full name.',
  'registration.email': 'E-mail address',
  'registration.emailHint':
    'Expected format: name@domain.org. It is used to write to you about this lottery.',
  'registration.emailInvalid': 'Enter an e-mail address in the format name@domain.org.',
  'registration.phone': 'Phone',
  'registration.phoneHint': 'Expected format: +33 6 12 34 56 78.',
  'registration.attributeRequired': 'Choose an answer for “{category}”.',
  'registration.consentHeading': 'Your personal data',
  'registration.consentText':
    'Your name, e-mail address, phone and answers above are kept by the lottery’s organiser, on this service, to run the second lottery and keep you informed. Only the organiser can read them; they are never published (only a pseudonymous id appears publicly). They are erased once the process’s results are published. You may ask the organiser to see, correct or erase them.',
  'registration.consent':
    'I agree that this information be kept for this lottery, as described above.',
  'registration.consentRequired': 'Give your agreement to register.',
  'registration.submit': 'Register',
  'registration.sending': 'Sending your registration…',
  'registration.checking': 'Checking the code…',
  'registration.doneHeading': 'Your registration is recorded',
  'registration.doneText':
    'Thank you. You are now among the people registered for “{title}”. The second lottery is public; if you are drawn, you will receive an invitation at the e-mail address you gave. Your code cannot be used again.',
};
