// The page frame's text (header, skip links, footer, not-found page), in French and English.

export const layoutFr = {
  'layout.brandTop': 'République\nfrançaise',
  'layout.home': 'Accueil',
  'layout.homeTitle': 'Accueil — {name}',
  'layout.skip.content': 'Contenu',
  'layout.skip.menu': 'Menu',
  'layout.skip.footer': 'Pied de page',
  'layout.skip.label': 'Accès rapide',
  'layout.menu': 'Menu',
  'layout.close': 'Fermer',
  'layout.nav.label': 'Menu principal',
  'layout.nav.verifier': 'Vérifier un tirage',
  'layout.nav.witness': 'Témoin d’un tirage',
  'layout.nav.console': 'Console de l’organisateur',
  'layout.language.select': 'Choisir la langue',
  'layout.language.current': 'Langue :',
  'layout.footer.accessibility': 'Accessibilité : partiellement conforme',
  'layout.footer.legal': 'Mentions légales',
  'layout.footer.privacy': 'Données personnelles',
  'layout.footer.sitemap': 'Plan du site',
  'layout.footer.display': 'Paramètres d’affichage',
  'layout.footer.description':
    'Tirage au sort vérifiable de jurys citoyens : chaque étape est publiée et se vérifie par quiconque.',
  'layout.footer.licence': 'Code source sous licence libre (voir les mentions légales).',
  'layout.notFound.title': 'Page non trouvée',
  'layout.notFound.code': 'Erreur 404',
  'layout.notFound.lead':
    'La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.',
  'layout.notFound.body':
    'Si vous avez tapé l’adresse web dans le navigateur, vérifiez qu’elle est correcte. La page n’est peut-être plus disponible : un processus ou un appel à projets peut avoir été supprimé, ou le lien est incomplet. Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d’accueil ou le plan du site.',
  'layout.notFound.home': 'Page d’accueil',
  'layout.notFound.sitemap': 'Plan du site',
  'layout.footer.verifiedInBrowser':
    'Tout se vérifie dans votre navigateur : les fichiers que vous vérifiez ne sont envoyés à aucun serveur.',
};

export const layoutEn: Record<keyof typeof layoutFr, string> = {
  'layout.brandTop': 'République\nfrançaise',
  'layout.home': 'Home',
  'layout.homeTitle': 'Home — {name}',
  'layout.skip.content': 'Content',
  'layout.skip.menu': 'Menu',
  'layout.skip.footer': 'Footer',
  'layout.skip.label': 'Skip links',
  'layout.menu': 'Menu',
  'layout.close': 'Close',
  'layout.nav.label': 'Main menu',
  'layout.nav.verifier': 'Verify a draw',
  'layout.nav.witness': 'Witness a draw',
  'layout.nav.console': 'Organiser console',
  'layout.language.select': 'Choose the language',
  'layout.language.current': 'Language:',
  'layout.footer.accessibility': 'Accessibility: partially compliant',
  'layout.footer.legal': 'Legal notice',
  'layout.footer.privacy': 'Personal data',
  'layout.footer.sitemap': 'Site map',
  'layout.footer.display': 'Display settings',
  'layout.footer.description':
    'Verifiable sortition of citizens’ juries: every step is published and anyone can check it.',
  'layout.footer.licence': 'Source code under a free licence (see the legal notice).',
  'layout.notFound.title': 'Page not found',
  'layout.notFound.code': 'Error 404',
  'layout.notFound.lead':
    'The page you are looking for cannot be found. We apologise for the inconvenience.',
  'layout.notFound.body':
    'If you typed the web address in the browser, check that it is correct. The page may no longer be available: a process or a call for projects may have been removed, or the link is incomplete. To continue, you can visit our home page or the site map.',
  'layout.notFound.home': 'Home page',
  'layout.notFound.sitemap': 'Site map',
  'layout.footer.verifiedInBrowser':
    'Everything is checked in your browser: the files you verify are sent to no server.',
};
