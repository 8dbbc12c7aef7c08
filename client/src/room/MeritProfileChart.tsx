import { useMemo } from 'react';
import type { RevealedResult, RoomView } from '../../../shared/deliberation/roomView';
import { StackedBarChart } from '../charts/LazyStackedBarChart';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel, scaleGrades } from './gradeLabel';

// Worst to best, from red to green, each distinguishable and labelled in the legend and the table below.
const COLOURS = [
  '#a3000f',
  '#d64d00',
  '#b88600',
  '#7a7a7a',
  '#4f8a10',
  '#2e7d32',
  '#1b5e20',
  '#0b4f8a',
  '#4a148c',
  '#880e4f',
  '#37474f',
];

/**
 * The merit profile: one horizontal stacked bar per criterion, grades worst to best, on a scale from 0 to
 * the number of ballots; then the dossier's pooled profile (every criterion's grades) on its own scale.
 * The same numbers are in the table that follows, for screen readers and for printing.
 */
export function MeritProfileChart({
  view,
  result,
  title,
  pooledLabel,
}: {
  view: RoomView;
  result: RevealedResult;
  title: string;
  /** Label of the pooled bar: the dossier's merit profile over every criterion. */
  pooledLabel: string;
}) {
  const { language } = useI18n();
  const { perCriterion, pooled, labels } = useMemo(() => {
    const grades = scaleGrades(view.scale);
    const labelOf = (grade: string) => gradeLabel(view.scale, grade, language);
    return {
      labels: view.criteria.map((criterion) => criterion.label),
      perCriterion: grades.map((grade, g) => ({
        label: labelOf(grade),
        data: view.criteria.map(
          (criterion) =>
            result.distributions.find((d) => d.criterionId === criterion.id)?.counts[g] ?? 0,
        ),
        backgroundColor: COLOURS[g % COLOURS.length] as string,
      })),
      pooled: grades.map((grade, g) => ({
        label: labelOf(grade),
        data: [result.distributions.reduce((sum, d) => sum + (d.counts[g] ?? 0), 0)],
        backgroundColor: COLOURS[g % COLOURS.length] as string,
      })),
    };
  }, [view.scale, view.criteria, result, language]);
  const pooledLabels = useMemo(() => [pooledLabel], [pooledLabel]);
  return (
    <>
      <StackedBarChart
        labels={labels}
        datasets={perCriterion}
        max={result.ballots}
        ariaLabel={title}
      />
      <StackedBarChart
        labels={pooledLabels}
        datasets={pooled}
        max={result.ballots * view.criteria.length}
        legend={false}
        ariaLabel={`${title} — ${pooledLabel}`}
      />
    </>
  );
}
