// A chart component whose module (and Chart.js with it) downloads when the chart first renders, so a
// page without a chart never fetches Chart.js. While it loads, a short notice holds its place; if the
// download fails, a message says so (the chart's numbers are in its table, which renders without it).

import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';

function ChartLoading() {
  const { t } = useI18n();
  return (
    <p className="chart-loading fr-text--sm" aria-busy="true">
      {t('chart.loading')}
    </p>
  );
}

function ChartUnavailable() {
  const { t } = useI18n();
  return (
    <p className="fr-text--sm" role="status">
      {t('chart.unavailable')}
    </p>
  );
}

/** Shows ChartUnavailable instead of the chart when its module could not be downloaded. */
class ChartLoadBoundary extends Component<{ children: ReactNode }, { hasFailed: boolean }> {
  override state = { hasFailed: false };
  static getDerivedStateFromError() {
    return { hasFailed: true };
  }
  override render() {
    return this.state.hasFailed ? <ChartUnavailable /> : this.props.children;
  }
}

/**
 * The chart component `load` resolves to, downloaded at its first render.
 * Example: `export const ReasonsChart = lazyChart(() => import('./ReasonsChart').then((m) => m.ReasonsChart));`
 */
export function lazyChart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): ComponentType<Props> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyChart(props: Props) {
    return (
      <ChartLoadBoundary>
        <Suspense fallback={<ChartLoading />}>
          <Loaded {...props} />
        </Suspense>
      </ChartLoadBoundary>
    );
  }
  return LazyChart;
}
