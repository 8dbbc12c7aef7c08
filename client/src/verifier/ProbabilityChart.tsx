import { useEffect, useRef } from 'react';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useI18n } from '../i18n/useI18n';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

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
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const order = optimal.map((_, i) => i).sort((a, b) => optimal[a]! - optimal[b]!);
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: order.map((_, i) => `${Math.round((100 * (i + 1)) / order.length)} %`),
        datasets: [
          {
            label: t('lottery.chart.optimal'),
            data: order.map((i) => 100 * optimal[i]!),
            borderColor: '#0b4f8a',
            pointRadius: 0,
          },
          {
            label: t('lottery.chart.final'),
            data: order.map((i) => 100 * final[i]!),
            borderColor: '#a3000f',
            pointRadius: 0,
          },
          {
            label: t('lottery.chart.fair'),
            data: order.map(() => 100 * fair),
            borderColor: '#4a4a4a',
            borderDash: [6, 4],
            pointRadius: 0,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => `${value} %` } } },
      },
    });
    return () => chart.destroy();
  }, [optimal, final, fair, t]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={t('lottery.chart.label')} />
    </div>
  );
}
