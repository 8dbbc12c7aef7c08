// Names of a process's stages (shared/process/processStage.ts) on the public page and the home page.

export const stageFr = {
  'stage.draft': 'En préparation',
  'stage.committed': 'Engagement publié',
  'stage.revealed': 'Valeurs révélées',
  'stage.drawn': 'Tiré au sort',
  'stage.invitations': 'Invitations en cours',
  'stage.deliberation': 'Délibération en cours',
  'stage.published': 'Résultats publiés',
  'public.loadFailed': 'La page n’a pas pu être chargée. Rechargez-la dans un instant.',
};

export const stageEn: Record<keyof typeof stageFr, string> = {
  'stage.draft': 'In preparation',
  'stage.committed': 'Commitment published',
  'stage.revealed': 'Values revealed',
  'stage.drawn': 'Drawn',
  'stage.invitations': 'Invitations under way',
  'stage.deliberation': 'Deliberation in progress',
  'stage.published': 'Results published',
  'public.loadFailed': 'The page could not be loaded. Reload it in a moment.',
};
