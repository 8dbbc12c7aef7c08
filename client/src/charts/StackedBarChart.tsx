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
import { stackedBarChart } from './stackedBars';
import { useContainerWidth } from './useContainerWidth';
import { resolveColour, useColourScheme } from './useColourScheme';
import './charts.css';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A horizontal stacked bar chart that fits its container: text sized from the width, labels wrapped, the
 * height set for them (through the CSSOM, which the CSP allows, unlike a style attribute). Its numbers
 * must also be given as a table next to it.
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
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useContainerWidth(box);
  const scheme = useColourScheme();
  useEffect(() => {
    if (canvas.current === null || box.current === null || width === 0) return undefined;
    const element = box.current;
    const { config, height, fontSize } = stackedBarChart({
      labels,
      // Colours given as DSFR tokens are read now, in the current scheme.
      datasets: datasets.map((d) => ({
        ...d,
        backgroundColor: resolveColour(d.backgroundColor, element),
      })),
      colours: {
        text: resolveColour('var(--text-default-grey)', element),
        grid: resolveColour('var(--border-default-grey)', element),
      },
      width,
      max: Math.max(1, max),
      percent,
      legend,
      locale: language === 'fr' ? 'fr-FR' : 'en-GB',
    });
    box.current.style.height = `${height}px`;
    // The text size drawn in the canvas, readable by tests and tools (the canvas itself is opaque).
    box.current.dataset['fontSize'] = String(fontSize);
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [labels, datasets, width, max, percent, legend, language, scheme]);
  return (
    <div className="chart-box chart-fit" ref={box}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
