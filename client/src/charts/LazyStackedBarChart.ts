// StackedBarChart with Chart.js downloaded at its first render (see lazyChart.tsx).
import { lazyChart } from './lazyChart';

export const StackedBarChart = lazyChart(() =>
  import('./StackedBarChart').then((module) => module.StackedBarChart),
);
