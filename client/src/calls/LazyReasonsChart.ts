// ReasonsChart with Chart.js downloaded at its first render (see charts/lazyChart.tsx).
import { lazyChart } from '../charts/lazyChart';

export const ReasonsChart = lazyChart(() =>
  import('./ReasonsChart').then((module) => module.ReasonsChart),
);
