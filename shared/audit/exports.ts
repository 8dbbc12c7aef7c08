// The tabular exports of a process's results: the ranking, the grade counts (public, unlinked from seats),
// and the organiser's per-seat grades. Rows only; see csv.ts for the file form. The French Excel variant
// speaks French only (grade and criterion labels, no codes); the standard variant, read by programs as
// well as people, gives each coded value twice: its stable code, then its French label.
// Spec: docs/results.md, section "Exports".

import { ABSTAIN, MAJORITY_GRADE_LABELS, type MajorityGrade } from '../scoring/gradingScale';
import type { Dossier } from '../dossier/dossier';
import type { Criterion } from '../scoring/criterion';
import type { DossierStatus, Results } from '../scoring/results';
import type { Cell, CsvVariant } from './csv';
import type { AuditBundle } from './bundle';

const STATUS_LABELS: Record<DossierStatus, string> = {
  ranked: 'classé',
  'below-quorum': 'sous le quorum',
  'not-graded': 'non noté',
};

/** The French label of a grade (majority judgment's, or a 0–10 mark as itself), or of an abstention. */
export function gradeLabel(grade: string): string {
  if (grade === ABSTAIN) return 'Ne se prononce pas';
  return grade in MAJORITY_GRADE_LABELS ? MAJORITY_GRADE_LABELS[grade as MajorityGrade].fr : grade;
}

/** A criterion's label, or its id when the criterion is unknown (never the case for a room's own). */
const criterionLabel = (criteria: readonly Criterion[], id: string): string =>
  criteria.find((c) => c.id === id)?.label ?? id;

/**
 * One coded value as cells: its label alone (excel), or its code then its label (standard). The header
 * is `name` for the label and `name (code)` for the code.
 */
function coded(variant: CsvVariant, code: string | null, label: (code: string) => string): Cell[] {
  const shown = code === null ? null : label(code);
  return variant === 'excel' ? [shown] : [code, shown];
}
const codedHeader = (variant: CsvVariant, name: string): string[] =>
  variant === 'excel' ? [name] : [`${name} (code)`, name];

/** One row per dossier, in result order. */
export function resultRows(
  results: Results,
  dossiers: readonly Pick<Dossier, 'id' | 'title'>[],
  grades: readonly string[],
  variant: CsvVariant,
): Cell[][] {
  const titles = new Map(dossiers.map((d) => [d.id, d.title]));
  return [
    [
      'dossier',
      'titre',
      ...codedHeader(variant, 'statut'),
      'rang',
      'retenu',
      ...codedHeader(variant, 'mention majoritaire'),
      'p (au-dessus)',
      'q (en dessous)',
      'moyenne',
      'écart-type',
      'jurés éligibles',
      'conflits',
      'absents',
      'abstentions',
      // The profile that was ranked: weights and any administration share applied, so not raw counts.
      ...grades.map((grade) => `profil pondéré ${variant === 'excel' ? gradeLabel(grade) : grade}`),
    ],
    ...results.dossiers.map((d) => [
      d.dossierId,
      titles.get(d.dossierId) ?? '',
      ...coded(variant, d.status, (status) => STATUS_LABELS[status as DossierStatus]),
      d.rank,
      d.shortlisted,
      ...coded(variant, d.majorityGrade, gradeLabel),
      d.gauge?.p ?? null,
      d.gauge?.q ?? null,
      d.mean,
      d.spread,
      d.eligibleJurors,
      d.conflicts,
      d.absent,
      d.abstentions,
      ...grades.map((_, rank) => d.profile[rank] ?? 0),
    ]),
  ];
}

/** One row per dossier and criterion: how many of each grade, and abstentions. */
export function gradeRows(
  bundle: AuditBundle,
  grades: readonly string[],
  variant: CsvVariant,
): Cell[][] {
  const abstentions = new Map(bundle.participation.map((p) => [p.dossierId, p.abstentions]));
  const criteria = bundle.settings.criteria;
  return [
    [
      'dossier',
      'tour',
      ...codedHeader(variant, 'critère'),
      ...(variant === 'excel' ? grades.map(gradeLabel) : grades),
      'abstentions',
    ],
    ...bundle.grades.flatMap((entry) =>
      Object.entries(entry.counts).map(([criterion, counts]) => [
        entry.dossierId,
        entry.round,
        ...coded(variant, criterion, (id) => criterionLabel(criteria, id)),
        ...grades.map((grade) => counts[grade] ?? 0),
        abstentions.get(entry.dossierId)?.[criterion] ?? 0,
      ]),
    ),
  ];
}

/** The organiser's export: one row per seat, dossier and round, each criterion's grade. */
export function seatGradeRows(
  ballots: readonly {
    seat: number;
    dossierId: string;
    round: number;
    grades: Record<string, string>;
  }[],
  criteria: readonly Criterion[],
  variant: CsvVariant,
): Cell[][] {
  return [
    ['siège', 'dossier', 'tour', ...criteria.flatMap((c) => codedHeader(variant, c.label))],
    ...[...ballots]
      .sort((a, b) =>
        a.dossierId === b.dossierId
          ? a.round - b.round || a.seat - b.seat
          : a.dossierId < b.dossierId
            ? -1
            : 1,
      )
      .map((b) => [
        b.seat,
        b.dossierId,
        b.round,
        ...criteria.flatMap((c) => coded(variant, b.grades[c.id] ?? null, gradeLabel)),
      ]),
  ];
}
