// The one place a Chart.js chart is drawn: every chart component builds its configuration and hands it
// here. CanvasChart owns what they all share: the canvas in a container that gives the width, a redraw
// when that width or the colour scheme changes, the container's height and drawn text size, the
// accessible name, and destroying the chart on cleanup. Import it only from a module loaded through
// lazyChart, so that Chart.js downloads with the pages that draw charts and no others.
import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartType,
  type DefaultDataPoint,
} from 'chart.js';
import { useContainerWidth } from './useContainerWidth';
import { resolveColour, useColourScheme } from './useColourScheme';
import './charts.css';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);

/** What a chart's builder is given: the container's width and its colours in the current scheme. */
export interface ChartFrame {
  /** The container's width in pixels (rounded to 8), never 0. */
  width: number;
  /** `var(--token)` read in the current colour scheme; any other colour as is. */
  colour: (colour: string) => string;
}

/** What a chart's builder returns: its configuration, and optionally its container's height and text size. */
export interface BuiltChart<
  Type extends ChartType = ChartType,
  Data = DefaultDataPoint<Type>,
  Label = unknown,
> {
  config: ChartConfiguration<Type, Data, Label>;
  /** A CSS length, set through the CSSOM (the CSP forbids a style attribute). */
  height?: string;
  /** The text size drawn in the canvas, exposed as data-font-size for tests and tools (a canvas is opaque). */
  fontSize?: number;
}

/**
 * A canvas chart drawn from `build`, which should be memoised (useCallback) on the chart's data: the chart
 * is redrawn when `build` changes, when the container's width changes and when the colour scheme changes.
 */
export function CanvasChart<
  Type extends ChartType,
  Data = DefaultDataPoint<Type>,
  Label = unknown,
>({
  build,
  ariaLabel,
  className,
}: {
  build: (frame: ChartFrame) => BuiltChart<Type, Data, Label>;
  ariaLabel: string;
  /** Classes added to `chart-box`. */
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const width = useContainerWidth(box);
  const scheme = useColourScheme();
  useEffect(() => {
    const element = box.current;
    if (canvas.current === null || element === null || width === 0) return undefined;
    const { config, height, fontSize } = build({
      width,
      colour: (colour) => resolveColour(colour, element),
    });
    if (height !== undefined) element.style.height = height;
    if (fontSize !== undefined) element.dataset['fontSize'] = String(fontSize);
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
    // The scheme is read through `colour`; it is a dependency so that a switch redraws.
  }, [build, width, scheme]);
  return (
    <div className={className === undefined ? 'chart-box' : `chart-box ${className}`} ref={box}>
      <canvas ref={canvas} role="img" aria-label={ariaLabel} />
    </div>
  );
}
