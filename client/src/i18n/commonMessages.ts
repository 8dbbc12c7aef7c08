// Interface text shared by every page (frame, navigation, language), in French and English.

export const commonFr = {
  'app.name': 'Kleroterion',
  'app.tagline': 'Tirage au sort vérifiable de jurys citoyens',
  'nav.skip': 'Aller au contenu',
  'lang.label': 'Langue',
  'lang.fr': 'Français',
  'lang.en': 'English',
  'footer.text': 'Tout se vérifie dans votre navigateur : aucune donnée n’est envoyée.',
  'footer.spec': 'Spécification du protocole',
};

export const commonEn: Record<keyof typeof commonFr, string> = {
  'app.name': 'Kleroterion',
  'app.tagline': 'Verifiable sortition for citizens’ juries',
  'nav.skip': 'Skip to content',
  'lang.label': 'Language',
  'lang.fr': 'Français',
  'lang.en': 'English',
  'footer.text': 'Everything is checked in your browser: no data is sent anywhere.',
  'footer.spec': 'Protocol specification',
};
