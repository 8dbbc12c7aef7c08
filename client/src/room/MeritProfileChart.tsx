import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import type { RevealedResult, RoomView } from '../../../shared/deliberation/roomView';
import { useI18n } from '../i18n/useI18n';
import { gradeLabel, scaleGrades } from './gradeLabel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

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
 * The merit profile: one horizontal stacked bar per criterion, grades worst to best, as shares of ballots.
 * The same numbers are in the table that follows it, for screen readers and for printing.
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
  /** Label of the last bar, which pools every criterion: the dossier's merit profile. */
  pooledLabel: string;
}) {
  const { language } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const grades = scaleGrades(view.scale);
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: [...view.criteria.map((criterion) => criterion.label), pooledLabel],
        datasets: grades.map((grade, g) => ({
          label: gradeLabel(view.scale, grade, language),
          // The last bar pools every criterion: the dossier's merit profile.
          data: [
            ...result.distributions.map((d) => d.counts[g] ?? 0),
            result.distributions.reduce((sum, d) => sum + (d.counts[g] ?? 0), 0),
          ],
          backgroundColor: COLOURS[g % COLOURS.length] as string,
        })),
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
      },
    });
    return () => chart.destroy();
  }, [view.scale, view.criteria, result, language, pooledLabel]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={title} />
    </div>
  );
}
