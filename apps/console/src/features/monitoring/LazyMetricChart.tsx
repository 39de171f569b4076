import { Suspense, lazy } from 'react';
import { Skeleton } from 'antd';
import type { MetricChartProps } from './MetricChart.tsx';

// recharts is large: it loads with the first chart a page shows, never with the console's first route.
const MetricChart = lazy(async () => ({ default: (await import('./MetricChart.tsx')).MetricChart }));

/** A MetricChart that loads the charting library on first use, with a placeholder of its size meanwhile. */
export function LazyMetricChart(props: MetricChartProps) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: (props.height ?? 220) + 30 }} />}>
      <MetricChart {...props} />
    </Suspense>
  );
}
