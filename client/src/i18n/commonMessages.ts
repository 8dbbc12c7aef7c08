// Interface text shared by every page (frame, navigation, language), in French and English.

export const commonFr = {
  'app.name': 'Kleroterion',
  'app.tagline': 'Tirage au sort vérifiable de jurys citoyens',
  'nav.skip': 'Aller au contenu',
  'page.loading': 'Chargement de la page…',
  'lang.label': 'Langue',
  'lang.fr': 'Français',
  'lang.en': 'English',
  'footer.text':
    'Kleroterion : tirage au sort vérifiable de jurys citoyens. Chaque tirage se vérifie dans votre navigateur, sans faire confiance au serveur.',
  'footer.spec': 'Spécification du protocole',
  /** The colon after a label: French puts a no-break space before it, English none. */
  'punct.colon': '\u00a0:',
};

export const commonEn: Record<keyof typeof commonFr, string> = {
  'app.name': 'Kleroterion',
  'app.tagline': 'Verifiable sortition for citizens’ juries',
  'nav.skip': 'Skip to content',
  'page.loading': 'Loading the page…',
  'lang.label': 'Language',
  'lang.fr': 'Français',
  'lang.en': 'English',
  'footer.text':
    'Kleroterion: verifiable sortition of citizens’ juries. Every draw can be checked in your browser, without trusting the server.',
  'footer.spec': 'Protocol specification',
  'punct.colon': ':',
};
