// One configuration for every horizontal stacked bar chart: wrapped category labels, fonts sized from the
// container's width, the value axis on the chart's own scale (0 to `max`), and the height it needs.
import type { ChartConfiguration } from 'chart.js';
import {
  barChartHeight,
  chartFontSize,
  labelLineChars,
  legendRows,
  wrapLabel,
} from './chartLayout';

export function stackedBarChart(options: {
  labels: readonly string[];
  datasets: { label: string; data: number[]; backgroundColor: string }[];
  /** Container width in px. */
  width: number;
  /** End of the value axis: the number of ballots, or 100 for shares. */
  max: number;
  percent?: boolean;
  /** False when another chart just above already shows the same colours' legend. */
  legend?: boolean;
  locale: string;
  /** Text and grid colours of the current scheme (Chart.js's own grey is unreadable on a dark page). */
  colours?: { text: string; grid: string };
}): { config: ChartConfiguration<'bar', number[], string[]>; height: number; fontSize: number } {
  const { width, locale } = options;
  const fontSize = chartFontSize(width);
  const lineChars = labelLineChars(width, fontSize);
  const labels = options.labels.map((label) => wrapLabel(label, lineChars));
  const font = { size: fontSize };
  const color = options.colours?.text;
  const grid = options.colours === undefined ? {} : { grid: { color: options.colours.grid } };
  const height = barChartHeight({
    lines: labels.map((lines) => lines.length),
    fontSize,
    legendRows:
      options.legend === false
        ? 0
        : legendRows(
            options.datasets.map((d) => d.label),
            width,
            fontSize,
          ),
  });
  const number = (value: number) => value.toLocaleString(locale);
  return {
    height,
    fontSize,
    config: {
      type: 'bar',
      data: { labels, datasets: options.datasets },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {
            stacked: true,
            min: 0,
            max: options.max,
            ...grid,
            ticks: {
              font,
              color,
              precision: 0,
              callback: (value) =>
                options.percent === true ? `${number(Number(value))} %` : number(Number(value)),
            },
          },
          // Labels are already wrapped to fit: never let Chart.js shorten or skip them.
          y: { stacked: true, ...grid, ticks: { font, color, autoSkip: false } },
        },
        plugins: {
          legend: {
            display: options.legend !== false,
            labels: { font, color, boxWidth: fontSize * 1.5 },
          },
          tooltip: { titleFont: font, bodyFont: font },
        },
      },
    },
  };
}
