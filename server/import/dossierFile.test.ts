import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDossierFile } from './dossierFile';

const read = (name: string) =>
  readFileSync(new URL(`../../fixtures/demo/${name}`, import.meta.url));

describe('demo dossier fixtures', () => {
  it('hold 200 valid applications, of which the admissible ones are dossiers.json', () => {
    const applications = parseDossierFile(read('applications.json'), 'applications.json');
    expect(applications.dossiers).toHaveLength(200);
    const admissible = applications.dossiers.filter((d) => d.prescreening.admissible);
    const dossiers = parseDossierFile(read('dossiers.json'), 'dossiers.json');
    expect(dossiers.dossiers).toEqual(admissible);
    expect(admissible.length).toBeGreaterThanOrEqual(38);
    expect(admissible.length).toBeLessThanOrEqual(42);
    // Every admissible dossier accepts the whole charter.
    for (const dossier of admissible)
      expect(Object.values(dossier.charter).every(Boolean)).toBe(true);
  });

  it('never name a real person or link outside example.org', () => {
    const text = read('applications.json').toString('utf8');
    for (const url of text.match(/https?:\/\/[^\s"]+/g) ?? [])
      expect(url).toMatch(/^https:\/\/example\.org\//);
    expect(text).not.toMatch(/@/);
  });
});
