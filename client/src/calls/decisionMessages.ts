// Interface text of the pre-screening decision (issue 13): the application beside its reviews in the
// organiser's settlement view, the decision mail notice, and the reason's label on the applicant's page.

export const decisionFr = {
  'calls.application.reasonCategory': 'Motif',
  'organiser.calls.settlement.application': 'La candidature',
  'organiser.calls.settlement.applicationHint':
    'Telle que la personne candidate l’a remplie, sans ses coordonnées.',
  'organiser.calls.settlement.projectName': 'Nom du projet',
  'organiser.calls.settlement.mailHint':
    'Dès l’enregistrement, la personne candidate reçoit par courriel la décision, le motif et votre message, avec le lien vers sa page personnelle.',
};

export const decisionEn: Record<keyof typeof decisionFr, string> = {
  'calls.application.reasonCategory': 'Reason',
  'organiser.calls.settlement.application': 'The application',
  'organiser.calls.settlement.applicationHint':
    'As the applicant filled it in, without their contact details.',
  'organiser.calls.settlement.projectName': 'Project name',
  'organiser.calls.settlement.mailHint':
    'As soon as it is recorded, the applicant receives the decision, the reason and your message by e-mail, with the link to their personal page.',
};
