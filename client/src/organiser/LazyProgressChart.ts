// ProgressChart with Chart.js downloaded at its first render (see charts/lazyChart.tsx).
import { lazyChart } from '../charts/lazyChart';

export const ProgressChart = lazyChart(() =>
  import('./ProgressChart').then((module) => module.ProgressChart),
);
