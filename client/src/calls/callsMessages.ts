// Interface text of the public call for projects: the call page, the application form and the
// applicant's private page.

import { reasonMessages } from '../i18n/reasonMessages';

export const callsFr = {
  'calls.loading': 'Chargement de l’appel…',
  'calls.notFound': 'Cet appel à projets n’existe pas ou n’est plus publié.',
  'calls.failed': 'Impossible de charger l’appel à projets : {message}',
  'calls.pageTitle': 'Appel à projets : {title}',
  'calls.status.upcoming': 'À venir',
  'calls.status.open': 'Ouvert',
  'calls.status.closed': 'Clos',
  'calls.facts.status': 'Statut',
  'calls.facts.opensAt': 'Ouverture',
  'calls.facts.closesAt': 'Clôture',
  'calls.date': '{date}',
  'calls.upcoming.notice':
    'Cet appel n’est pas encore ouvert. Il ouvrira le {opensAt} : le formulaire de candidature sera disponible à partir de ce moment.',
  'calls.open.notice': 'L’appel est ouvert : vous pouvez candidater jusqu’au {closesAt}.',
  'calls.closed.notice':
    'L’appel est clos depuis le {closesAt} : il n’est plus possible de candidater.',
  'calls.exported': 'Les candidatures recevables ont été transmises au jury citoyen.',
  'calls.exported.link': 'Voir le processus du jury',

  'calls.log.title': 'Journal public',
  'calls.log.intro':
    'Chaque étape de l’appel est inscrite dans un journal chaîné par empreintes, que chacun peut télécharger : ouverture, réception de chaque candidature (sous forme d’empreinte), examen et décisions. Aucune donnée personnelle n’y figure.',
  'calls.log.link': 'Télécharger le journal public de l’appel (JSON)',
  'calls.log.head': 'Événements inscrits : {count}. Dernière empreinte :',

  'calls.stats.title': 'Bilan de l’appel',
  'calls.stats.intro':
    'Chiffres agrégés de l’examen de recevabilité. Aucune candidature individuelle n’est publiée ici.',
  'calls.stats.figures': 'Candidatures reçues et examinées',
  'calls.stats.col.figure': 'Indicateur',
  'calls.stats.col.count': 'Nombre',
  'calls.stats.received': 'Candidatures reçues',
  'calls.stats.settled': 'Candidatures dont l’examen est terminé',
  'calls.stats.admissible': 'Candidatures recevables',
  'calls.stats.notAdmissible': 'Candidatures non recevables',
  'calls.stats.pending': 'Examen encore en cours pour {count} candidature(s).',
  'calls.stats.reasons': 'Motifs de non-recevabilité',
  'calls.stats.reasons.caption': 'Nombre de candidatures non recevables, par motif',
  'calls.stats.col.reason': 'Motif',
  'calls.stats.chart':
    'Diagramme en barres du nombre de candidatures non recevables par motif. Les mêmes chiffres figurent dans le tableau qui suit.',
  'calls.stats.chart.dataset': 'Candidatures non recevables',
  // One vocabulary of refusal reasons: shared/calls/refusalReasons.ts.
  ...reasonMessages('fr'),

  'calls.home.title': 'Appels à projets',
  'calls.home.none': 'Aucun appel à projets publié pour l’instant.',
  'calls.home.item': '{status}, clôture le {closesAt}',
  'calls.home.itemClosed': 'Clos depuis le {closesAt}',

  'calls.form.title': 'Déposer une candidature',
  'calls.form.intro':
    'Tous les champs sont obligatoires, sauf ceux marqués « facultatif ». Vos nom, adresse électronique et téléphone ne sont jamais publiés ni transmis au jury.',
  'calls.form.required': '(obligatoire)',
  'calls.form.optional': '(facultatif)',
  'calls.form.project': 'Votre projet',
  'calls.form.lead': 'Qui porte le projet',
  'calls.form.purpose': 'Intérêt général et financement',
  'calls.form.submit': 'Envoyer ma candidature',
  'calls.form.sending': 'Envoi de votre candidature…',
  'calls.form.errorPrefix': 'Erreur :',
  'calls.summary.one': 'Il y a une erreur dans le formulaire :',
  'calls.summary.many': 'Il y a {count} erreurs dans le formulaire :',
  'calls.summary.detail': 'Code de l’erreur :',

  'calls.field.projectName.label': 'Nom du projet',
  'calls.field.projectName.hint':
    'De 3 à 120 caractères. Il sera public si la candidature est jugée recevable.',
  'calls.field.pitch.label': 'Le projet en une phrase',
  'calls.field.pitch.hint': 'De 10 à 200 caractères : ce que fait le projet, et pour qui.',
  'calls.field.description.label': 'Description du projet',
  'calls.field.description.hint':
    'De 50 à 4000 caractères : le besoin, la solution, le public visé, l’équipe, le calendrier et l’état d’avancement.',
  'calls.field.sector.label': 'Secteur',
  'calls.field.sector.hint': 'Par exemple : environnement, santé, éducation, mobilités.',
  'calls.field.territory.label': 'Territoire',
  'calls.field.territory.hint':
    'Là où le projet agit : une commune, un département, une région, ou « National ».',
  'calls.field.website.label': 'Site web du projet',
  'calls.field.website.hint':
    'Adresse complète commençant par https:// ou http://, par exemple https://exemple.fr.',
  'calls.field.leadType.label': 'Le projet est porté par',
  'calls.field.leadName.label': 'Nom de la personne qui porte le projet',
  'calls.field.leadName.hint':
    'Prénom et nom de la personne à contacter. Jamais publié ni transmis au jury.',
  'calls.field.email.label': 'Adresse électronique',
  'calls.field.email.hint':
    'Par exemple nom@exemple.fr. Vous y recevrez l’accusé de réception et un lien personnel vers votre candidature.',
  'calls.field.phone.label': 'Téléphone',
  'calls.field.phone.hint': 'Par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.',
  'calls.field.levers.label': 'Accompagnement souhaité',
  'calls.field.levers.hint': 'Cochez au moins un levier d’accompagnement.',
  'calls.field.generalInterest.label': 'En quoi le projet sert-il l’intérêt général ?',
  'calls.field.generalInterest.hint':
    'De 30 à 2000 caractères : à qui il profite, à quelles conditions, sur quel territoire.',
  'calls.field.funding.label': 'Comment le projet est-il financé ?',
  'calls.field.funding.hint':
    'De 30 à 2000 caractères : ressources actuelles et prévues (dons, subventions, ventes…).',
  'calls.leadType.citizen': 'Citoyen·ne, à titre individuel',
  'calls.leadType.association': 'Association',
  'calls.leadType.company': 'Entreprise',
  'calls.lever.data-digital': 'Accès aux données et outils numériques',
  'calls.lever.coaching': 'Accompagnement par des experts',
  'calls.lever.administration-connections': 'Mise en relation avec les administrations',
  'calls.lever.funding-legal': 'Conseil sur le financement et le cadre juridique',
  'calls.lever.compliance': 'Mise en conformité (RGPD, accessibilité…)',
  'calls.lever.innovation-venues': 'Accès aux lieux d’innovation publics',
  'calls.lever.local-experimentation': 'Expérimentation dans un territoire',
  'calls.lever.promotion': 'Visibilité et promotion',
  'calls.charter.label': 'Charte d’engagement',
  'calls.charter.hint': 'Les quatre engagements de la charte sont obligatoires pour candidater.',
  'calls.charter.public-service-values':
    'Je m’engage à respecter les valeurs du service public, notamment la protection des données personnelles (RGPD) et l’accessibilité numérique.',
  'calls.charter.funding-transparency':
    'Je m’engage à la transparence sur le financement du projet.',
  'calls.charter.open-results':
    'Je m’engage à publier les résultats, les données et le code produits par le projet.',
  'calls.charter.network':
    'Je m’engage à rejoindre le réseau des projets accompagnés et à y participer.',
  'calls.charter.public-service-values.short': 'Valeurs du service public',
  'calls.charter.funding-transparency.short': 'Transparence du financement',
  'calls.charter.open-results.short': 'Publication des résultats, des données et du code',
  'calls.charter.network.short': 'Participation au réseau',

  'calls.counter.short': '{count} caractère(s) sur {max} au plus ; {min} au moins.',
  'calls.counter.ok': '{count} caractère(s) sur {max} au plus.',
  'calls.counter.over': '{count} caractères : {excess} de trop (maximum {max}).',

  'calls.honeypot.label': 'Ne remplissez pas ce champ : il sert à repérer les envois automatiques.',

  'calls.draft.saving':
    'Vos réponses sont enregistrées au fur et à mesure dans ce navigateur uniquement, jusqu’à l’envoi.',
  'calls.draft.restored':
    'Nous avons restauré le brouillon que vous aviez commencé dans ce navigateur.',
  'calls.draft.cleared': 'Le brouillon a été effacé.',
  'calls.draft.clear': 'Effacer le brouillon',

  'calls.missing.projectName': 'Saisissez le nom du projet.',
  'calls.missing.pitch': 'Présentez le projet en une phrase.',
  'calls.missing.description': 'Décrivez le projet.',
  'calls.missing.sector': 'Indiquez le secteur du projet.',
  'calls.missing.territory': 'Indiquez le territoire du projet.',
  'calls.missing.leadType':
    'Indiquez si le projet est porté par un·e citoyen·ne, une association ou une entreprise.',
  'calls.missing.leadName': 'Saisissez le nom de la personne qui porte le projet.',
  'calls.missing.email': 'Saisissez votre adresse électronique.',
  'calls.missing.levers': 'Cochez au moins un levier d’accompagnement.',
  'calls.missing.generalInterest': 'Expliquez en quoi le projet sert l’intérêt général.',
  'calls.missing.funding': 'Expliquez comment le projet est financé.',
  'calls.problem.required': '{field} : ce champ est obligatoire.',
  'calls.problem.tooShort': '{field} : saisissez au moins {min} caractères (actuellement {count}).',
  'calls.problem.tooShortPlain': '{field} : la réponse est trop courte.',
  'calls.problem.tooLong': '{field} : {max} caractères au maximum (actuellement {count}).',
  'calls.problem.tooLongPlain': '{field} : la réponse est trop longue.',
  'calls.problem.invalidEmail':
    'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
  'calls.problem.invalidPhone':
    'Saisissez un numéro de téléphone valide, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89, ou laissez le champ vide.',
  'calls.problem.invalidUrl':
    'Saisissez une adresse web complète commençant par https:// ou http://, par exemple https://exemple.fr, ou laissez le champ vide.',
  'calls.problem.invalidChoice': '{field} : choisissez parmi les options proposées.',
  'calls.problem.mustAccept':
    'Cochez l’engagement « {item} » : il est obligatoire pour candidater.',
  'calls.problem.unknownField':
    'Le formulaire contient un champ inattendu ({field}) : rechargez la page puis réessayez.',
  'calls.error.duplicate.projectName':
    'Une candidature portant ce nom de projet a déjà été déposée à cet appel. Si c’est la vôtre, retrouvez-la grâce au lien reçu par courriel ; sinon, choisissez un autre nom.',
  'calls.error.duplicate.description':
    'Une candidature avec la même description a déjà été déposée à cet appel. Si c’est la vôtre, retrouvez-la grâce au lien reçu par courriel ; sinon, décrivez votre propre projet.',
  'calls.error.closed':
    'L’appel n’accepte pas de candidature en ce moment (il est clos ou pas encore ouvert) : votre candidature n’a pas été enregistrée.',
  'calls.error.spam':
    'Votre envoi a été pris pour un envoi automatique et refusé. Réessayez sans outil de remplissage automatique.',
  'calls.error.rateLimited':
    'Trop de candidatures ont été envoyées depuis votre connexion. Réessayez dans une heure : votre brouillon est conservé.',
  'calls.error.notFound':
    'Cet appel à projets n’existe plus : votre candidature n’a pas été enregistrée.',
  'calls.error.origin':
    'L’envoi a été refusé car il ne provient pas de ce site. Rechargez la page puis réessayez.',
  'calls.error.network':
    'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez : votre brouillon est conservé.',
  'calls.error.unexpected': 'L’envoi a échoué. Réessayez : votre brouillon est conservé.',

  'calls.done.title': 'Candidature envoyée',
  'calls.done.ref': 'Votre candidature est enregistrée sous la référence {ref}.',
  'calls.done.email':
    'Un courriel vient d’être envoyé à {email}. Il contient un lien personnel pour relire votre candidature et, après la clôture de l’appel, en suivre le statut. Ne transmettez pas ce lien.',
  'calls.done.junk': 'Si vous ne le recevez pas, vérifiez vos courriers indésirables.',

  'calls.application.loading': 'Chargement de votre candidature…',
  'calls.application.invalid':
    'Ce lien de candidature n’est pas valide. Vérifiez que vous avez copié l’adresse complète reçue par courriel.',
  'calls.application.invalidTitle': 'Lien non valide',
  'calls.application.failed': 'Impossible de charger la candidature : {message}',
  'calls.application.title': 'Votre candidature : {name}',
  'calls.application.private':
    'Cette page est privée : seule une personne disposant du lien reçu par courriel peut la voir.',
  'calls.application.call': 'Appel à projets',
  'calls.application.ref': 'Référence',
  'calls.application.submittedAt': 'Déposée le',
  'calls.application.status': 'Statut',
  'calls.application.reason': 'Raison donnée',
  'calls.application.sent': 'Ce que vous avez envoyé',
  'calls.application.none': 'Non renseigné',
  'calls.application.accepted': 'Engagements acceptés',
  'calls.applicationStatus.received': 'Reçue',
  'calls.applicationStatus.under-review': 'En cours d’examen',
  'calls.applicationStatus.admissible': 'Recevable',
  'calls.applicationStatus.not-admissible': 'Non recevable',
  'calls.applicationStatus.received.text':
    'Votre candidature est bien enregistrée. Son examen commencera après la clôture de l’appel, le {closesAt} ; son statut sera alors indiqué ici.',
  'calls.applicationStatus.under-review.text':
    'L’appel est clos : la recevabilité de votre candidature est en cours d’examen.',
  'calls.applicationStatus.admissible.text':
    'Votre candidature est recevable : elle sera présentée au jury citoyen.',
  'calls.applicationStatus.not-admissible.text': 'Votre candidature n’a pas été jugée recevable.',
};

export const callsEn: Record<keyof typeof callsFr, string> = {
  'calls.loading': 'Loading the call…',
  'calls.notFound': 'This call for projects does not exist or is no longer published.',
  'calls.failed': 'Could not load the call for projects: {message}',
  'calls.pageTitle': 'Call for projects: {title}',
  'calls.status.upcoming': 'Upcoming',
  'calls.status.open': 'Open',
  'calls.status.closed': 'Closed',
  'calls.facts.status': 'Status',
  'calls.facts.opensAt': 'Opens',
  'calls.facts.closesAt': 'Closes',
  'calls.date': '{date}',
  'calls.upcoming.notice':
    'This call is not open yet. It opens on {opensAt}: the application form will be available from then.',
  'calls.open.notice': 'The call is open: you can apply until {closesAt}.',
  'calls.closed.notice': 'The call closed on {closesAt}: applications are no longer possible.',
  'calls.exported': 'The admissible applications have been handed over to the citizens’ jury.',
  'calls.exported.link': 'See the jury’s process',

  'calls.log.title': 'Public log',
  'calls.log.intro':
    'Every step of the call is written to a hash-chained log that anyone can download: opening, receipt of each application (as a digest), review and decisions. It holds no personal data.',
  'calls.log.link': 'Download the call’s public log (JSON)',
  'calls.log.head': 'Events recorded: {count}. Latest digest:',

  'calls.stats.title': 'Outcome of the call',
  'calls.stats.intro':
    'Aggregate figures of the admissibility review. No individual application is published here.',
  'calls.stats.figures': 'Applications received and reviewed',
  'calls.stats.col.figure': 'Figure',
  'calls.stats.col.count': 'Number',
  'calls.stats.received': 'Applications received',
  'calls.stats.settled': 'Applications whose review is complete',
  'calls.stats.admissible': 'Admissible applications',
  'calls.stats.notAdmissible': 'Applications not admissible',
  'calls.stats.pending': 'Review still in progress for {count} application(s).',
  'calls.stats.reasons': 'Reasons for non-admissibility',
  'calls.stats.reasons.caption': 'Number of applications not admissible, by reason',
  'calls.stats.col.reason': 'Reason',
  'calls.stats.chart':
    'Bar chart of the number of applications not admissible, by reason. The same figures are in the table that follows.',
  'calls.stats.chart.dataset': 'Applications not admissible',
  ...reasonMessages('en'),

  'calls.home.title': 'Calls for projects',
  'calls.home.none': 'No call for projects published yet.',
  'calls.home.item': '{status}, closes on {closesAt}',
  'calls.home.itemClosed': 'Closed on {closesAt}',

  'calls.form.title': 'Apply',
  'calls.form.intro':
    'Every field is required unless marked “optional”. Your name, email address and phone number are never published nor passed on to the jury.',
  'calls.form.required': '(required)',
  'calls.form.optional': '(optional)',
  'calls.form.project': 'Your project',
  'calls.form.lead': 'Who leads the project',
  'calls.form.purpose': 'General interest and funding',
  'calls.form.submit': 'Send my application',
  'calls.form.sending': 'Sending your application…',
  'calls.form.errorPrefix': 'Error:',
  'calls.summary.one': 'There is one error in the form:',
  'calls.summary.many': 'There are {count} errors in the form:',
  'calls.summary.detail': 'Error code:',

  'calls.field.projectName.label': 'Project name',
  'calls.field.projectName.hint':
    '3 to 120 characters. It becomes public if the application is found admissible.',
  'calls.field.pitch.label': 'The project in one sentence',
  'calls.field.pitch.hint': '10 to 200 characters: what the project does, and for whom.',
  'calls.field.description.label': 'Project description',
  'calls.field.description.hint':
    '50 to 4000 characters: the need, the solution, who it is for, the team, the timetable and how far along it is.',
  'calls.field.sector.label': 'Sector',
  'calls.field.sector.hint': 'For example: environment, health, education, transport.',
  'calls.field.territory.label': 'Area',
  'calls.field.territory.hint':
    'Where the project works: a town, a département, a region, or “National”.',
  'calls.field.website.label': 'Project website',
  'calls.field.website.hint':
    'Full address starting with https:// or http://, for example https://example.org.',
  'calls.field.leadType.label': 'The project is led by',
  'calls.field.leadName.label': 'Name of the person leading the project',
  'calls.field.leadName.hint':
    'First and last name of the contact person. Never published nor passed on to the jury.',
  'calls.field.email.label': 'Email address',
  'calls.field.email.hint':
    'For example name@example.org. You will receive the acknowledgement and a private link to your application there.',
  'calls.field.phone.label': 'Phone number',
  'calls.field.phone.hint': 'For example 01 23 45 67 89 or +33 1 23 45 67 89.',
  'calls.field.levers.label': 'Support requested',
  'calls.field.levers.hint': 'Tick at least one kind of support.',
  'calls.field.generalInterest.label': 'How does the project serve the general interest?',
  'calls.field.generalInterest.hint':
    '30 to 2000 characters: who benefits, on what terms, in which area.',
  'calls.field.funding.label': 'How is the project funded?',
  'calls.field.funding.hint':
    '30 to 2000 characters: current and planned resources (donations, grants, sales…).',
  'calls.leadType.citizen': 'A citizen, as an individual',
  'calls.leadType.association': 'An association (non-profit)',
  'calls.leadType.company': 'A company',
  'calls.lever.data-digital': 'Access to data and digital tools',
  'calls.lever.coaching': 'Coaching by experts',
  'calls.lever.administration-connections': 'Introductions to public administrations',
  'calls.lever.funding-legal': 'Advice on funding and the legal framework',
  'calls.lever.compliance': 'Compliance (GDPR, accessibility…)',
  'calls.lever.innovation-venues': 'Access to public innovation venues',
  'calls.lever.local-experimentation': 'Trial in a local area',
  'calls.lever.promotion': 'Visibility and promotion',
  'calls.charter.label': 'Charter of commitments',
  'calls.charter.hint': 'All four commitments of the charter are required to apply.',
  'calls.charter.public-service-values':
    'I commit to the values of public service, including the protection of personal data (GDPR) and digital accessibility.',
  'calls.charter.funding-transparency': 'I commit to transparency about how the project is funded.',
  'calls.charter.open-results':
    'I commit to publishing the results, data and code the project produces.',
  'calls.charter.network':
    'I commit to joining the network of supported projects and taking part in it.',
  'calls.charter.public-service-values.short': 'Public-service values',
  'calls.charter.funding-transparency.short': 'Funding transparency',
  'calls.charter.open-results.short': 'Publishing results, data and code',
  'calls.charter.network.short': 'Joining the network',

  'calls.counter.short': '{count} character(s) of {max} at most; {min} at least.',
  'calls.counter.ok': '{count} character(s) of {max} at most.',
  'calls.counter.over': '{count} characters: {excess} too many (at most {max}).',

  'calls.honeypot.label': 'Leave this field empty: it helps detect automated submissions.',

  'calls.draft.saving':
    'Your answers are saved as you type, in this browser only, until you send them.',
  'calls.draft.restored': 'We restored the draft you had started in this browser.',
  'calls.draft.cleared': 'The draft has been cleared.',
  'calls.draft.clear': 'Clear the draft',

  'calls.missing.projectName': 'Enter the project’s name.',
  'calls.missing.pitch': 'Describe the project in one sentence.',
  'calls.missing.description': 'Describe the project.',
  'calls.missing.sector': 'Enter the project’s sector.',
  'calls.missing.territory': 'Enter the project’s area.',
  'calls.missing.leadType':
    'Say whether the project is led by a citizen, an association or a company.',
  'calls.missing.leadName': 'Enter the name of the person leading the project.',
  'calls.missing.email': 'Enter your email address.',
  'calls.missing.levers': 'Tick at least one kind of support.',
  'calls.missing.generalInterest': 'Explain how the project serves the general interest.',
  'calls.missing.funding': 'Explain how the project is funded.',
  'calls.problem.required': '{field}: this field is required.',
  'calls.problem.tooShort': '{field}: enter at least {min} characters (now {count}).',
  'calls.problem.tooShortPlain': '{field}: the answer is too short.',
  'calls.problem.tooLong': '{field}: {max} characters at most (now {count}).',
  'calls.problem.tooLongPlain': '{field}: the answer is too long.',
  'calls.problem.invalidEmail': 'Enter a valid email address, for example name@example.org.',
  'calls.problem.invalidPhone':
    'Enter a valid phone number, for example 01 23 45 67 89 or +33 1 23 45 67 89, or leave the field empty.',
  'calls.problem.invalidUrl':
    'Enter a full web address starting with https:// or http://, for example https://example.org, or leave the field empty.',
  'calls.problem.invalidChoice': '{field}: choose one of the options.',
  'calls.problem.mustAccept': 'Tick the commitment “{item}”: it is required to apply.',
  'calls.problem.unknownField':
    'The form holds an unexpected field ({field}): reload the page and try again.',
  'calls.error.duplicate.projectName':
    'An application with this project name has already been submitted to this call. If it is yours, find it through the link you received by email; otherwise, choose another name.',
  'calls.error.duplicate.description':
    'An application with the same description has already been submitted to this call. If it is yours, find it through the link you received by email; otherwise, describe your own project.',
  'calls.error.closed':
    'The call is not accepting applications at the moment (it is closed or not open yet): your application was not recorded.',
  'calls.error.spam':
    'Your submission was taken for an automated one and refused. Try again without an autofill tool.',
  'calls.error.rateLimited':
    'Too many applications were sent from your connection. Try again in an hour: your draft is kept.',
  'calls.error.notFound':
    'This call for projects no longer exists: your application was not recorded.',
  'calls.error.origin':
    'The submission was refused because it did not come from this site. Reload the page and try again.',
  'calls.error.network':
    'The server does not answer. Check your connection and try again: your draft is kept.',
  'calls.error.unexpected': 'Sending failed. Try again: your draft is kept.',

  'calls.done.title': 'Application sent',
  'calls.done.ref': 'Your application is recorded under the reference {ref}.',
  'calls.done.email':
    'An email has just been sent to {email}. It holds a private link to read your application again and, once the call has closed, to follow its status. Do not share this link.',
  'calls.done.junk': 'If you do not receive it, check your junk mail.',

  'calls.application.loading': 'Loading your application…',
  'calls.application.invalid':
    'This application link is not valid. Check that you copied the whole address you received by email.',
  'calls.application.invalidTitle': 'Invalid link',
  'calls.application.failed': 'Could not load the application: {message}',
  'calls.application.title': 'Your application: {name}',
  'calls.application.private':
    'This page is private: only someone with the link you received by email can see it.',
  'calls.application.call': 'Call for projects',
  'calls.application.ref': 'Reference',
  'calls.application.submittedAt': 'Submitted on',
  'calls.application.status': 'Status',
  'calls.application.reason': 'Reason given',
  'calls.application.sent': 'What you sent',
  'calls.application.none': 'Not given',
  'calls.application.accepted': 'Commitments accepted',
  'calls.applicationStatus.received': 'Received',
  'calls.applicationStatus.under-review': 'Under review',
  'calls.applicationStatus.admissible': 'Admissible',
  'calls.applicationStatus.not-admissible': 'Not admissible',
  'calls.applicationStatus.received.text':
    'Your application is recorded. Its review starts after the call closes, on {closesAt}; its status will then be shown here.',
  'calls.applicationStatus.under-review.text':
    'The call is closed: the admissibility of your application is being reviewed.',
  'calls.applicationStatus.admissible.text':
    'Your application is admissible: it will be presented to the citizens’ jury.',
  'calls.applicationStatus.not-admissible.text': 'Your application was not found admissible.',
};
