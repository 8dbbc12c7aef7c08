import { describe, expect, it } from 'vitest';
import { ABSTAIN, MAJORITY_GRADES } from '../scoring/gradingScale';
import { DEFAULT_CRITERIA } from '../process/processEvents';
import { decidePublish } from '../scoring/resultCommands';
import type { Results } from '../scoring/results';
import { syntheticDeliberation, syntheticDossier } from '../testing/syntheticProcess';
import { buildBundle } from './bundle';
import { toCsv, type Cell } from './csv';
import { gradeLabel, gradeRows, resultRows, seatGradeRows } from './exports';

// Dossier 0 graded "très bien" by most, dossier 1 "passable"; seat 1 abstains on "impact".
const grade = (dossier: number, seat: number, criterion: string) =>
  seat === 1 && criterion === 'impact'
    ? ABSTAIN
    : dossier === 0
      ? seat <= 10
        ? 'tres-bien'
        : 'bien'
      : 'passable';

function bundle() {
  const { builder } = syntheticDeliberation({ dossiers: 3, graded: 2, grade });
  builder.then(decidePublish);
  return buildBundle(builder.current, builder.log, null);
}

/** Every code a French reader should never meet in the Excel file. */
const CODES = new Set<string>([
  ...MAJORITY_GRADES,
  ABSTAIN,
  ...DEFAULT_CRITERIA.map((c) => c.id),
  'ranked',
  'below-quorum',
  'not-graded',
]);
const codesIn = (rows: Cell[][]) =>
  rows.flat().filter((cell): cell is string => typeof cell === 'string' && CODES.has(cell));

const ballots = [
  {
    seat: 2,
    dossierId: 'AIC-2026-001',
    round: 1,
    grades: { quality: 'tres-bien', impact: ABSTAIN },
  },
  {
    seat: 1,
    dossierId: 'AIC-2026-001',
    round: 1,
    grades: { quality: 'a-rejeter', impact: 'bien' },
  },
];
const criteria = DEFAULT_CRITERIA.filter((c) => c.id === 'quality' || c.id === 'impact');

describe('CSV exports in their two variants', () => {
  const audit = bundle();
  const results = audit.results as Results;
  const dossiers = [1, 2, 3].map((n) => syntheticDossier(n));

  it('labels grades the French way', () => {
    expect(gradeLabel('tres-bien')).toBe('Très bien');
    expect(gradeLabel('a-rejeter')).toBe('À rejeter');
    expect(gradeLabel(ABSTAIN)).toBe('Ne se prononce pas');
    expect(gradeLabel('7')).toBe('7');
  });

  it('writes the French Excel ranking with labels only, no codes', () => {
    const rows = resultRows(results, dossiers, MAJORITY_GRADES, 'excel');
    expect(codesIn(rows)).toEqual([]);
    const [header, first] = rows as [Cell[], Cell[]];
    expect(header.slice(0, 6)).toEqual([
      'dossier',
      'titre',
      'statut',
      'rang',
      'retenu',
      'mention majoritaire',
    ]);
    expect(header).toContain('profil pondéré Très bien');
    expect(first.slice(0, 6)).toEqual(['AIC-2026-001', 'Projet 1', 'classé', 1, true, 'Très bien']);
    expect(rows[3]![2]).toBe('non noté');
    expect(toCsv(rows, 'excel')).toContain('AIC-2026-001;Projet 1;classé;1;oui;Très bien;');
  });

  it('writes the standard ranking with each code beside its label', () => {
    const rows = resultRows(results, dossiers, MAJORITY_GRADES, 'standard');
    const [header, first] = rows as [Cell[], Cell[]];
    expect(header.slice(0, 8)).toEqual([
      'dossier',
      'titre',
      'statut (code)',
      'statut',
      'rang',
      'retenu',
      'mention majoritaire (code)',
      'mention majoritaire',
    ]);
    expect(header).toContain('profil pondéré tres-bien');
    expect(first.slice(0, 8)).toEqual([
      'AIC-2026-001',
      'Projet 1',
      'ranked',
      'classé',
      1,
      true,
      'tres-bien',
      'Très bien',
    ]);
    expect(rows[3]!.slice(2, 4)).toEqual(['not-graded', 'non noté']);
    // An ungraded dossier has no majority grade: both cells stay empty.
    expect(rows[3]!.slice(6, 8)).toEqual([null, null]);
  });

  it('writes grade counts under criterion and grade labels (Excel) or codes and labels (standard)', () => {
    const excel = gradeRows(audit, MAJORITY_GRADES, 'excel');
    expect(codesIn(excel)).toEqual([]);
    expect(excel[0]).toEqual([
      'dossier',
      'tour',
      'critère',
      'À rejeter',
      'Insuffisant',
      'Passable',
      'Assez bien',
      'Bien',
      'Très bien',
      'Excellent',
      'abstentions',
    ]);
    expect(excel.map((row) => row[2])).toContain('Objectif d’intérêt général');

    const standard = gradeRows(audit, MAJORITY_GRADES, 'standard');
    expect(standard[0]!.slice(0, 5)).toEqual([
      'dossier',
      'tour',
      'critère (code)',
      'critère',
      'a-rejeter',
    ]);
    const impact = standard.find((row) => row[0] === 'AIC-2026-001' && row[2] === 'impact')!;
    expect(impact[3]).toBe('Impact pour toutes et tous en France');
    // Seat 1 abstained on impact: counted in the last column, not as a grade.
    expect(impact.at(-1)).toBe(1);
    expect(toCsv(standard, 'standard')).toContain(
      'AIC-2026-001,1,general-interest,Objectif d’intérêt général,',
    );
  });

  it('writes the organiser’s per-seat grades as labels (Excel) or codes and labels (standard)', () => {
    const excel = seatGradeRows(ballots, criteria, 'excel');
    expect(codesIn(excel)).toEqual([]);
    expect(excel).toEqual([
      ['siège', 'dossier', 'tour', 'Impact pour toutes et tous en France', 'Qualité du projet'],
      [1, 'AIC-2026-001', 1, 'Bien', 'À rejeter'],
      [2, 'AIC-2026-001', 1, 'Ne se prononce pas', 'Très bien'],
    ]);
    expect(seatGradeRows(ballots, criteria, 'standard')).toEqual([
      [
        'siège',
        'dossier',
        'tour',
        'Impact pour toutes et tous en France (code)',
        'Impact pour toutes et tous en France',
        'Qualité du projet (code)',
        'Qualité du projet',
      ],
      [1, 'AIC-2026-001', 1, 'bien', 'Bien', 'a-rejeter', 'À rejeter'],
      [2, 'AIC-2026-001', 1, 'abstain', 'Ne se prononce pas', 'tres-bien', 'Très bien'],
    ]);
  });
});
