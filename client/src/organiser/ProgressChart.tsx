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
import { useI18n } from '../i18n/useI18n';
import type { CallReviewer, ReviewProgress } from './callView';
import { reviewerLabel } from './reviewerNames';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** The palette of styles.css: --ok (reviewed) and --accent (remaining), both ≥ 3:1 on white. */
const REVIEWED_COLOUR = '#18753c';
const REMAINING_COLOUR = '#000091';
/** Axis and legend text in --muted (11:1 on white) rather than Chart.js's lighter default. */
const TEXT_COLOUR = '#3a3a3a';

/**
 * One horizontal stacked bar per reviewer, reviewed then remaining, and one for the totals. The table
 * beside it (ProgressTable) carries the same numbers for screen readers and print.
 */
export function ProgressChart({
  progress,
  reviewers,
}: {
  progress: ReviewProgress;
  reviewers: readonly CallReviewer[];
}) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const rows = [
      ...progress.reviewers.map((r) => ({
        label: reviewerLabel(reviewers, r.reviewer),
        reviewed: r.reviewed,
        remaining: r.remaining,
      })),
      {
        label: t('organiser.calls.progress.total'),
        reviewed: progress.total.reviewed,
        remaining: progress.total.remaining,
      },
    ];
    // Height through the CSSOM (allowed by the CSP, unlike a style attribute): one band per bar.
    if (box.current !== null) box.current.style.height = `${5 + rows.length * 2.5}rem`;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.label),
        datasets: [
          {
            label: t('organiser.calls.progress.reviewed'),
            data: rows.map((row) => row.reviewed),
            backgroundColor: REVIEWED_COLOUR,
          },
          {
            label: t('organiser.calls.progress.remaining'),
            data: rows.map((row) => row.remaining),
            backgroundColor: REMAINING_COLOUR,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { color: TEXT_COLOUR } } },
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            ticks: { precision: 0, color: TEXT_COLOUR },
          },
          y: { stacked: true, ticks: { color: TEXT_COLOUR } },
        },
      },
    });
    return () => chart.destroy();
  }, [progress, reviewers, t]);
  return (
    <div className="chart-box" ref={box}>
      <canvas ref={canvas} role="img" aria-label={t('organiser.calls.progress.chartLabel')} />
    </div>
  );
}
