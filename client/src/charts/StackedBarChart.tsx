import { useCallback } from 'react';
import { useI18n } from '../i18n/useI18n';
import { CanvasChart, type ChartFrame } from './CanvasChart';
import { stackedBarChart } from './stackedBars';

/**
 * A horizontal stacked bar chart that fits its container: text sized from the width, labels wrapped, the
 * height set for them. Its numbers must also be given as a table next to it.
 */
export function StackedBarChart({
  labels,
  datasets,
  max,
  percent = false,
  legend = true,
  ariaLabel,
}: {
  labels: readonly string[];
  datasets: { label: string; data: number[]; backgroundColor: string }[];
  max: number;
  percent?: boolean;
  legend?: boolean;
  ariaLabel: string;
}) {
  const { language } = useI18n();
  const build = useCallback(
    ({ width, colour }: ChartFrame) => {
      const { config, height, fontSize } = stackedBarChart({
        labels,
        // Colours given as DSFR tokens are read now, in the current scheme.
        datasets: datasets.map((d) => ({ ...d, backgroundColor: colour(d.backgroundColor) })),
        colours: {
          text: colour('var(--text-default-grey)'),
          grid: colour('var(--border-default-grey)'),
        },
        width,
        max: Math.max(1, max),
        percent,
        legend,
        locale: language === 'fr' ? 'fr-FR' : 'en-GB',
      });
      return { config, height: `${height}px`, fontSize };
    },
    [labels, datasets, max, percent, legend, language],
  );
  return <CanvasChart build={build} ariaLabel={ariaLabel} className="chart-fit" />;
}
