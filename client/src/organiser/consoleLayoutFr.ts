// Interface text of the console's frame (breadcrumb, section menu, stepper), in French.

export const consoleLayoutFr = {
  'console.breadcrumb.console': 'Espace organisateur',
  'console.menu.title': 'Sections du processus',
  'console.menu.button': 'Aller à une section',
  'console.menu.settings': 'Paramètres',
  'console.menu.volunteers': 'Volontaires',
  'console.menu.commit': 'Quotas et engagement',
  'console.menu.reveal': 'Révélation',
  'console.menu.draw': 'Tirage',
  'console.menu.invitations': 'Invitations et sièges',
  'console.menu.dossiers': 'Dossiers',
  'console.menu.facilitators': 'Animation',
  'console.menu.results': 'Résultats',
  'console.menu.deliveries': 'Envois',
  'console.process.pageTitle': '{process} — Espace organisateur',
  'console.stepper.detail': 'Toutes les étapes',
  'console.stepper.progress': 'Étape {current} sur {count}',
  'console.stepper.next': 'Étape suivante :',
};
