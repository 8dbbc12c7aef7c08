import { useEffect, useMemo, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel } from '../room/gradeLabel';
import { GRADE_COLOURS } from './gradeColours';
import type { ResultsView } from './resultsView';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * One horizontal stacked bar per graded dossier, in rank order: the share of each grade in its merit
 * profile, worst to best; the 50 % line is where the majority grade is read. The table beside it carries
 * the same numbers for screen readers and print.
 */
export function ProfilesChart({ view }: { view: ResultsView }) {
  const { t, language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const graded = useMemo(
    () => view.results.dossiers.filter((d) => d.status !== 'not-graded'),
    [view],
  );
  useEffect(() => {
    if (canvas.current === null || graded.length === 0) return undefined;
    const titles = new Map(view.dossiers.map((d) => [d.id, d.title]));
    // Height through the CSSOM (allowed by the CSP, unlike a style attribute): one band per dossier.
    if (box.current !== null) box.current.style.height = `${4 + graded.length * 2.2}rem`;
    const shares = graded.map((d) => {
      const total = d.profile.reduce((sum, n) => sum + n, 0);
      return d.profile.map((n) => (total === 0 ? 0 : (100 * n) / total));
    });
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: graded.map((d) => `${d.rank ?? '—'}. ${titles.get(d.dossierId) ?? d.dossierId}`),
        datasets: view.grades.map((grade, g) => ({
          label: gradeLabel(view.scale, grade, language),
          data: shares.map((row) => row[g] ?? 0),
          backgroundColor: GRADE_COLOURS[g % GRADE_COLOURS.length] as string,
        })),
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, min: 0, max: 100, ticks: { callback: (value) => `${value} %` } },
          y: { stacked: true },
        },
      },
    });
    return () => chart.destroy();
  }, [view, language, graded]);
  if (graded.length === 0) return <p>{t('results.none')}</p>;
  return (
    <div className="chart-box" ref={box}>
      <canvas ref={canvas} role="img" aria-label={t('results.profiles.chart')} />
    </div>
  );
}
