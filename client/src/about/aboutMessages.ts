// The legal and help pages' text (accessibility statement, legal notice, personal data, site map), in French
// and English. The publisher's details are the deployment's: the operator completes them (docs/operations.md).

export const aboutFr = {
  'about.a11y.title': 'Déclaration d’accessibilité',
  'about.a11y.intro':
    '{name} s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au service {name} et à toutes ses pages.',
  'about.a11y.status.title': 'État de conformité',
  'about.a11y.status.body':
    '{name} est partiellement conforme avec le référentiel général d’amélioration de l’accessibilité (RGAA), version 4.1, en raison des non-conformités et des dérogations énumérées ci-dessous. Aucun audit n’a encore été réalisé : cet état vaut jusqu’à ce qu’un audit dise le contraire.',
  'about.a11y.tests.title': 'Résultats des tests',
  'about.a11y.tests.body':
    'Pas encore d’audit RGAA, donc pas de taux de conformité. Des tests automatisés parcourent chaque page en français et en anglais, sur un écran de téléphone (390\u00a0×\u00a0844) et un écran large (1280\u00a0×\u00a0800) : aucune violation grave ou critique relevée par axe, pas de défilement horizontal.',
  'about.a11y.issues.title': 'Contenus non accessibles',
  'about.a11y.issues.intro': 'Non-conformités connues :',
  'about.a11y.issues.charts':
    'Les graphiques des profils de mérite sont dessinés dans un canevas : un lecteur d’écran n’en lit que l’intitulé. Les mêmes chiffres sont donnés dans un tableau de données à côté du graphique (page des résultats, salle du jury).',
  'about.a11y.issues.room':
    'Salle du jury : les mises à jour en direct (arrivée des jurés, passage au point suivant de l’ordre du jour, votes reçus) ne sont pas toutes annoncées aux lecteurs d’écran ; le minuteur de parole n’est annoncé qu’à l’entrée dans la dernière minute et à la fin du temps.',
  'about.a11y.issues.projector':
    'La vue de projection est faite pour un écran partagé dans la salle : elle se met à jour seule, sans annonce ni moyen de mettre en pause.',
  'about.a11y.issues.files':
    'Les fichiers publiés pour la vérification (registre du tirage, journal, archive d’audit) sont des fichiers techniques (JSON) : ils se vérifient avec la page « Vérifier un tirage », qui présente le résultat de chaque contrôle en texte.',
  'about.a11y.issues.screenReaders':
    'Aucun test n’a encore été mené avec un lecteur d’écran (NVDA, JAWS, VoiceOver) ni avec une commande vocale.',
  'about.a11y.exemptions.title': 'Contenus non soumis à l’obligation d’accessibilité',
  'about.a11y.exemptions.body':
    'Les dossiers des projets sont rédigés par les candidats : leur contenu est repris tel qu’il a été déposé.',
  'about.a11y.setup.title': 'Établissement de cette déclaration',
  'about.a11y.setup.date': 'Cette déclaration a été établie en décembre 2026.',
  'about.a11y.tech.title': 'Technologies utilisées',
  'about.a11y.tech.body':
    'HTML5, CSS, JavaScript (React), WAI-ARIA, et le Système de design de l’État (DSFR).',
  'about.a11y.env.title': 'Environnement de test',
  'about.a11y.env.body':
    'Navigateur Chromium (piloté par Playwright) avec axe-core ; navigation au clavier seul ; thèmes clair et sombre ; largeurs de 390 et 1\u00a0280 pixels.',
  'about.a11y.contact.title': 'Retour d’information et contact',
  'about.a11y.contact.body':
    'Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez l’éditeur du service (voir les mentions légales) pour être orienté vers une alternative accessible ou obtenir le contenu sous une autre forme.',
  'about.a11y.recourse.title': 'Voies de recours',
  'about.a11y.recourse.intro':
    'Si vous avez signalé à l’éditeur un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :',
  'about.a11y.recourse.form': 'écrire un message au Défenseur des droits (formulaire en ligne)',
  'about.a11y.recourse.delegate': 'contacter le délégué du Défenseur des droits dans votre région',
  'about.a11y.recourse.mail':
    'envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.',
  'about.newWindow': '(nouvelle fenêtre)',

  'about.legal.title': 'Mentions légales',
  'about.legal.publisher.title': 'Éditeur',
  'about.legal.publisher.body':
    'Ce service est édité par l’organisme qui le déploie. Dans le déploiement par défaut, l’éditeur est l’Accélérateur d’initiatives citoyennes (AIC), programme de la Direction interministérielle de la transformation publique (DITP).',
  'about.legal.publisher.operator':
    'L’opérateur d’un déploiement complète cette page avec sa dénomination, son adresse, le nom de son directeur ou de sa directrice de la publication et un moyen de le contacter (courriel ou formulaire).',
  'about.legal.director.title': 'Directeur ou directrice de la publication',
  'about.legal.director.body':
    'Désigné par l’éditeur : à compléter par l’opérateur du déploiement.',
  'about.legal.hosting.title': 'Hébergement',
  'about.legal.hosting.body':
    'Le service est hébergé par l’opérateur, sur un serveur qu’il choisit : à compléter avec le nom et l’adresse de l’hébergeur. Les polices et les icônes sont servies par le service lui-même, sans réseau de diffusion tiers.',
  'about.legal.licence.title': 'Licence du code',
  'about.legal.licence.body':
    'Le code source de Kleroterion est un logiciel libre, publié sous la licence GNU Affero General Public License, version 3 ou ultérieure (AGPL-3.0-or-later) : quiconque peut l’étudier, le vérifier, le modifier et le redistribuer, à condition de publier ses modifications sous la même licence.',
  'about.legal.dsfr':
    'Le Système de design de l’État, la police Marianne et le bloc « République française » sont réservés aux services de l’État ; un autre organisme déploie le service avec son identité propre.',
  'about.legal.links.title': 'Voir aussi',

  'about.privacy.title': 'Données personnelles',
  'about.privacy.intro':
    'Cette page dit quelles données personnelles le service enregistre, pourquoi, pour combien de temps, et comment exercer vos droits. Le responsable du traitement est l’éditeur du service (voir les mentions légales).',
  'about.privacy.table.caption': 'Données enregistrées, leur usage, leurs lecteurs et leur durée',
  'about.privacy.col.who': 'Personnes concernées',
  'about.privacy.col.data': 'Données',
  'about.privacy.col.why': 'Pourquoi',
  'about.privacy.col.readers': 'Qui les lit',
  'about.privacy.col.until': 'Jusqu’à quand',
  'about.privacy.volunteers.who': 'Volontaires au tirage au sort',
  'about.privacy.volunteers.data':
    'Nom, courriel, téléphone, colonnes ajoutées par l’organisateur (par exemple tranche d’âge, quartier), langue des messages',
  'about.privacy.volunteers.why':
    'Tirer le jury au sort, envoyer à chacun son reçu et, aux personnes tirées, leur invitation',
  'about.privacy.volunteers.readers': 'L’organisateur',
  'about.privacy.volunteers.until':
    'Effacées après la publication des résultats. Restent un identifiant pseudonyme et une position dans la liste, publics car le registre du tirage en a besoin, mais que plus rien ne relie à une personne.',
  'about.privacy.jurors.who': 'Jurés',
  'about.privacy.jurors.data': 'Nom choisi pour la salle ; notes attribuées aux dossiers',
  'about.privacy.jurors.why': 'Délibérer et publier un résultat vérifiable',
  'about.privacy.jurors.readers':
    'Le nom : l’animateur et les autres jurés. Les notes : le juré seul, puis tout le monde après le dépouillement, sans le siège qui les a données',
  'about.privacy.jurors.until':
    'Le nom est effacé après la publication des résultats ; les notes sont gardées, sans aucune coordonnée',
  'about.privacy.applicants.who': 'Porteurs de projet (appels à projets)',
  'about.privacy.applicants.data':
    'Nom, courriel et téléphone du porteur ; le projet tel que déposé',
  'about.privacy.applicants.why': 'Instruire la candidature et tenir le porteur informé',
  'about.privacy.applicants.readers':
    'L’organisateur ; le porteur par son lien personnel ; le jury voit le dossier sans les coordonnées',
  'about.privacy.applicants.until':
    'Les coordonnées sont effacées après la publication des résultats ; le projet est gardé, car c’est ce qui a été jugé',
  'about.privacy.reviewers.who': 'Relecteurs',
  'about.privacy.reviewers.data': 'Nom, courriel ; avis rédigés',
  'about.privacy.reviewers.why': 'Relire les candidatures',
  'about.privacy.reviewers.readers': 'L’organisateur',
  'about.privacy.reviewers.until':
    'Nom et courriel effacés après la publication des résultats ; les avis sont gardés',
  'about.privacy.accounts.who': 'Organisateurs (comptes de la console)',
  'about.privacy.accounts.data':
    'Courriel, nom affiché, empreinte du mot de passe, secret de double authentification (chiffré), sessions ouvertes',
  'about.privacy.accounts.why': 'Se connecter à la console',
  'about.privacy.accounts.readers': 'Les administrateurs de la console',
  'about.privacy.accounts.until':
    'Tant que le compte existe ; une session expire au bout de 8 heures',
  'about.privacy.mail.who': 'Destinataires des courriels',
  'about.privacy.mail.data': 'Courriels envoyés, avec nom, adresse et lien personnel',
  'about.privacy.mail.why':
    'Envoyer reçus, invitations, rappels et décisions, et suivre leur remise',
  'about.privacy.mail.readers': 'L’opérateur du service',
  'about.privacy.mail.until':
    'Supprimés, pour les adresses effacées, avec les autres données du processus',
  'about.privacy.public.title': 'Ce qui est public',
  'about.privacy.public.body':
    'Les registres publics (tirage, journal des étapes, appel à projets) ne contiennent ni nom ni adresse : des identifiants pseudonymes, des empreintes et des sceaux. Ils restent publiés pour que chacun puisse vérifier le tirage et le résultat, même après l’effacement.',
  'about.privacy.browser.title': 'Dans votre navigateur',
  'about.privacy.browser.body':
    'Le service n’utilise ni mesure d’audience ni traceur. Il garde dans votre navigateur la langue et le thème d’affichage choisis, le brouillon de vos notes dans la salle du jury et le siège que vous y occupez. Deux cookies techniques, indispensables, tiennent votre session : celle de la console (8 heures) et celle de juré, ouverte par votre lien d’invitation.',
  'about.privacy.erasure.title': 'Effacement',
  'about.privacy.erasure.body':
    'Une fois les résultats d’un processus publiés, l’opérateur efface d’un seul coup les données personnelles de ce processus et de son appel à projets : noms, adresses, téléphones et courriels envoyés. L’effacement est vérifié octet par octet dans les fichiers de la base.',
  'about.privacy.rights.title': 'Vos droits',
  'about.privacy.rights.body':
    'Vous pouvez demander l’accès à vos données, leur rectification, leur effacement ou la limitation de leur traitement, et vous opposer à celui-ci, en écrivant à l’éditeur du service (voir les mentions légales). Si vous estimez, après l’avoir contacté, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL.',
  'about.privacy.cnil': 'Adresser une réclamation à la CNIL',

  'about.sitemap.title': 'Plan du site',
  'about.sitemap.public': 'Pages publiques',
  'about.sitemap.home': 'Accueil : les processus et les appels à projets publiés',
  'about.sitemap.verifier': 'Vérifier un tirage, à partir du fichier publié',
  'about.sitemap.lottery': 'Vérifier une loterie de départage',
  'about.sitemap.witness': 'Témoin d’un tirage : préparer sa contribution au hasard',
  'about.sitemap.console': 'Console de l’organisateur (connexion requise)',
  'about.sitemap.processes': 'Processus publiés',
  'about.sitemap.processHint':
    'Chaque processus a sa page publique, sa page de résultats, son procès-verbal, sa salle du jury et sa vue de projection.',
  'about.sitemap.results': 'Résultats',
  'about.sitemap.record': 'Procès-verbal',
  'about.sitemap.calls': 'Appels à projets',
  'about.sitemap.personal': 'Pages ouvertes par un lien personnel',
  'about.sitemap.personalHint':
    'Ces pages s’ouvrent avec le lien reçu par courriel ; leur adresse contient un jeton secret.',
  'about.sitemap.invitation': 'Invitation d’un volontaire tiré au sort, et réponse',
  'about.sitemap.application': 'Suivi d’une candidature par son porteur',
  'about.sitemap.reviewer': 'Relecture des candidatures',
  'about.sitemap.about': 'Informations',
  'about.sitemap.accessibility': 'Déclaration d’accessibilité',
  'about.sitemap.legal': 'Mentions légales',
  'about.sitemap.privacy': 'Données personnelles',
};

export const aboutEn: Record<keyof typeof aboutFr, string> = {
  'about.a11y.title': 'Accessibility statement',
  'about.a11y.intro':
    '{name} is committed to making its digital services accessible, in accordance with article 47 of French law no. 2005-102 of 11 February 2005. This statement applies to the {name} service and all its pages.',
  'about.a11y.status.title': 'Compliance status',
  'about.a11y.status.body':
    '{name} is partially compliant with the French accessibility framework (RGAA), version 4.1, because of the non-compliances and exemptions listed below. No audit has been carried out yet: this status stands until an audit says otherwise.',
  'about.a11y.tests.title': 'Test results',
  'about.a11y.tests.body':
    'No RGAA audit yet, hence no compliance rate. Automated tests visit every page in French and English, on a phone screen (390\u00a0×\u00a0844) and a wide screen (1280\u00a0×\u00a0800): axe reports no serious or critical violation, and nothing scrolls sideways.',
  'about.a11y.issues.title': 'Non-accessible content',
  'about.a11y.issues.intro': 'Known non-compliances:',
  'about.a11y.issues.charts':
    'The merit-profile charts are drawn on a canvas: a screen reader reads only their title. The same figures are given in a data table beside the chart (results page, jury room).',
  'about.a11y.issues.room':
    'Jury room: live updates (jurors arriving, moving to the next agenda item, ballots received) are not all announced to screen readers; the speaking timer is announced only when it enters its last minute and when time is up.',
  'about.a11y.issues.projector':
    'The projector view is made for a shared screen in the room: it updates by itself, without announcements or a way to pause.',
  'about.a11y.issues.files':
    'The files published for verification (draw record, log, audit bundle) are technical files (JSON): they are checked with the "Verify a draw" page, which reports each check in text.',
  'about.a11y.issues.screenReaders':
    'No test has been carried out yet with a screen reader (NVDA, JAWS, VoiceOver) or voice control.',
  'about.a11y.exemptions.title': 'Content exempt from the accessibility obligation',
  'about.a11y.exemptions.body':
    'Project dossiers are written by the applicants: their content is shown as submitted.',
  'about.a11y.setup.title': 'Preparation of this statement',
  'about.a11y.setup.date': 'This statement was prepared in December 2026.',
  'about.a11y.tech.title': 'Technologies used',
  'about.a11y.tech.body':
    'HTML5, CSS, JavaScript (React), WAI-ARIA, and the French State design system (DSFR).',
  'about.a11y.env.title': 'Test environment',
  'about.a11y.env.body':
    'Chromium browser (driven by Playwright) with axe-core; keyboard alone; light and dark themes; widths of 390 and 1,280 pixels.',
  'about.a11y.contact.title': 'Feedback and contact',
  'about.a11y.contact.body':
    'If you cannot access some content or a service, contact the service’s publisher (see the legal notice) to be directed to an accessible alternative or to obtain the content in another form.',
  'about.a11y.recourse.title': 'Remedies',
  'about.a11y.recourse.intro':
    'If you reported an accessibility defect to the publisher that prevents you from accessing content or a service and did not get a satisfactory answer, you can:',
  'about.a11y.recourse.form': 'write to the Défenseur des droits (online form, in French)',
  'about.a11y.recourse.delegate': 'contact the Défenseur des droits’ delegate in your region',
  'about.a11y.recourse.mail':
    'send a letter by post (free, no stamp needed): Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07, France.',
  'about.newWindow': '(new window)',

  'about.legal.title': 'Legal notice',
  'about.legal.publisher.title': 'Publisher',
  'about.legal.publisher.body':
    'This service is published by the organisation that deploys it. In the default deployment, the publisher is the Accélérateur d’initiatives citoyennes (AIC), a programme of the French Interministerial Directorate for Public Transformation (DITP).',
  'about.legal.publisher.operator':
    'The operator of a deployment completes this page with its name, its address, the name of its publication director and a way to contact it (e-mail or form).',
  'about.legal.director.title': 'Publication director',
  'about.legal.director.body':
    'Appointed by the publisher: to be completed by the deployment’s operator.',
  'about.legal.hosting.title': 'Hosting',
  'about.legal.hosting.body':
    'The service is hosted by the operator, on a server of its choice: to be completed with the host’s name and address. Fonts and icons are served by the service itself, with no third-party delivery network.',
  'about.legal.licence.title': 'Code licence',
  'about.legal.licence.body':
    'Kleroterion’s source code is free software, published under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later): anyone may study, check, modify and redistribute it, provided they publish their changes under the same licence.',
  'about.legal.dsfr':
    'The French State design system, the Marianne font and the "République française" block are reserved for State services; another organisation deploys the service with its own identity.',
  'about.legal.links.title': 'See also',

  'about.privacy.title': 'Personal data',
  'about.privacy.intro':
    'This page says which personal data the service records, why, for how long, and how to exercise your rights. The controller is the service’s publisher (see the legal notice).',
  'about.privacy.table.caption': 'Data recorded, its use, its readers and how long it is kept',
  'about.privacy.col.who': 'Data subjects',
  'about.privacy.col.data': 'Data',
  'about.privacy.col.why': 'Why',
  'about.privacy.col.readers': 'Who reads it',
  'about.privacy.col.until': 'Until when',
  'about.privacy.volunteers.who': 'Volunteers for the draw',
  'about.privacy.volunteers.data':
    'Name, e-mail, phone, columns added by the organiser (for instance age band, area), language of messages',
  'about.privacy.volunteers.why':
    'Drawing the jury, sending each person their receipt and, to those drawn, their invitation',
  'about.privacy.volunteers.readers': 'The organiser',
  'about.privacy.volunteers.until':
    'Erased once the results are published. A pseudonymous id and a position in the list remain, public because the draw record needs them, but nothing links them to a person any more.',
  'about.privacy.jurors.who': 'Jurors',
  'about.privacy.jurors.data': 'Name chosen for the room; grades given to the dossiers',
  'about.privacy.jurors.why': 'Deliberating and publishing a verifiable result',
  'about.privacy.jurors.readers':
    'The name: the facilitator and the other jurors. The grades: the juror alone, then everyone after the count, without the seat that gave them',
  'about.privacy.jurors.until':
    'The name is erased once the results are published; the grades are kept, with no contact details',
  'about.privacy.applicants.who': 'Project leads (calls for projects)',
  'about.privacy.applicants.data': 'Lead’s name, e-mail and phone; the project as submitted',
  'about.privacy.applicants.why': 'Assessing the application and keeping the lead informed',
  'about.privacy.applicants.readers':
    'The organiser; the lead through their personal link; the jury sees the dossier without contact details',
  'about.privacy.applicants.until':
    'Contact details are erased once the results are published; the project is kept, as it is what was judged',
  'about.privacy.reviewers.who': 'Reviewers',
  'about.privacy.reviewers.data': 'Name, e-mail; reviews written',
  'about.privacy.reviewers.why': 'Reviewing the applications',
  'about.privacy.reviewers.readers': 'The organiser',
  'about.privacy.reviewers.until':
    'Name and e-mail erased once the results are published; the reviews are kept',
  'about.privacy.accounts.who': 'Organisers (console accounts)',
  'about.privacy.accounts.data':
    'E-mail, display name, password hash, two-factor secret (encrypted), open sessions',
  'about.privacy.accounts.why': 'Signing in to the console',
  'about.privacy.accounts.readers': 'The console’s administrators',
  'about.privacy.accounts.until': 'As long as the account exists; a session expires after 8 hours',
  'about.privacy.mail.who': 'Mail recipients',
  'about.privacy.mail.data': 'Messages sent, with name, address and personal link',
  'about.privacy.mail.why':
    'Sending receipts, invitations, reminders and decisions, and following their delivery',
  'about.privacy.mail.readers': 'The service’s operator',
  'about.privacy.mail.until': 'Deleted, for the erased addresses, with the process’s other data',
  'about.privacy.public.title': 'What is public',
  'about.privacy.public.body':
    'The public records (draw, log of steps, call for projects) hold no names or addresses: pseudonymous ids, digests and seals. They stay published so that anyone can check the draw and the result, even after erasure.',
  'about.privacy.browser.title': 'In your browser',
  'about.privacy.browser.body':
    'The service uses no audience measurement and no tracker. It keeps in your browser the language and display theme you chose, the draft of your grades in the jury room and the seat you hold there. Two technical, necessary cookies hold your session: the console’s (8 hours) and the juror’s, opened by your invitation link.',
  'about.privacy.erasure.title': 'Erasure',
  'about.privacy.erasure.body':
    'Once a process’s results are published, the operator erases that process’s and its call’s personal data in one go: names, addresses, phone numbers and the mail sent. The erasure is checked byte by byte in the database files.',
  'about.privacy.rights.title': 'Your rights',
  'about.privacy.rights.body':
    'You can ask for access to your data, its correction, its erasure or the restriction of its processing, and object to it, by writing to the service’s publisher (see the legal notice). If, after contacting them, you consider that your rights are not respected, you can lodge a complaint with the CNIL, the French data protection authority.',
  'about.privacy.cnil': 'Lodge a complaint with the CNIL',

  'about.sitemap.title': 'Site map',
  'about.sitemap.public': 'Public pages',
  'about.sitemap.home': 'Home: the published processes and calls for projects',
  'about.sitemap.verifier': 'Verify a draw, from the published file',
  'about.sitemap.lottery': 'Verify a tie-break lottery',
  'about.sitemap.witness': 'Witness a draw: prepare your contribution to chance',
  'about.sitemap.console': 'Organiser console (sign-in required)',
  'about.sitemap.processes': 'Published processes',
  'about.sitemap.processHint':
    'Each process has its public page, its results page, its procès-verbal (official record), its jury room and its projector view.',
  'about.sitemap.results': 'Results',
  'about.sitemap.record': 'Procès-verbal',
  'about.sitemap.calls': 'Calls for projects',
  'about.sitemap.personal': 'Pages opened by a personal link',
  'about.sitemap.personalHint':
    'These pages open with the link received by e-mail; their address holds a secret token.',
  'about.sitemap.invitation': 'Invitation of a volunteer drawn by lot, and their answer',
  'about.sitemap.application': 'An applicant following their application',
  'about.sitemap.reviewer': 'Reviewing the applications',
  'about.sitemap.about': 'Information',
  'about.sitemap.accessibility': 'Accessibility statement',
  'about.sitemap.legal': 'Legal notice',
  'about.sitemap.privacy': 'Personal data',
};
