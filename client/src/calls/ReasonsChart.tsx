import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { REASONS, type Reason } from '../../../shared/calls/callEvents';
import { useI18n } from '../i18n/useI18n';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** The reasons for non-admissibility as bars; the table that follows it is its accessible equivalent. */
export function ReasonsChart({ reasons }: { reasons: Record<Reason, number> }) {
  const { t } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current === null) return undefined;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: REASONS.map((reason) => t(`calls.reason.${reason}`)),
        datasets: [
          {
            label: t('calls.stats.chart.dataset'),
            data: REASONS.map((reason) => reasons[reason]),
            backgroundColor: '#000091',
          },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    });
    return () => chart.destroy();
  }, [reasons, t]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={t('calls.stats.chart')} />
    </div>
  );
}
