import { useCallback } from 'react';
import { useI18n } from '../i18n/useI18n';
import { CanvasChart, type BuiltChart, type ChartFrame } from './CanvasChart';

/** The probability allocation: every respondent's chance, lowest first, before and after rounding. */
export function ProbabilityChart({
  optimal,
  final,
  fair,
}: {
  optimal: readonly number[];
  final: readonly number[];
  fair: number;
}) {
  const { t } = useI18n();
  const build = useCallback(
    ({ colour: resolve }: ChartFrame): BuiltChart<'line'> => {
      // DSFR tokens read in the current scheme: the lines and the text stay readable on a dark page.
      const colour = (token: string) => resolve(`var(${token})`);
      const text = colour('--text-default-grey');
      const grid = { color: colour('--border-default-grey') };
      const order = optimal.map((_, i) => i).sort((a, b) => optimal[a]! - optimal[b]!);
      return {
        config: {
          type: 'line',
          data: {
            labels: order.map((_, i) => `${Math.round((100 * (i + 1)) / order.length)} %`),
            datasets: [
              {
                label: t('lottery.chart.optimal'),
                data: order.map((i) => 100 * optimal[i]!),
                borderColor: colour('--background-action-high-blue-france'),
                pointRadius: 0,
              },
              {
                label: t('lottery.chart.final'),
                data: order.map((i) => 100 * final[i]!),
                borderColor: colour('--background-flat-error'),
                pointRadius: 0,
              },
              {
                label: t('lottery.chart.fair'),
                data: order.map(() => 100 * fair),
                borderColor: colour('--text-mention-grey'),
                borderDash: [6, 4],
                pointRadius: 0,
              },
            ],
          },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: {
              x: { grid, ticks: { color: text, autoSkip: true, maxRotation: 0 } },
              y: {
                beginAtZero: true,
                grid,
                ticks: { color: text, callback: (value) => `${value} %` },
              },
            },
            plugins: { legend: { labels: { color: text } } },
          },
        },
      };
    },
    [optimal, final, fair, t],
  );
  return <CanvasChart build={build} ariaLabel={t('lottery.chart.label')} />;
}
