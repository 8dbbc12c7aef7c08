import { useCallback } from 'react';
import { CanvasChart, type BuiltChart } from '../charts/CanvasChart';
import { useI18n } from '../i18n/useI18n';
import type { CallReviewer, ReviewProgress } from './callView';
import { reviewerLabel } from './reviewerNames';

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
  const build = useCallback((): BuiltChart<'bar'> => {
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
    return {
      // One band per bar.
      height: `${5 + rows.length * 2.5}rem`,
      config: {
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
            x: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: TEXT_COLOUR } },
            y: { stacked: true, ticks: { color: TEXT_COLOUR } },
          },
        },
      },
    };
  }, [progress, reviewers, t]);
  return <CanvasChart build={build} ariaLabel={t('organiser.calls.progress.chartLabel')} />;
}
