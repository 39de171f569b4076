import type { ReactNode } from 'react';
import { Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import type { MetricsDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { MetricChartGrid } from './MetricChartGrid.tsx';
import { MetricRangeBar } from './MetricRangeBar.tsx';
import { builtInCharts, customCharts } from './metric-series.utils.ts';
import type { MetricWindow } from './use-metric-window.ts';

interface MetricsPanelProps {
  timeWindow: MetricWindow;
  metrics: UseQueryResult<MetricsDto>;
  /** What is monitored, as the failure's subject: "The container's monitoring data". */
  what: string;
  /** Links beside the range switch, at its right (alarm rules). */
  extra?: ReactNode;
}

/** A container's, node's or cluster's monitoring: the range switch and a chart per item, custom series after. */
export function MetricsPanel({ timeWindow, metrics, what, extra }: MetricsPanelProps) {
  const { data } = metrics;
  const from = data ? Date.parse(data.from) : 0;
  const to = data ? Date.parse(data.to) : 0;
  const custom = data ? customCharts(data.custom) : [];
  return (
    <section aria-label="Monitoring">
      <MetricRangeBar timeWindow={timeWindow} chartedEnd={data && to} refreshing={metrics.isFetching} extra={extra} />
      {metrics.isError && (
        <LoadFailureAlert
          what={what}
          error={metrics.error}
          onRetry={() => void metrics.refetch()}
          retrying={metrics.isFetching}
        />
      )}
      {metrics.isPending && <Skeleton active paragraph={{ rows: 8 }} />}
      {data && (
        <>
          <MetricChartGrid charts={builtInCharts(data)} range={data.range} from={from} to={to} />
          {custom.length > 0 && (
            <>
              <h2 style={{ fontSize: 16, margin: '24px 0 12px' }}>Custom monitoring</h2>
              <MetricChartGrid charts={custom} range={data.range} from={from} to={to} />
            </>
          )}
        </>
      )}
    </section>
  );
}
