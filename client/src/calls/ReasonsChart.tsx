import { useCallback } from 'react';
import { REASONS, type Reason } from '../../../shared/calls/callEvents';
import { CanvasChart, type BuiltChart, type ChartFrame } from '../charts/CanvasChart';
import { useI18n } from '../i18n/useI18n';
import { reasonKey } from '../i18n/reasonKey';
import { labelChars, wrapLabel } from './wrapLabel';

/** The reasons for non-admissibility as bars; the table that follows it is its accessible equivalent. */
export function ReasonsChart({ reasons }: { reasons: Record<Reason, number> }) {
  const { t } = useI18n();
  const build = useCallback(
    ({ width, colour }: ChartFrame): BuiltChart<'bar'> => {
      // A canvas cannot read CSS variables: the scheme's own colours, so that dark mode keeps its contrast.
      const text = colour('var(--text-default-grey)');
      const grid = colour('var(--border-default-grey)');
      // Labels wrap to the chart's width: on a phone the long ones take two or three lines, never clipped.
      const labelsFor = (w: number) =>
        REASONS.map((reason) => wrapLabel(t(reasonKey(reason)), labelChars(w)));
      return {
        config: {
          type: 'bar',
          data: {
            labels: labelsFor(width),
            datasets: [
              {
                label: t('calls.stats.chart.dataset'),
                data: REASONS.map((reason) => reasons[reason]),
                backgroundColor: colour('var(--background-action-high-blue-france)'),
              },
            ],
          },
          options: {
            indexAxis: 'y',
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            onResize: (resized, size) => {
              resized.data.labels = labelsFor(size.width);
            },
            scales: {
              x: { beginAtZero: true, ticks: { precision: 0, color: text }, grid: { color: grid } },
              // Every reason keeps its label, however narrow the chart.
              y: { ticks: { autoSkip: false, color: text }, grid: { color: grid } },
            },
          },
        },
      };
    },
    [reasons, t],
  );
  return <CanvasChart build={build} ariaLabel={t('calls.stats.chart')} className="reasons-chart" />;
}
