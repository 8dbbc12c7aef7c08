// Interface text of the reviewers' pre-screening page, and the pre-screening vocabulary (opinions, axes,
// levels, project fields) that the organiser's calls console shares with it.

export const reviewFr = {
  'review.loading': 'Chargement des candidatures…',
  'review.pageTitle': 'Pré-instruction des candidatures',
  'review.title': 'Pré-instruction : {title}',
  'review.greeting': 'Bonjour {name} (relecteur·rice {id}).',
  'review.intro':
    'Pour chaque candidature qui vous est confiée, donnez votre avis sur sa recevabilité et appréciez-la sur quatre axes, chacun avec un commentaire. Vous pouvez modifier votre relecture jusqu’à l’arbitrage de l’équipe organisatrice. Les coordonnées des porteurs et porteuses ne vous sont jamais communiquées.',
  'review.progress': 'Avancement : {reviewed} candidature(s) relue(s) sur {total}.',
  'review.retry': 'Réessayer',
  'review.invalid.title': 'Lien de relecture invalide',
  'review.invalid.text':
    'Ce lien de relecture n’est pas valide. Vérifiez l’adresse reçue par courriel ou contactez l’équipe organisatrice de l’appel.',
  'review.pending.heading': 'À relire ({count})',
  'review.pending.none': 'Aucune candidature à relire pour l’instant.',
  'review.done.heading': 'Déjà relues ({count})',
  'review.done.none': 'Aucune candidature relue pour l’instant.',
  'review.saved':
    'Votre relecture de {ref} est enregistrée. Elle reste modifiable jusqu’à l’arbitrage.',
  'review.conflict.done':
    'Conflit d’intérêts enregistré : la candidature {ref} est confiée à une autre personne et retirée de votre liste.',

  // One application of the queue
  'review.item.heading': '{ref} — {title}',
  'review.item.readProject': 'Le projet (contenu de la candidature)',
  'review.item.yourReview': 'Votre relecture',
  'review.item.frozen': 'La candidature est arbitrée : votre relecture ne peut plus être modifiée.',
  'review.item.edit': 'Modifier ma relecture',
  'review.item.cancelEdit': 'Annuler la modification',

  // The review form
  'review.form.heading': 'Votre relecture',
  'review.form.editHeading': 'Modifier votre relecture',
  'review.form.allRequired': 'Tous les champs sont obligatoires.',
  'review.form.opinion': 'Avis sur la recevabilité',
  'review.form.opinionHint':
    '« À discuter » signale la candidature à l’équipe organisatrice, qui l’examinera en priorité.',
  'review.form.level': 'Niveau : {axis}',
  'review.form.comment': 'Commentaire : {axis}',
  'review.form.commentHint': 'De 1 à {max} caractères. Le jury pourra le lire.',
  'review.form.submit': 'Enregistrer ma relecture',
  'review.form.update': 'Enregistrer les modifications',
  'review.error.opinion': 'Choisissez un avis sur la recevabilité.',
  'review.error.level': 'Choisissez un niveau pour « {axis} ».',
  'review.error.tokenInvalid': 'Ce lien de relecture n’est plus valide.',
  'review.error.forbidden': 'Cette candidature ne vous est plus confiée.',
  'review.error.refused': 'Cette action n’est plus possible pour cette candidature.',

  // Conflict of interest
  'review.conflict.hint':
    'Vous connaissez le porteur ou la porteuse, ou avez un intérêt dans le projet ? Déclarez-le avant de relire.',
  'review.conflict.declare': 'Déclarer un conflit d’intérêts',
  'review.conflict.question': 'Confirmez-vous un conflit d’intérêts pour « {title} » ?',
  'review.conflict.consequence':
    'La candidature sera retirée de votre liste et confiée à un autre relecteur ou une autre relectrice. La déclaration est inscrite au journal de l’appel et ne peut pas être annulée.',
  'review.conflict.confirm': 'Confirmer le conflit d’intérêts',
  'review.conflict.cancel': 'Annuler',

  // A review as text
  'review.summary.opinion': 'Avis sur la recevabilité',

  // The project
  'review.content.pitch': 'En une phrase',
  'review.content.description': 'Description',
  'review.content.leadType': 'Porté par',
  'review.content.sector': 'Secteur',
  'review.content.territory': 'Territoire',
  'review.content.website': 'Site web',
  'review.content.levers': 'Accompagnement demandé',
  'review.content.charter': 'Charte du programme',
  'review.content.charterItem': '{item} : {answer}',
  'review.content.accepted': 'accepté',
  'review.content.refused': 'refusé',
  'review.content.generalInterest': 'Intérêt général',
  'review.content.funding': 'Financement',
  'review.content.none': 'Non renseigné',

  // Vocabulary
  'review.opinion.admissible': 'Recevable',
  'review.opinion.notAdmissible': 'Non recevable',
  'review.opinion.toDiscuss': 'À discuter',
  'review.axis.solidity': 'Solidité',
  'review.axis.feasibility': 'Faisabilité',
  'review.axis.impact': 'Impact potentiel',
  'review.axis.supportValue': 'Intérêt d’un accompagnement par l’administration',
  'review.level.insufficient': 'Insuffisant',
  'review.level.fragile': 'Fragile',
  'review.level.satisfactory': 'Satisfaisant',
  'review.level.strong': 'Solide',
};

export const reviewEn: Record<keyof typeof reviewFr, string> = {
  'review.loading': 'Loading the applications…',
  'review.pageTitle': 'Pre-screening of applications',
  'review.title': 'Pre-screening: {title}',
  'review.greeting': 'Hello {name} (reviewer {id}).',
  'review.intro':
    'For each application entrusted to you, give your opinion on its admissibility and assess it on four axes, each with a comment. You can change your review until the organising team settles the application. Applicants’ contact details are never shown to you.',
  'review.progress': 'Progress: {reviewed} of {total} application(s) reviewed.',
  'review.retry': 'Try again',
  'review.invalid.title': 'Invalid review link',
  'review.invalid.text':
    'This review link is not valid. Check the address you received by e-mail or contact the team organising the call.',
  'review.pending.heading': 'To review ({count})',
  'review.pending.none': 'No application to review for now.',
  'review.done.heading': 'Already reviewed ({count})',
  'review.done.none': 'No application reviewed yet.',
  'review.saved':
    'Your review of {ref} is saved. You can change it until the application is settled.',
  'review.conflict.done':
    'Conflict of interest recorded: application {ref} goes to someone else and leaves your list.',

  'review.item.heading': '{ref} — {title}',
  'review.item.readProject': 'The project (content of the application)',
  'review.item.yourReview': 'Your review',
  'review.item.frozen': 'The application is settled: your review can no longer be changed.',
  'review.item.edit': 'Change my review',
  'review.item.cancelEdit': 'Cancel the change',

  'review.form.heading': 'Your review',
  'review.form.editHeading': 'Change your review',
  'review.form.allRequired': 'Every field is required.',
  'review.form.opinion': 'Opinion on admissibility',
  'review.form.opinionHint':
    '“To discuss” flags the application to the organising team, who will look at it first.',
  'review.form.level': 'Level: {axis}',
  'review.form.comment': 'Comment: {axis}',
  'review.form.commentHint': '1 to {max} characters. The jury may read it.',
  'review.form.submit': 'Save my review',
  'review.form.update': 'Save the changes',
  'review.error.opinion': 'Choose an opinion on admissibility.',
  'review.error.level': 'Choose a level for “{axis}”.',
  'review.error.tokenInvalid': 'This review link is no longer valid.',
  'review.error.forbidden': 'This application is no longer entrusted to you.',
  'review.error.refused': 'This action is no longer possible for this application.',

  'review.conflict.hint':
    'Do you know the applicant, or have an interest in the project? Declare it before reviewing.',
  'review.conflict.declare': 'Declare a conflict of interest',
  'review.conflict.question': 'Do you confirm a conflict of interest for “{title}”?',
  'review.conflict.consequence':
    'The application will leave your list and go to another reviewer. The declaration is recorded in the call’s log and cannot be undone.',
  'review.conflict.confirm': 'Confirm the conflict of interest',
  'review.conflict.cancel': 'Cancel',

  'review.summary.opinion': 'Opinion on admissibility',

  'review.content.pitch': 'In one sentence',
  'review.content.description': 'Description',
  'review.content.leadType': 'Led by',
  'review.content.sector': 'Sector',
  'review.content.territory': 'Territory',
  'review.content.website': 'Website',
  'review.content.levers': 'Support requested',
  'review.content.charter': 'Programme charter',
  'review.content.charterItem': '{item}: {answer}',
  'review.content.accepted': 'accepted',
  'review.content.refused': 'refused',
  'review.content.generalInterest': 'General interest',
  'review.content.funding': 'Funding',
  'review.content.none': 'Not given',

  'review.opinion.admissible': 'Admissible',
  'review.opinion.notAdmissible': 'Not admissible',
  'review.opinion.toDiscuss': 'To discuss',
  'review.axis.solidity': 'Soundness',
  'review.axis.feasibility': 'Feasibility',
  'review.axis.impact': 'Potential impact',
  'review.axis.supportValue': 'Value of support from the administration',
  'review.level.insufficient': 'Insufficient',
  'review.level.fragile': 'Fragile',
  'review.level.satisfactory': 'Satisfactory',
  'review.level.strong': 'Strong',
};
