// The tabular exports of a process's results: the ranking, the grade counts (public, unlinked from seats),
// and the organiser's per-seat grades. Rows only; see csv.ts for the file form.
// Spec: docs/results.md, section "Exports".

import type { Dossier } from '../deliberation/dossier';
import type { Results } from '../scoring/results';
import type { Cell } from './csv';
import type { AuditBundle } from './bundle';

/** One row per dossier, in result order. */
export function resultRows(
  results: Results,
  dossiers: readonly Pick<Dossier, 'id' | 'title'>[],
  grades: readonly string[],
): Cell[][] {
  const titles = new Map(dossiers.map((d) => [d.id, d.title]));
  return [
    [
      'dossier',
      'titre',
      'statut',
      'rang',
      'retenu',
      'mention majoritaire',
      'p (au-dessus)',
      'q (en dessous)',
      'moyenne',
      'écart-type',
      'jurés éligibles',
      'conflits',
      'absents',
      'abstentions',
      // The profile that was ranked: weights and any administration share applied, so not raw counts.
      ...grades.map((grade) => `profil pondéré ${grade}`),
    ],
    ...results.dossiers.map((d) => [
      d.dossierId,
      titles.get(d.dossierId) ?? '',
      d.status,
      d.rank,
      d.shortlisted,
      d.majorityGrade,
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
export function gradeRows(bundle: AuditBundle, grades: readonly string[]): Cell[][] {
  const abstentions = new Map(bundle.participation.map((p) => [p.dossierId, p.abstentions]));
  return [
    ['dossier', 'tour', 'critère', ...grades, 'abstentions'],
    ...bundle.grades.flatMap((entry) =>
      Object.entries(entry.counts).map(([criterion, counts]) => [
        entry.dossierId,
        entry.round,
        criterion,
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
  criteria: readonly string[],
): Cell[][] {
  return [
    ['siège', 'dossier', 'tour', ...criteria],
    ...[...ballots]
      .sort((a, b) =>
        a.dossierId === b.dossierId
          ? a.round - b.round || a.seat - b.seat
          : a.dossierId < b.dossierId
            ? -1
            : 1,
      )
      .map((b) => [b.seat, b.dossierId, b.round, ...criteria.map((c) => b.grades[c] ?? '')]),
  ];
}
