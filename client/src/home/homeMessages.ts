// The home page's own text (its tiles), in French and English; its list headings are in publicMessages.

export const homeFr = {
  'home.pageTitle': 'Accueil',
  'home.tools': 'Vérifier et participer',
  'home.tile.verifier.title': 'Vérifier un tirage',
  'home.tile.verifier.desc':
    'Recalculer un tirage publié dans votre navigateur, à partir de son fichier.',
  'home.tile.witness.title': 'Témoin d’un tirage',
  'home.tile.witness.desc': 'Créer ou vérifier le secret que vous apportez au hasard d’un tirage.',
  'home.tile.console.title': 'Console de l’organisateur',
  'home.tile.console.desc':
    'Préparer un processus, mener le tirage et la délibération (connexion requise).',
  'home.process.link': 'Voir le processus',
};

export const homeEn: Record<keyof typeof homeFr, string> = {
  'home.pageTitle': 'Home',
  'home.tools': 'Verify and take part',
  'home.tile.verifier.title': 'Verify a draw',
  'home.tile.verifier.desc': 'Recompute a published draw in your browser, from its file.',
  'home.tile.witness.title': 'Witness a draw',
  'home.tile.witness.desc': 'Make or check the secret you bring to a draw’s randomness.',
  'home.tile.console.title': 'Organiser console',
  'home.tile.console.desc':
    'Prepare a process, run the draw and the deliberation (sign-in required).',
  'home.process.link': 'See the process',
};
