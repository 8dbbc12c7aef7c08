// A synthetic register for the benchmarks (seeded: every run imports the same rows), streamed to a CSV file
// in the register's format (docs/register.md), as an electoral roll split by département would be.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/** xorshift32: a seeded generator, so that every run imports the same register. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const LAST = [
  'Martin',
  'Bernard',
  'Thomas',
  'Petit',
  'Robert',
  'Richard',
  'Durand',
  'Dubois',
  'Moreau',
  'Laurent',
];
const FIRST = [
  'Camille',
  'Louis',
  'Léa',
  'Gabriel',
  'Chloé',
  'Hugo',
  'Inès',
  'Jules',
  'Manon',
  'Noé',
];
const STREETS = [
  'rue de la République',
  'avenue Jean Jaurès',
  'place de l’Église',
  'chemin des Vignes',
];

/**
 * Streams a seeded synthetic register of `rows` rows to `path`: names, postal addresses, an e-mail on about
 * three rows in ten, and a `departement` column over `departements` strata of Zipf-like sizes.
 */
export async function writeSyntheticRegister(
  path: string,
  rows: number,
  departements: number,
): Promise<void> {
  const random = generator(18);
  // Zipf-like département sizes (Paris, Nord and Bouches-du-Rhône large, Lozère small).
  const weights = Array.from({ length: departements }, (_, i) => 1 / (i + 1) ** 0.8);
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  const out = createWriteStream(path);
  out.write('civilité;nom;prénoms;adresse 1;adresse 2;code postal;commune;courriel;departement\n');
  let chunk = '';
  for (let row = 0; row < rows; row++) {
    const u = random();
    let d = 0;
    while ((cumulative[d] as number) < u) d++;
    const dep = String(d + 1).padStart(2, '0');
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
    const mail = random() < 0.3 ? `p${row}@example.org` : '';
    chunk += `${random() < 0.5 ? 'Mme' : 'M.'};${pick(LAST)};${pick(FIRST)};${1 + Math.floor(random() * 200)} ${pick(STREETS)};;${dep}${String(Math.floor(random() * 1000)).padStart(3, '0')};Commune ${dep};${mail};${dep}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}
