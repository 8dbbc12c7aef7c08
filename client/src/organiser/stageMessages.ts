// The console's text for the stages after the invitations (the stepper) and for the check shown before the
// results are published: the dossiers never graded and the flagged cases, by reference and title.

export const organiserStageFr = {
  'organiser.steps.deliberation': 'Délibération du jury',
  'organiser.steps.published': 'Résultats publiés',
  'organiser.next.deliberation':
    'À faire : mener la délibération dans la salle, puis publier les résultats (section « Résultats »).',
  'organiser.next.published':
    'Les résultats sont publiés : le procès-verbal et le dossier d’audit sont disponibles sur la page publique.',
  'organiser.status.deliberation': 'Délibération en cours',
  'organiser.status.published': 'Résultats publiés',
  'organiser.publishCheck.heading': 'Avant de publier, vérifiez',
  'organiser.publishCheck.allGraded': 'Les {total} dossiers ont tous été notés.',
  'organiser.publishCheck.notGradedOne': '1 dossier sur {total} n’a jamais été noté :',
  'organiser.publishCheck.notGradedMany': '{n} dossiers sur {total} n’ont jamais été notés :',
  'organiser.publishCheck.notGradedConsequence':
    'Ils ne figureront ni dans le classement ni parmi les lauréats.',
  'organiser.publishCheck.belowQuorum': 'Sous le quorum ({quorum} juré·es), donc non classés :',
  'organiser.publishCheck.belowFloor':
    'Sous le seuil de qualité (« {floor} »), donc exclus des lauréats :',
  'organiser.publishCheck.tie': 'Égalité à la limite pour {places} place(s) entre :',
  'organiser.publishCheck.tieSettled': 'Départagée : {winners}.',
  'organiser.publishCheck.noFlags': 'Aucun cas signalé (quorum, seuil de qualité, égalité).',
  'organiser.publishCheck.dossier': '{id} — {title}',
};

export const organiserStageEn: Record<keyof typeof organiserStageFr, string> = {
  'organiser.steps.deliberation': 'Jury deliberation',
  'organiser.steps.published': 'Results published',
  'organiser.next.deliberation':
    'To do: run the deliberation in the room, then publish the results (section “Results”).',
  'organiser.next.published':
    'The results are published: the record of proceedings and the audit bundle are on the public page.',
  'organiser.status.deliberation': 'Deliberation in progress',
  'organiser.status.published': 'Results published',
  'organiser.publishCheck.heading': 'Before publishing, check',
  'organiser.publishCheck.allGraded': 'All {total} dossiers have been graded.',
  'organiser.publishCheck.notGradedOne': '1 dossier of {total} was never graded:',
  'organiser.publishCheck.notGradedMany': '{n} dossiers of {total} were never graded:',
  'organiser.publishCheck.notGradedConsequence':
    'They will appear neither in the ranking nor among the winners.',
  'organiser.publishCheck.belowQuorum': 'Below the quorum ({quorum} jurors), so not ranked:',
  'organiser.publishCheck.belowFloor':
    'Below the quality floor (“{floor}”), so excluded from the winners:',
  'organiser.publishCheck.tie': 'Tie at the cut for {places} place(s) between:',
  'organiser.publishCheck.tieSettled': 'Settled: {winners}.',
  'organiser.publishCheck.noFlags': 'No flagged case (quorum, quality floor, tie).',
  'organiser.publishCheck.dossier': '{id} — {title}',
};
