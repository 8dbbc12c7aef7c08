// Test helper: a call for projects opened over the real API, and sample application forms.

import type { ApplicationForm } from '../../shared/calls/applicationForm';
import { data, type ApiClient } from './testServer';

export function sampleApplication(n: number, overrides: Partial<ApplicationForm> = {}) {
  return {
    projectName: `Projet citoyen numéro ${n}`,
    pitch: `Un projet d’intérêt général, le numéro ${n}, pour tout le monde.`,
    description: `Description détaillée du projet ${n} : ce qu’il fait, pour qui, avec quels moyens et quel calendrier, en quelques phrases.`,
    leadType: 'association',
    leadName: `Porteuse ${n}`,
    email: `porteuse${n}@example.org`,
    sector: 'Environnement',
    territory: 'National',
    website: 'https://example.org/projet',
    levers: ['coaching', 'data-digital'],
    generalInterest: 'Il sert toutes et tous en France, gratuitement, sans condition, partout.',
    funding:
      'Financé par des dons de particuliers et une subvention régionale, publiés chaque année.',
    charter: {
      'public-service-values': true,
      'funding-transparency': true,
      'open-results': true,
      network: true,
    },
    ...overrides,
  };
}

/** Creates a call open from `opensAt` to `closesAt` (prefix AIC, year 2026); returns its id. */
export async function openCall(
  organiser: ApiClient,
  opensAt = '2023-09-01T00:00:00Z',
  closesAt = '2023-10-01T00:00:00Z',
): Promise<string> {
  return data(
    await organiser.post<{ id: string }>('/api/calls', {
      title: 'Appel à projets 2026',
      description: 'Accélérateur d’initiatives citoyennes : appel à projets de la cohorte 2026.',
      opensAt,
      closesAt,
      refPrefix: 'AIC',
      year: 2026,
    }),
  ).id;
}
