// On a fresh database, creates the demonstration process from fixtures/: the Accelerator's jury with its
// five criteria and the 2,000 fictional volunteers, ready for the organiser to commit.

import { readFileSync } from 'node:fs';
import type { Ceremony } from '../services/ceremony';

export const DEMO_TITLE = 'Accélérateur d’initiatives citoyennes — jury citoyen (démonstration)';

export function seedDemo(
  ceremony: Ceremony,
  volunteersCsv: string,
  dossiersJson?: string,
): string | undefined {
  if (ceremony.list().length > 0) return undefined;
  const state = ceremony.create({ title: DEMO_TITLE });
  ceremony.importVolunteers(state.id, readFileSync(volunteersCsv), 'volunteers.csv');
  // The 40 admissible dossiers of the fictional cohort, ready for the jury once it is drawn.
  if (dossiersJson !== undefined)
    ceremony.importDossiers(state.id, readFileSync(dossiersJson), 'dossiers.json');
  return state.id;
}
