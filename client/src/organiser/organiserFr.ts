// Interface text of the organiser console in French, the default language.
// Some labels are used verbatim by the end-to-end tests (e2e/ceremony.e2e.test.ts): change them together.

import { organiserCallsFr } from './organiserCallsFr';

export const organiserFr = {
  'organiser.title': 'Espace organisateur',
  'organiser.loading': 'Chargement…',
  'organiser.retry': 'Réessayer',
  'organiser.backToList': 'Retour à la liste des processus',
  'organiser.signOut': 'Se déconnecter',
  'organiser.warningPrefix': 'Attention :',
  'organiser.percent': '{value} %',
  'organiser.requiredNote': 'Sauf mention « facultatif », tous les champs sont obligatoires.',

  // Errors
  'organiser.errors.one': 'Il y a une erreur :',
  'organiser.errors.many': 'Il y a {count} erreurs :',
  'organiser.errors.detail': 'Code de l’erreur :',
  'organiser.field.required': 'Renseignez le champ « {field} ».',
  'organiser.field.integer': '« {field} » doit être un nombre entier compris entre {min} et {max}.',
  'organiser.field.tooLong': '« {field} » ne doit pas dépasser {max} caractères.',
  'organiser.field.dateTime': '« {field} » doit être une date et une heure valides.',
  'organiser.apiError.badCredentials': 'Mot de passe incorrect.',

  // Setup and sign-in
  'organiser.setup.title': 'Créer le mot de passe de l’organisateur',
  'organiser.setup.intro':
    'Premier démarrage : choisissez le mot de passe qui protégera l’espace organisateur. Il n’y a qu’un seul compte organisateur.',
  'organiser.setup.storage':
    'Le mot de passe n’est jamais enregistré en clair : seule son empreinte, calculée avec scrypt, est conservée. Il ne peut donc pas être récupéré : notez-le en lieu sûr.',
  'organiser.setup.password': 'Mot de passe',
  'organiser.setup.passwordHint':
    'Au moins {min} caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.',
  'organiser.setup.confirm': 'Confirmer le mot de passe',
  'organiser.setup.submit': 'Enregistrer le mot de passe',
  'organiser.setup.tooShort': 'Le mot de passe doit contenir au moins {min} caractères.',
  'organiser.setup.mismatch': 'Les deux mots de passe ne sont pas identiques.',
  'organiser.login.title': 'Connexion à l’espace organisateur',
  'organiser.login.password': 'Mot de passe',
  'organiser.login.submit': 'Se connecter',
  'organiser.login.required': 'Saisissez le mot de passe.',
  'organiser.login.signedOut': 'Vous êtes déconnecté·e.',
  'organiser.login.expired': 'Votre session a expiré : reconnectez-vous pour continuer.',
  'organiser.login.alreadySet':
    'Le mot de passe a déjà été créé entre-temps : connectez-vous avec celui-ci.',

  // Process list
  'organiser.list.title': 'Processus de tirage au sort',
  'organiser.list.intro':
    'Chaque processus constitue un jury : paramètres, import des volontaires, engagement public, révélation, tirage puis invitations.',
  'organiser.list.heading': 'Vos processus',
  'organiser.list.caption': 'Processus ({count})',
  'organiser.list.colTitle': 'Titre',
  'organiser.list.colStatus': 'Étape',
  'organiser.list.colPool': 'Volontaires',
  'organiser.list.colCreated': 'Créé le',
  'organiser.list.noPool': 'Aucun import',
  'organiser.list.empty': 'Aucun processus pour l’instant. Créez le premier ci-dessous.',
  'organiser.create.heading': 'Créer un processus',
  'organiser.create.label': 'Titre du processus',
  'organiser.create.hint':
    'Par exemple : « Jury citoyen 2025 ». Les autres paramètres (sièges, suppléant·es, critères) se règlent ensuite.',
  'organiser.create.submit': 'Créer le processus',
  'organiser.notFound.title': 'Page introuvable',
  'organiser.notFound.text': 'Cette adresse ne correspond à aucune page de l’espace organisateur.',

  // Process page
  'organiser.process.loading': 'Chargement du processus',
  'organiser.process.unavailable': 'Processus indisponible',
  'organiser.process.publicLink': 'Voir la page publique',
  'organiser.process.refreshFailed':
    'La mise à jour automatique a échoué : les informations affichées peuvent être anciennes.',
  'organiser.status.draft': 'Préparation',
  'organiser.status.committed': 'Engagement publié',
  'organiser.status.revealed': 'Valeurs révélées',
  'organiser.status.drawn': 'Tirage effectué',
  'organiser.status.invitations': 'Invitations envoyées',
  'organiser.steps.heading': 'Avancement',
  'organiser.steps.draft': 'Préparation : paramètres et volontaires',
  'organiser.steps.committed': 'Engagement publié',
  'organiser.steps.revealed': 'Valeurs révélées',
  'organiser.steps.drawn': 'Tirage effectué',
  'organiser.steps.invitations': 'Invitations envoyées',
  'organiser.steps.done': '(terminée)',
  'organiser.steps.current': '(étape actuelle)',
  'organiser.steps.todo': '(à venir)',
  'organiser.next.draft':
    'À faire : vérifier les paramètres, importer les volontaires, puis publier l’engagement.',
  'organiser.next.committed':
    'À faire : révéler les valeurs (secret de l’organisateur, secrets des témoins, signature drand une fois le tour produit).',
  'organiser.next.revealed': 'À faire : effectuer le tirage au sort.',
  'organiser.next.drawn': 'À faire : envoyer les invitations aux personnes tirées au sort.',
  'organiser.next.invitations':
    'Suivez les réponses. En cas de refus ou d’absence de réponse, le siège passe automatiquement au ou à la suppléant·e suivant·e.',

  // Settings
  'organiser.settings.heading': 'Paramètres',
  'organiser.settings.frozen': 'Les paramètres sont figés depuis la publication de l’engagement.',
  'organiser.settings.title': 'Titre',
  'organiser.settings.seats': 'Nombre de sièges',
  'organiser.settings.seatsHint': 'Nombre de juré·es tiré·es au sort (de 1 à 1 000).',
  'organiser.settings.alternates': 'Nombre de suppléant·es',
  'organiser.settings.alternatesHint':
    'Tiré·es au sort à la suite, dans l’ordre, pour remplacer les juré·es qui refusent (de 0 à 1 000).',
  'organiser.settings.shortlistMax': 'Nombre maximal de projets présélectionnés',
  'organiser.settings.shortlistHint':
    'Nombre maximal de projets que le jury peut retenir (de 1 à 100).',
  'organiser.settings.criteria': 'Critères d’évaluation',
  'organiser.settings.criteriaHint': 'De 1 à {max} critères, évalués par chaque juré·e.',
  'organiser.settings.criterion': 'Critère {n}',
  'organiser.settings.addCriterion': 'Ajouter un critère',
  'organiser.settings.removeCriterion': 'Retirer le critère {n}',
  'organiser.settings.submit': 'Enregistrer les paramètres',
  'organiser.settings.saved': 'Paramètres enregistrés.',

  // Volunteers
  'organiser.volunteers.heading': 'Volontaires',
  'organiser.volunteers.none': 'Aucun volontaire n’a encore été importé.',
  'organiser.volunteers.size': 'Nombre de volontaires',
  'organiser.volunteers.root': 'Racine du vivier (arbre de Merkle)',
  'organiser.volunteers.attributes': 'Colonnes d’attributs',
  'organiser.volunteers.noAttributes': 'Aucune',
  'organiser.volunteers.importedAt': 'Importé le',
  'organiser.volunteers.import': 'Importer les volontaires',
  'organiser.volunteers.reimport': 'Remplacer la liste des volontaires',
  'organiser.volunteers.file': 'Fichier CSV des volontaires',
  'organiser.volunteers.fileHint':
    'Colonnes obligatoires : name (ou nom) et email (ou courriel). Colonne facultative : phone (ou téléphone). Toute autre colonne est conservée comme attribut. Séparateur : virgule, point-virgule ou tabulation ; encodage UTF-8. Le fichier est vérifié en entier : au moindre problème, rien n’est importé.',
  'organiser.volunteers.replaceHint': 'Un nouvel import remplace entièrement la liste actuelle.',
  'organiser.volunteers.submit': 'Importer',
  'organiser.volunteers.needFile': 'Choisissez le fichier CSV des volontaires.',
  'organiser.volunteers.progress': 'Envoi du fichier',
  'organiser.volunteers.uploading': 'Envoi du fichier en cours…',
  'organiser.volunteers.processing': 'Fichier reçu : vérification et import en cours…',
  'organiser.volunteers.imported': '{count} volontaires importé·es.',
  'organiser.receipts.heading': 'Reçus des volontaires',
  'organiser.receipts.intro':
    'Chaque reçu permet à un·e volontaire de vérifier que son identifiant pseudonyme fait bien partie du vivier publié et, quand le vivier vient des inscriptions d’un premier tirage, qu’il ou elle y a été invité·e. À l’engagement, chaque volontaire qui a une adresse reçoit le sien par courriel ; ce fichier ne sert que pour un envoi par un autre moyen.',
  'organiser.receipts.personalData':
    'ce fichier contient des données personnelles (nom et adresse électronique de chaque volontaire). Ne le publiez pas : transmettez à chaque personne uniquement son propre reçu.',
  'organiser.receipts.download':
    'Télécharger les reçus de tous les volontaires (JSON, données personnelles)',
  'organiser.csv.summary':
    'Le fichier contient {total} problème(s) ; rien n’a été importé. Voir le détail.',
  'organiser.csv.fieldError': 'Fichier refusé : {total} problème(s), détaillés ci-dessous.',
  'organiser.csv.caption': 'Problèmes trouvés dans le fichier : {total} au total.',
  'organiser.csv.partial': 'Seuls les {shown} premiers sont listés.',
  'organiser.csv.line': 'Ligne',
  'organiser.csv.column': 'Colonne',
  'organiser.csv.field': 'Champ',
  'organiser.csv.problem': 'Problème',
  'organiser.csv.unknown': '—',
  'organiser.csv.code.invalidUtf8':
    'Le fichier n’est pas encodé en UTF-8 (enregistrez-le au format « CSV UTF-8 »).',
  'organiser.csv.code.emptyFile': 'Le fichier est vide.',
  'organiser.csv.code.syntax': 'Erreur de syntaxe CSV (guillemets mal fermés, par exemple).',
  'organiser.csv.code.emptyHeader': 'Une colonne n’a pas de nom.',
  'organiser.csv.code.duplicateHeader': 'Deux colonnes portent le même nom.',
  'organiser.csv.code.missingColumn': 'Une colonne obligatoire manque.',
  'organiser.csv.code.badHeader': 'Un nom de colonne contient des caractères inattendus.',
  'organiser.csv.code.noRows': 'Le fichier a une ligne d’en-tête mais aucun volontaire.',
  'organiser.csv.code.fieldCount': 'Le nombre de champs de la ligne ne correspond pas à l’en-tête.',
  'organiser.csv.code.required': 'Champ obligatoire vide.',
  'organiser.csv.code.invalid': 'Valeur invalide.',
  'organiser.csv.code.duplicate': 'Adresse électronique déjà présente sur une autre ligne.',
  'organiser.csv.code.tooLong': 'Valeur trop longue (200 caractères au plus).',

  // Commitment
  'organiser.commit.heading': 'Engagement',
  'organiser.commit.intro':
    'Publier l’engagement fige les paramètres et la liste des volontaires, et annonce à l’avance toutes les sources de hasard : votre secret d’organisateur (créé par le serveur et affiché une seule fois), les secrets d’éventuels témoins (seule leur empreinte est publiée) et un tour futur de la balise publique drand. Personne, pas même vous, ne peut alors connaître le résultat avant la révélation.',
  'organiser.commit.needPool':
    'Importez d’abord les volontaires pour pouvoir publier l’engagement.',
  'organiser.commit.tooManySeats':
    'il y a {seats} sièges pour seulement {pool} volontaires. Réduisez le nombre de sièges ou importez une liste plus longue.',
  'organiser.witness.heading': 'Témoins (facultatif)',
  'organiser.witness.howtoBefore':
    'Un témoin apporte son propre hasard. Sur son ordinateur, il ou elle exécute',
  'organiser.witness.howtoAfter':
    ': la commande affiche un secret et son empreinte SHA-256 (« commitment »). Le témoin garde le secret et ne vous transmet que l’empreinte ; il vous donnera le secret après la publication de l’engagement.',
  'organiser.witness.none': 'Aucun témoin pour l’instant.',
  'organiser.witness.legend': 'Témoin {n}',
  'organiser.witness.label': 'Nom du témoin {n}',
  'organiser.witness.labelHint': '80 caractères au plus, sans signe « = ».',
  'organiser.witness.commitment': 'Empreinte SHA-256 du témoin {n}',
  'organiser.witness.commitmentHint':
    '64 caractères hexadécimaux (0-9, a-f) : la valeur « commitment » donnée par le témoin, jamais son secret.',
  'organiser.witness.optional': 'Témoin {n} facultatif',
  'organiser.witness.optionalHint':
    'Si ce témoin ne révèle pas son secret, le tirage peut quand même avoir lieu : sa valeur compte alors comme nulle.',
  'organiser.witness.add': 'Ajouter un témoin',
  'organiser.witness.remove': 'Retirer le témoin {n}',
  'organiser.witness.labelChars': 'Le nom du témoin {n} ne doit pas contenir le signe « = ».',
  'organiser.witness.duplicate': 'Le nom du témoin {n} est déjà utilisé par un autre témoin.',
  'organiser.witness.hashFormat':
    'L’empreinte du témoin {n} doit compter exactement 64 caractères hexadécimaux.',
  'organiser.commit.drandHeading': 'Balise publique drand',
  'organiser.commit.drandIntro':
    'Le tirage utilise aussi un tour futur de la balise drand (réseau quicknet, un tour toutes les 3 secondes), que personne ne peut prévoir.',
  'organiser.commit.delay': 'Délai avant le tour drand (minutes)',
  'organiser.commit.delayHint':
    'Le tour retenu sera le premier produit après ce délai. Le serveur impose un délai minimal.',
  'organiser.commit.round': 'Numéro du tour drand (facultatif)',
  'organiser.commit.roundHint':
    'Pour annoncer un tour précis. S’il est indiqué, il remplace le délai ; il doit être produit après le délai minimal.',
  'organiser.commit.final':
    'après la publication, les paramètres et la liste des volontaires ne pourront plus être modifiés.',
  'organiser.commit.submit': 'Publier l’engagement',
  'organiser.commit.hash': 'Empreinte de l’engagement',
  'organiser.commit.committedAt': 'Publié le',
  'organiser.commit.sources': 'Sources de hasard annoncées',
  'organiser.commit.secret': 'secret engagé, empreinte',
  'organiser.commit.optionalSecret': 'secret engagé (facultatif), empreinte',
  'organiser.commit.publicValue': 'valeur publique annoncée',
  'organiser.drand.round': 'tour drand n° {round},',
  'organiser.drand.expected': 'produit le {time}.',

  // Organiser secret
  'organiser.secret.heading': 'Secret de l’organisateur : à conserver maintenant',
  'organiser.secret.once':
    'ce secret ne sera plus jamais affiché, et le serveur n’en garde aucune copie. Téléchargez-le ou copiez-le maintenant et conservez-le en lieu sûr.',
  'organiser.secret.why':
    'Il vous sera demandé à l’étape de révélation : sans lui, le tirage ne pourra pas avoir lieu. Ne le communiquez à personne avant cette étape.',
  'organiser.secret.value': 'Secret de l’organisateur :',
  'organiser.secret.download': 'Télécharger le secret (fichier JSON)',
  'organiser.secret.copy': 'Copier le secret',
  'organiser.secret.downloaded': 'Fichier du secret téléchargé.',
  'organiser.secret.copied': 'Secret copié dans le presse-papiers.',
  'organiser.secret.copyFailed':
    'La copie a échoué : sélectionnez le secret à la main, ou téléchargez le fichier.',
  'organiser.secret.dismiss': 'J’ai mis le secret en lieu sûr : le masquer',
  'organiser.secret.dismissUnsaved': 'Masquer le secret sans l’avoir téléchargé ni copié',

  // Reveal
  'organiser.reveal.heading': 'Révélation des valeurs',
  'organiser.reveal.intro':
    'Révélez chaque source annoncée. Chaque valeur est contrôlée avec son empreinte publiée. Les témoins facultatifs peuvent rester muets. Le tirage devient possible dès que toutes les sources obligatoires sont révélées.',
  'organiser.reveal.pending': 'Pas encore révélée.',
  'organiser.reveal.optionalNote':
    'Source facultative : elle comptera comme nulle si elle n’est pas révélée.',
  'organiser.reveal.null': 'Non révélée : comptée comme nulle.',
  'organiser.reveal.done': 'Révélée :',
  'organiser.reveal.valueLabel': 'Valeur révélée : {label}',
  'organiser.reveal.valueHint': 'Le secret dont l’empreinte SHA-256 publiée est',
  'organiser.reveal.fileLabel': 'Fichier du secret : {label} (facultatif)',
  'organiser.reveal.fileHint':
    'Le fichier JSON téléchargé lors de l’engagement, ou le fichier d’un témoin (temoin-secret-….txt), remplit le champ ci-dessus.',
  'organiser.reveal.fileLoaded': 'Secret chargé depuis le fichier. Vérifiez-le, puis révélez-le.',
  'organiser.reveal.badFile': 'Ce fichier ne contient pas de secret lisible.',
  'organiser.reveal.drandWhere':
    'Une fois l’heure passée, la signature du tour est publiée par drand : ouvrez l’adresse ci-après et copiez la valeur du champ « signature ».',
  'organiser.reveal.drandLink': 'Tour {round} sur api.drand.sh (nouvelle fenêtre)',
  'organiser.reveal.signatureLabel': 'Signature drand : {label}',
  'organiser.reveal.signatureHint': '96 caractères hexadécimaux.',
  'organiser.reveal.submit': 'Révéler « {label} »',
  'organiser.reveal.valueRequired': 'Saisissez la valeur de « {label} ».',
  'organiser.reveal.signatureRequired': 'Saisissez la signature drand de « {label} ».',
  'organiser.reveal.signatureFormat':
    'La signature drand doit compter exactement 96 caractères hexadécimaux.',
  'organiser.reveal.mismatch':
    'Cette valeur ne correspond pas à l’empreinte publiée pour « {label} ». Vérifiez-la (espaces, caractères manquants).',
  'organiser.reveal.beaconInvalid': 'Cette signature n’est pas celle du tour drand {round}.',
  'organiser.reveal.revealed': '« {label} » est révélée.',

  // Draw
  'organiser.draw.heading': 'Tirage au sort',
  'organiser.draw.intro':
    'Toutes les sources obligatoires sont révélées : le tirage peut avoir lieu. Il est calculé à partir des valeurs révélées et publié dans le journal public.',
  'organiser.draw.start': 'Tirer au sort',
  'organiser.draw.question': 'Confirmez-vous le tirage ?',
  'organiser.draw.final':
    'Il est définitif : toute seconde tentative sera refusée et inscrite au journal public.',
  'organiser.draw.confirm': 'Confirmer le tirage',
  'organiser.draw.cancel': 'Annuler',
  'organiser.draw.done':
    'Tirage effectué : {seats} sièges et {alternates} suppléant·es en attente.',
  'organiser.draw.drawnAt': 'Tiré le',
  'organiser.draw.seed': 'Graine',
  'organiser.draw.selected': 'Personnes tirées au sort',
  'organiser.draw.selectedValue': '{seats} pour les sièges, {alternates} suppléant·es',
  'organiser.draw.redraws': 'Secondes tentatives refusées',
  'organiser.draw.record': 'Télécharger le registre public du tirage (JSON)',

  // Invitations
  'organiser.invitations.heading': 'Invitations',
  'organiser.invitations.intro':
    '{count} personne(s) tirée(s) au sort attendent leur invitation. Chacune recevra un courriel avec un lien personnel pour accepter ou refuser.',
  'organiser.invitations.deadline': 'Date limite de réponse',
  'organiser.invitations.deadlineHint':
    'Date et heure de votre navigateur (fuseau {zone}). Passé ce délai, le siège revient au ou à la suppléant·e suivant·e.',
  'organiser.invitations.submit': 'Envoyer les invitations',
  'organiser.invitations.deadlineRequired': 'Indiquez la date limite de réponse.',
  'organiser.invitations.deadlineRefused':
    'Cette date limite est refusée : elle doit être dans le futur.',
  'organiser.invitations.sent': 'Invitations envoyées : {count}.',
  'organiser.invitations.allSent':
    'Toutes les personnes tirées au sort ont été invitées. Les suppléant·es appelé·es en remplacement sont invité·es automatiquement.',

  // Seats
  'organiser.seats.heading': 'Sièges',
  'organiser.seats.summary': 'Sièges acceptés : {accepted} sur {seats}.',
  'organiser.seats.caption': 'Sièges du jury ({count})',
  'organiser.seats.seat': 'Siège',
  'organiser.seats.holder': 'Identifiant pseudonyme',
  'organiser.seats.status': 'Statut',
  'organiser.seats.deadline': 'Date limite de réponse',
  'organiser.seats.nobody': 'Personne',
  'organiser.seats.noDeadline': 'Aucune',
  'organiser.seatStatus.drawn': 'Tiré·e au sort, pas encore invité·e',
  'organiser.seatStatus.invited': 'Invité·e, réponse attendue',
  'organiser.seatStatus.accepted': 'A accepté',
  'organiser.seatStatus.vacant': 'Vacant (plus de suppléant·e)',
  'organiser.seats.alternatesHeading': 'Suppléant·es en attente',
  'organiser.seats.alternate': 'Rang {rank} : {id}',
  'organiser.seats.noAlternates': 'Aucun·e suppléant·e en attente.',
  'organiser.seats.changesHeading': 'Historique des remplacements',
  'organiser.seats.noChanges': 'Aucun remplacement pour l’instant.',
  'organiser.changes.caption': 'Remplacements ({count})',
  'organiser.changes.at': 'Date',
  'organiser.changes.seat': 'Siège',
  'organiser.changes.from': 'Personne partie',
  'organiser.changes.reason': 'Motif',
  'organiser.changes.to': 'Remplacée par',
  'organiser.changes.declined': 'A refusé',
  'organiser.changes.expired': 'Sans réponse dans le délai',
  'organiser.changes.vacant': 'Personne (siège vacant)',

  // Results
  'organiser.results.heading': 'Résultats',
  'organiser.results.loading': 'Chargement des résultats…',
  'organiser.results.loadFailed': 'Les résultats n’ont pas pu être chargés.',
  'organiser.results.notStarted': 'La délibération n’a pas encore commencé.',
  'organiser.results.provisional':
    'Résultats provisoires : ils sont recalculés à chaque révélation et ne deviennent définitifs qu’à leur publication.',
  'organiser.results.published':
    'Résultats publiés le {date} : ils sont définitifs et la salle est close.',
  'organiser.results.caption': 'Classement selon la règle ({method})',
  'organiser.results.method.majority-judgment': 'jugement majoritaire',
  'organiser.results.method.weighted-mean': 'moyenne pondérée',
  'organiser.results.rank': 'Rang',
  'organiser.results.dossier': 'Dossier',
  'organiser.results.majorityGrade': 'Mention majoritaire',
  'organiser.results.shortlisted': 'Retenu',
  'organiser.results.yes': 'Oui',
  'organiser.results.no': 'Non',
  'organiser.results.none': '—',
  'organiser.results.shortlist': 'Dossiers retenus : {list}.',
  'organiser.results.shortlistEmpty': 'Aucun dossier retenu pour l’instant.',
  'organiser.results.flagged': 'Cas signalés',
  'organiser.results.flaggedNone': 'Aucun cas signalé.',
  'organiser.results.belowQuorum': 'Sous le quorum ({quorum} juré·es) : {list}.',
  'organiser.results.belowFloor': 'Sous le seuil de qualité (« {floor} ») : {list}.',
  'organiser.results.notGraded': 'Pas encore notés : {list}.',
  'organiser.results.tie.heading': 'Égalité à la limite de la liste',
  'organiser.results.tie.intro':
    '{list} sont à égalité pour {places} place(s) restante(s). La règle fixée avant la notation prévoit : {how}.',
  'organiser.results.tie.how.room-vote': 'un vote de la salle parmi les dossiers à égalité',
  'organiser.results.tie.how.lottery': 'un tirage au sort vérifiable',
  'organiser.results.tie.settled.room-vote':
    'Égalité départagée par le vote de la salle : {winners}.',
  'organiser.results.tie.settled.lottery': 'Égalité départagée par tirage au sort : {winners}.',
  'organiser.results.vote.legend': 'Vote de la salle',
  'organiser.results.vote.hint':
    'Saisissez le nombre de voix de chaque dossier à égalité. {seated} juré·es siègent : le total ne peut pas dépasser ce nombre.',
  'organiser.results.vote.label': 'Voix pour « {dossier} »',
  'organiser.results.vote.tooMany':
    'Le total des voix ({cast}) dépasse le nombre de juré·es qui siègent ({seated}).',
  'organiser.results.vote.submit': 'Enregistrer le vote',
  'organiser.results.vote.done': 'Vote enregistré : l’égalité est départagée.',
  'organiser.results.lottery.intro':
    'Le tirage s’engage d’abord sur un secret de l’organisateur et sur un tour futur de la balise drand, que personne ne peut prévoir. Il a lieu une fois ce tour produit.',
  'organiser.results.lottery.round': 'Numéro du tour drand (facultatif)',
  'organiser.results.lottery.roundHint':
    'Laissé vide : le premier tour produit après le délai minimal imposé par le serveur.',
  'organiser.results.lottery.declare': 'Annoncer le tirage au sort',
  'organiser.results.lottery.declared':
    'Tirage annoncé. Conservez le secret affiché : il sera demandé pour le tirage.',
  'organiser.results.lottery.pending': 'Tirage annoncé, en attente du',
  'organiser.results.draw.secret': 'Secret de l’organisateur (tirage de l’égalité)',
  'organiser.results.draw.secretHint':
    'Le secret affiché une seule fois lors de l’annonce du tirage ; son empreinte SHA-256 publiée est',
  'organiser.results.draw.signature': 'Signature drand du tour {round}',
  'organiser.results.draw.submit': 'Tirer au sort l’égalité',
  'organiser.results.draw.done': 'Tirage effectué : l’égalité est départagée.',
  'organiser.results.secretWhy':
    'Il vous sera demandé pour le tirage au sort de l’égalité : sans lui, l’égalité ne pourra pas être départagée. Ne le communiquez à personne avant.',
  'organiser.results.sensitivity': 'Sensibilité à la méthode (indicatif)',
  'organiser.results.sensitivityIntro':
    'Les premiers dossiers selon chaque méthode prise seule. Seule la règle fixée décide : ces listes montrent si le résultat dépend de la méthode.',
  'organiser.results.sensitivity.majorityJudgment': 'Jugement majoritaire',
  'organiser.results.sensitivity.weightedMean': 'Moyenne pondérée',
  'organiser.results.sensitivity.zScore':
    'Notes centrées-réduites par juré·e (organisateur seulement)',
  'organiser.results.sensitivity.entry': 'n° {rank} : {dossier}',
  'organiser.results.sensitivity.empty': 'Aucun dossier classé.',
  'organiser.results.sensitivity.unavailable': 'Indisponible.',
  'organiser.results.publish.start': 'Publier les résultats',
  'organiser.results.publish.question': 'Confirmez-vous la publication des résultats ?',
  'organiser.results.publish.final':
    'Elle est définitive : la liste des dossiers retenus ne pourra plus changer et la salle sera close.',
  'organiser.results.publish.confirm': 'Confirmer la publication',
  'organiser.results.publish.cancel': 'Annuler',
  'organiser.results.publish.done': 'Résultats publiés.',
  'organiser.results.publish.needTie':
    'Départagez d’abord l’égalité à la limite de la liste : la publication est impossible tant qu’elle reste ouverte.',
  'organiser.results.publish.needGrades':
    'Aucun dossier n’a encore été noté : il n’y a rien à publier.',
  'organiser.results.publish.needReveal':
    'Une notation est en cours dans la salle : passez d’abord ce dossier à la phase « Résultats », puis publiez.',
  'organiser.results.downloads': 'Téléchargements',
  'organiser.results.downloads.private': 'Réservé à l’organisation',
  'organiser.results.downloads.privateHint':
    'Ce fichier relie chaque note à un numéro de siège : ne le diffusez pas.',
  'organiser.results.downloads.seatGradesExcel': 'Notes par siège (CSV pour Excel)',
  'organiser.results.downloads.seatGradesStandard': 'Notes par siège (CSV standard)',
  'organiser.results.downloads.public': 'Publics',
  'organiser.results.downloads.audit': 'Dossier d’audit complet (JSON)',
  'organiser.results.downloads.resultsExcel': 'Résultats (CSV pour Excel)',
  'organiser.results.downloads.resultsStandard': 'Résultats (CSV standard)',
  'organiser.results.downloads.gradesExcel': 'Répartition des notes (CSV pour Excel)',
  'organiser.results.downloads.gradesStandard': 'Répartition des notes (CSV standard)',
  'organiser.results.downloads.resultsJson': 'Résultats (JSON)',
  'organiser.results.publicPage': 'Page publique des résultats',

  // Calls for projects
  ...organiserCallsFr,
};
