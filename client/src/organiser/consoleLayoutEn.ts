// Interface text of the console's frame (breadcrumb, section menu, stepper), in English.

import type { consoleLayoutFr } from './consoleLayoutFr';

export const consoleLayoutEn: Record<keyof typeof consoleLayoutFr, string> = {
  'console.breadcrumb.console': 'Organiser area',
  'console.menu.title': 'Process sections',
  'console.menu.button': 'Go to a section',
  'console.menu.settings': 'Settings',
  'console.menu.volunteers': 'Volunteers',
  'console.menu.commit': 'Quotas and commitment',
  'console.menu.reveal': 'Reveal',
  'console.menu.draw': 'Draw',
  'console.menu.invitations': 'Invitations and seats',
  'console.menu.dossiers': 'Dossiers',
  'console.menu.facilitators': 'Facilitation',
  'console.menu.results': 'Results',
  'console.menu.deliveries': 'Deliveries',
  'console.process.pageTitle': '{process} — Organiser area',
  'console.stepper.detail': 'All steps',
  'console.stepper.progress': 'Step {current} of {count}',
  'console.stepper.next': 'Next step:',
};
