// Interface text of the calls-for-projects console (organiser.calls.*) in French; merged into organiserFr.
// Some labels are used verbatim by the end-to-end tests (e2e/prescreening.e2e.test.ts): change them together.

export const organiserCallsFr = {
  'organiser.calls.link': 'Appels à projets et pré-instruction',
  'organiser.calls.backToList': 'Retour à la liste des appels à projets',
  'organiser.calls.status.upcoming': 'À venir',
  'organiser.calls.status.open': 'Ouvert aux candidatures',
  'organiser.calls.status.closed': 'Clos',

  // List and creation
  'organiser.calls.list.title': 'Appels à projets',
  'organiser.calls.list.intro':
    'Un appel reçoit les candidatures pendant sa période d’ouverture. Chaque candidature est confiée automatiquement, dès son arrivée, à deux relecteurs ou relectrices ; une fois l’appel clos, vous arbitrez sa recevabilité, puis envoyez les candidatures recevables au jury citoyen comme dossiers.',
  'organiser.calls.list.heading': 'Vos appels',
  'organiser.calls.list.caption': 'Appels à projets ({count})',
  'organiser.calls.list.colTitle': 'Titre',
  'organiser.calls.list.colStatus': 'Statut',
  'organiser.calls.list.colOpens': 'Ouverture',
  'organiser.calls.list.colCloses': 'Clôture',
  'organiser.calls.list.empty': 'Aucun appel pour l’instant. Créez le premier ci-dessous.',
  'organiser.calls.create.heading': 'Créer un appel à projets',
  'organiser.calls.create.title': 'Titre de l’appel',
  'organiser.calls.create.titleHint':
    'Par exemple : « Accélérateur d’initiatives citoyennes 2026 ».',
  'organiser.calls.create.description': 'Présentation de l’appel',
  'organiser.calls.create.descriptionHint':
    'Affichée sur la page publique de l’appel ({max} caractères au plus).',
  'organiser.calls.create.opensAt': 'Ouverture des candidatures',
  'organiser.calls.create.closesAt': 'Clôture des candidatures',
  'organiser.calls.create.dateHint': 'Date et heure de votre navigateur (fuseau {zone}).',
  'organiser.calls.create.closesBeforeOpens':
    'La clôture des candidatures doit être postérieure à leur ouverture.',
  'organiser.calls.create.refPrefix': 'Préfixe des références',
  'organiser.calls.create.refPrefixHint':
    'De 2 à 6 lettres majuscules, par exemple AIC : les candidatures sont numérotées AIC-2026-001, AIC-2026-002…',
  'organiser.calls.create.prefixFormat':
    'Le préfixe des références doit compter de 2 à 6 lettres majuscules sans accent (par exemple AIC).',
  'organiser.calls.create.year': 'Année de la cohorte',
  'organiser.calls.create.yearHint': 'Elle figure dans les références des candidatures.',
  'organiser.calls.create.submit': 'Créer l’appel',

  // One call
  'organiser.calls.page.loading': 'Chargement de l’appel',
  'organiser.calls.page.unavailable': 'Appel indisponible',
  'organiser.calls.page.status': 'Statut',
  'organiser.calls.page.opensAt': 'Ouverture',
  'organiser.calls.page.closesAt': 'Clôture',
  'organiser.calls.page.numbering': 'Références',
  'organiser.calls.page.numberingValue': '{prefix}-{year}-001, {prefix}-{year}-002…',
  'organiser.calls.page.publicLink': 'Voir la page publique de l’appel',
  'organiser.calls.page.refreshHint':
    'Cette page ne se met pas à jour seule : actualisez-la pour voir les nouvelles candidatures et relectures.',
  'organiser.calls.page.refresh': 'Actualiser',
  'organiser.calls.page.refreshed': 'Informations actualisées.',

  // Reviewers
  'organiser.calls.reviewers.heading': 'Relecteurs et relectrices',
  'organiser.calls.reviewers.none': 'Aucun relecteur ni aucune relectrice pour l’instant.',
  'organiser.calls.reviewers.caption': 'Relecteurs et relectrices ({count})',
  'organiser.calls.reviewers.id': 'Identifiant public',
  'organiser.calls.reviewers.name': 'Nom',
  'organiser.calls.reviewers.email': 'Adresse électronique',
  'organiser.calls.reviewers.needTwo':
    'Chaque candidature est relue par deux personnes : ajoutez au moins deux relecteurs ou relectrices. Les candidatures reçues d’ici là leur seront réparties automatiquement.',
  'organiser.calls.reviewers.addHeading': 'Ajouter un relecteur ou une relectrice',
  'organiser.calls.reviewers.addHint':
    'La personne reçoit par courriel un lien personnel vers les candidatures qui lui sont confiées. Le journal public ne mentionne que son identifiant (R01, R02…).',
  'organiser.calls.reviewers.nameShort': 'Le nom doit compter au moins 2 caractères.',
  'organiser.calls.reviewers.emailFormat':
    'Saisissez une adresse électronique valide, par exemple nom@exemple.fr.',
  'organiser.calls.reviewers.submit': 'Ajouter et envoyer le lien',
  'organiser.calls.reviewers.added':
    '{name} ({id}) est ajouté·e ; son lien de relecture est envoyé à {email}.',

  // Progress and assignment
  'organiser.calls.progress.heading': 'Avancement de la relecture',
  'organiser.calls.progress.received': 'Candidatures reçues',
  'organiser.calls.progress.unassigned': 'Non attribuées',
  'organiser.calls.progress.fullyReviewed': 'Relues deux fois',
  'organiser.calls.progress.settled': 'Arbitrées',
  'organiser.calls.progress.perReviewer': 'Relectures par personne',
  'organiser.calls.progress.chartLabel':
    'Graphique en barres : pour chaque relecteur ou relectrice puis au total, le nombre de relectures faites et restantes. Les mêmes chiffres figurent dans le tableau qui suit.',
  'organiser.calls.progress.caption': 'Relectures faites et restantes, par personne et au total',
  'organiser.calls.progress.reviewer': 'Relecteur ou relectrice',
  'organiser.calls.progress.assigned': 'Attribuées',
  'organiser.calls.progress.reviewed': 'Relues',
  'organiser.calls.progress.remaining': 'Restantes',
  'organiser.calls.progress.total': 'Total',
  'organiser.calls.assign.hint':
    'L’attribution est automatique : chaque candidature est confiée dès son arrivée aux deux relecteurs ou relectrices qui ont le moins de candidatures à relire, jamais à une personne qui a déclaré un conflit d’intérêts sur elle. Les candidatures reçues quand l’appel comptait moins de deux relecteurs sont réparties dès l’ajout du deuxième. Ajoutez donc vos relecteurs avant l’ouverture pour équilibrer au mieux la charge.',
  'organiser.calls.assign.submit': 'Attribuer maintenant les candidatures en attente',
  'organiser.calls.assign.needReviewers':
    'Ajoutez au moins deux relecteurs ou relectrices : les candidatures en attente leur seront alors attribuées automatiquement.',
  'organiser.calls.assign.nothing': 'Toutes les candidatures reçues sont attribuées.',
  'organiser.calls.assign.done': '{count} candidature(s) attribuée(s) à deux personnes chacune.',

  // Applications and settlement
  'organiser.calls.applications.heading': 'Candidatures ({count})',
  'organiser.calls.applications.none': 'Aucune candidature reçue pour l’instant.',
  'organiser.calls.applications.order':
    'Ordre d’arbitrage : d’abord les avis divergents, puis les candidatures prêtes à arbitrer, celles en cours de relecture, et enfin celles déjà arbitrées. Dépliez une candidature pour la lire à côté de ses relectures.',
  'organiser.calls.applications.disagreements':
    '{count} candidature(s) avec des avis divergents à examiner en priorité.',
  'organiser.calls.item.summary': '{ref} — {title}',
  'organiser.calls.item.disagreement': 'Avis divergents',
  'organiser.calls.item.disagreementHint':
    'Avis divergents : les deux relectures ne concluent pas de la même façon, ou l’une demande à en discuter.',
  'organiser.calls.item.unassigned': '(non attribuée)',
  'organiser.calls.item.inReview': '(en relecture : {received} relecture(s) sur {expected})',
  'organiser.calls.item.toSettle': '(à arbitrer)',
  'organiser.calls.item.settledAdmissible': '(arbitrée : recevable)',
  'organiser.calls.item.settledNotAdmissible': '(arbitrée : non recevable)',
  'organiser.calls.item.reviews': 'Relectures',
  'organiser.calls.item.noReviewers': 'Cette candidature n’est pas encore attribuée.',
  'organiser.calls.item.reviewBy': 'Relecture de {reviewer}',
  'organiser.calls.item.reviewPending': 'Relecture en attente.',
  'organiser.calls.item.conflicts': 'Conflit d’intérêts déclaré, personne remplacée : {list}.',
  'organiser.calls.item.settlement': 'Arbitrage',
  'organiser.calls.item.afterClose': 'L’arbitrage sera possible après la clôture de l’appel.',
  'organiser.calls.item.needReviews':
    'L’arbitrage sera possible une fois les deux relectures reçues.',
  'organiser.calls.settle.heading': 'Arbitrer la candidature {ref}',
  'organiser.calls.settle.final':
    'L’arbitrage est définitif : la décision est inscrite au journal public de l’appel.',
  'organiser.calls.settle.decision': 'Décision',
  'organiser.calls.settle.admissible': 'Recevable : transmise au jury citoyen',
  'organiser.calls.settle.notAdmissible': 'Non recevable',
  'organiser.calls.settle.decisionRequired':
    'Choisissez une décision : recevable ou non recevable.',
  'organiser.calls.settle.reason': 'Motif de non-recevabilité',
  'organiser.calls.settle.reasonHint':
    'La page publique de l’appel publie le nombre de candidatures par motif, jamais le motif d’une candidature en particulier.',
  'organiser.calls.settle.reasonPlaceholder': '— Choisissez un motif —',
  'organiser.calls.settle.reasonRequired': 'Choisissez le motif de non-recevabilité.',
  'organiser.calls.settle.text': 'Message à la personne candidate',
  'organiser.calls.settle.textHint':
    'Ce que lira le porteur ou la porteuse du projet sur sa page personnelle ({min} à {max} caractères).',
  'organiser.calls.settle.textLength':
    'Le message à la personne candidate doit compter de {min} à {max} caractères.',
  'organiser.calls.settle.assessment': 'Appréciation transmise au jury',
  'organiser.calls.settle.assessmentHint':
    'Pré-remplie à partir des deux relectures : pour chaque axe, le niveau le plus prudent des deux et les deux commentaires. Le jury la lira : modifiez-la si besoin.',
  'organiser.calls.settle.submit': 'Enregistrer l’arbitrage',
  'organiser.calls.settle.doneAdmissible': 'Candidature {ref} arbitrée : recevable.',
  'organiser.calls.settle.doneNotAdmissible': 'Candidature {ref} arbitrée : non recevable.',
  'organiser.calls.outcome.decision': 'Décision',
  'organiser.calls.outcome.admissible': 'Recevable',
  'organiser.calls.outcome.notAdmissible': 'Non recevable',
  'organiser.calls.outcome.reason': 'Motif',
  'organiser.calls.outcome.text': 'Message à la personne candidate',
  'organiser.calls.outcome.noText': 'Aucun',
  'organiser.calls.outcome.at': 'Arbitrée le',

  // Hand-over to the jury
  'organiser.calls.export.heading': 'Envoyer les dossiers recevables au jury',
  'organiser.calls.export.afterClose':
    'Possible une fois l’appel clos et toutes les candidatures arbitrées.',
  'organiser.calls.export.unsettled':
    'Encore {count} candidature(s) à arbitrer avant de pouvoir envoyer les dossiers.',
  'organiser.calls.export.noneAdmissible': 'Aucune candidature n’est recevable : rien à envoyer.',
  'organiser.calls.export.noProcess':
    'Aucun processus de jury n’existe : créez-en un dans la liste des processus.',
  'organiser.calls.export.formHeading': 'Choisir le jury',
  'organiser.calls.export.intro':
    '{count} candidature(s) recevable(s) deviendront les dossiers du jury choisi, avec l’appréciation de l’administration.',
  'organiser.calls.export.process': 'Processus de jury destinataire',
  'organiser.calls.export.processHint':
    'Avant l’ouverture de sa salle de délibération seulement. Les dossiers envoyés remplacent ceux que le processus aurait déjà.',
  'organiser.calls.export.processPlaceholder': '— Choisissez un processus —',
  'organiser.calls.export.processRequired': 'Choisissez le processus de jury destinataire.',
  'organiser.calls.export.start': 'Envoyer les dossiers recevables…',
  'organiser.calls.export.question':
    'Confirmez-vous l’envoi de {count} dossier(s) au jury « {title} » ?',
  'organiser.calls.export.final':
    'L’envoi n’a lieu qu’une fois et est inscrit aux journaux publics de l’appel et du jury.',
  'organiser.calls.export.confirm': 'Confirmer l’envoi',
  'organiser.calls.export.cancel': 'Annuler',
  'organiser.calls.export.done': '{count} dossier(s) envoyé(s) au jury « {title} ».',
  'organiser.calls.export.exported': 'Les dossiers recevables ont été envoyés au jury « {title} ».',
  'organiser.calls.export.openProcess': 'Ouvrir ce processus',
};
