import { useEffect, useRef } from 'react';
import { colors } from '@codegouvfr/react-dsfr/fr/colors';
import { useIsDark } from '@codegouvfr/react-dsfr/useIsDark';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { REASONS, type Reason } from '../../../shared/calls/callEvents';
import { useI18n } from '../i18n/useI18n';
import { reasonKey } from '../i18n/reasonMessages';
import { labelChars, wrapLabel } from './wrapLabel';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The reasons for non-admissibility as bars; the table that follows it is its accessible equivalent. */
export function ReasonsChart({ reasons }: { reasons: Record<Reason, number> }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const { isDark } = useIsDark();
  useEffect(() => {
    if (canvas.current === null) return undefined;
    // A canvas cannot read CSS variables: the scheme's own colours, so that dark mode keeps its contrast.
    const colours = colors.getHex({ isDark }).decisions;
    const text = colours.text.default.grey.default;
    const grid = colours.border.default.grey.default;
    // Labels wrap to the chart's width: on a phone the long ones take two or three lines, never clipped.
    const labelsFor = (width: number) =>
      REASONS.map((reason) => wrapLabel(t(reasonKey(reason)), labelChars(width)));
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: labelsFor(canvas.current.parentElement?.clientWidth ?? 768),
        datasets: [
          {
            label: t('calls.stats.chart.dataset'),
            data: REASONS.map((reason) => reasons[reason]),
            backgroundColor: colours.background.actionHigh.blueFrance.default,
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
          x: {
            beginAtZero: true,
            ticks: { precision: 0, color: text },
            grid: { color: grid },
          },
          // Every reason keeps its label, however narrow the chart.
          y: { ticks: { autoSkip: false, color: text }, grid: { color: grid } },
        },
      },
    });
    return () => chart.destroy();
  }, [reasons, t, isDark]);
  return (
    <div className="chart-box reasons-chart">
      <canvas ref={canvas} role="img" aria-label={t('calls.stats.chart')} />
    </div>
  );
}
