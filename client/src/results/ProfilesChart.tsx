import { useMemo } from 'react';
import { StackedBarChart } from '../charts/LazyStackedBarChart';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../ui/gradeLabel';
import { GRADE_COLOURS } from './gradeColours';
import type { ResultsView } from '../../../shared/scoring/resultsView';

/**
 * One horizontal stacked bar per graded dossier, in rank order: the share of each grade in its merit
 * profile, worst to best; the 50 % line is where the majority grade is read. The table beside it carries
 * the same numbers for screen readers and print.
 */
export function ProfilesChart({ view }: { view: ResultsView }) {
  const { t, language } = useI18n();
  const { labels, datasets } = useMemo(() => {
    const graded = view.results.dossiers.filter((d) => d.status !== 'not-graded');
    const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
    const shares = graded.map((d) => {
      const total = d.profile.reduce((sum, n) => sum + n, 0);
      return d.profile.map((n) => (total === 0 ? 0 : (100 * n) / total));
    });
    return {
      labels: graded.map((d) => `${d.rank ?? '—'}. ${titles.get(d.dossierId) ?? d.dossierId}`),
      datasets: view.grades.map((grade, g) => ({
        label: gradeLabel(view.scale, grade, language),
        data: shares.map((row) => row[g] ?? 0),
        backgroundColor: GRADE_COLOURS[g % GRADE_COLOURS.length] as string,
      })),
    };
  }, [view, language]);
  if (labels.length === 0) return <p>{t('results.none')}</p>;
  return (
    <StackedBarChart
      labels={labels}
      datasets={datasets}
      max={100}
      percent
      ariaLabel={t('results.profiles.chart')}
    />
  );
}
