// Interface text added with the call pages' move to the State design system: window titles, the
// confirmation before sending an application or a decision, and the "not found" messages.

export const callsDsfrFr = {
  'callsDsfr.title.apply': 'Candidature — {title}',
  'callsDsfr.title.call': 'Appel à projets — {title}',
  'callsDsfr.title.notFound': 'Appel introuvable',
  'callsDsfr.notFound.title': 'Appel à projets introuvable',
  'callsDsfr.failed.title': 'Appel à projets indisponible',
  'callsDsfr.application.notFoundTitle': 'Candidature introuvable',
  'callsDsfr.application.failedTitle': 'Candidature indisponible',
  'callsDsfr.confirm.question': 'Envoyer votre candidature ?',
  'callsDsfr.confirm.consequence':
    'Une fois envoyée, elle ne peut plus être modifiée : relisez vos réponses si besoin.',
  'callsDsfr.confirm.yes': 'Oui, envoyer ma candidature',
  'callsDsfr.confirm.no': 'Revenir au formulaire',
  'callsDsfr.review.title': 'Relecture — {title}',
  'callsDsfr.review.notFoundTitle': 'Relecture introuvable',
  'callsDsfr.organiser.title': 'Appel — {title}',
  'callsDsfr.settle.question': 'Enregistrer cet arbitrage ?',
  'callsDsfr.settle.consequence':
    'La décision est définitive : la personne candidate en est informée par courriel.',
  'callsDsfr.settle.confirm': 'Confirmer l’arbitrage',
  'callsDsfr.settle.cancel': 'Revenir à l’arbitrage',
  'callsDsfr.review.status': 'Statut :',
  'callsDsfr.review.pending': 'À relire',
  'callsDsfr.review.done': 'Relue',
  'callsDsfr.review.settled': 'Arbitrée',
  'callsDsfr.review.doneHint': 'Vous pouvez modifier votre relecture jusqu’à l’arbitrage.',
  'callsDsfr.review.settledHint': 'L’équipe organisatrice a arbitré cette candidature.',
};

export const callsDsfrEn: Record<keyof typeof callsDsfrFr, string> = {
  'callsDsfr.title.apply': 'Application — {title}',
  'callsDsfr.title.call': 'Call for projects — {title}',
  'callsDsfr.title.notFound': 'Call not found',
  'callsDsfr.notFound.title': 'Call for projects not found',
  'callsDsfr.failed.title': 'Call for projects unavailable',
  'callsDsfr.application.notFoundTitle': 'Application not found',
  'callsDsfr.application.failedTitle': 'Application unavailable',
  'callsDsfr.confirm.question': 'Send your application?',
  'callsDsfr.confirm.consequence':
    'Once sent, it can no longer be changed: read your answers again if needed.',
  'callsDsfr.confirm.yes': 'Yes, send my application',
  'callsDsfr.confirm.no': 'Back to the form',
  'callsDsfr.review.title': 'Review — {title}',
  'callsDsfr.review.notFoundTitle': 'Review not found',
  'callsDsfr.organiser.title': 'Call — {title}',
  'callsDsfr.settle.question': 'Record this decision?',
  'callsDsfr.settle.consequence': 'The decision is final: the applicant is told by email.',
  'callsDsfr.settle.confirm': 'Confirm the decision',
  'callsDsfr.settle.cancel': 'Back to the decision',
  'callsDsfr.review.status': 'Status:',
  'callsDsfr.review.pending': 'To review',
  'callsDsfr.review.done': 'Reviewed',
  'callsDsfr.review.settled': 'Settled',
  'callsDsfr.review.doneHint': 'You can change your review until the application is settled.',
  'callsDsfr.review.settledHint': 'The organising team has settled this application.',
};
