// ProbabilityChart with Chart.js downloaded at its first render (see charts/lazyChart.tsx).
import { lazyChart } from './lazyChart';

export const ProbabilityChart = lazyChart(() =>
  import('./ProbabilityChart').then((module) => module.ProbabilityChart),
);
