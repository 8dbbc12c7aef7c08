// Interface text the room, the projector and the invitation page gained with the State design system:
// window titles, the agenda's progress line, the scoring form's count, the drawer's close button.

export const roomPageFr = {
  'roomPage.title': 'Salle du jury — {process}',
  'roomPage.titleLoading': 'Salle du jury',
  'roomPage.projectorTitle': 'Projection — {process}',
  'roomPage.projectorTitleLoading': 'Projection',
  'roomPage.invitationTitle': 'Invitation — {process}',
  'roomPage.invitationTitleLoading': 'Invitation',
  'roomPage.position': 'Dossier {position} sur {total}',
  'roomPage.scored.one': '{count} critère sur {total} noté',
  'roomPage.scored.other': '{count} critères sur {total} notés',
  'roomPage.missingGrade': 'Choisissez une mention ou « Je ne me prononce pas ».',
  'roomPage.step': 'Étape {step} sur {total}',
  'roomPage.nextStep': 'Étape suivante :',
} as const;

export const roomPageEn: Record<keyof typeof roomPageFr, string> = {
  'roomPage.title': 'Jury room — {process}',
  'roomPage.titleLoading': 'Jury room',
  'roomPage.projectorTitle': 'Projection — {process}',
  'roomPage.projectorTitleLoading': 'Projection',
  'roomPage.invitationTitle': 'Invitation — {process}',
  'roomPage.invitationTitleLoading': 'Invitation',
  'roomPage.position': 'Dossier {position} of {total}',
  'roomPage.scored.one': '{count} criterion of {total} graded',
  'roomPage.scored.other': '{count} criteria of {total} graded',
  'roomPage.missingGrade': 'Choose a grade or “No opinion”.',
  'roomPage.step': 'Step {step} of {total}',
  'roomPage.nextStep': 'Next step:',
};
