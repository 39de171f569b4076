import { Card, Flex, Select, Skeleton } from 'antd';
import { useSearchParams } from 'react-router';
import { METRIC_ITEMS } from '@cs/contracts';
import type { MetricItem, ServiceMetricsDto } from '@cs/contracts';
import { LoadFailureAlert } from '../../components/LoadFailureAlert.tsx';
import { useServiceMetricsQueries } from '../../data/metrics/service-metrics-query.ts';
import { LazyMetricChart } from './LazyMetricChart.tsx';
import { MetricRangeBar } from './MetricRangeBar.tsx';
import { comparisonChart } from './metric-series.utils.ts';
import { comparedItems } from './monitoring-paths.ts';
import { useMetricWindow } from './use-metric-window.ts';

const ITEM_OPTIONS = (Object.keys(METRIC_ITEMS) as MetricItem[]).map((item) => ({
  value: item,
  label: METRIC_ITEMS[item].label,
}));

/** Says when the chart leaves containers out (it compares the first 20 by name), or has none. */
function ComparedCount({ data }: { data: ServiceMetricsDto }) {
  const shown = data.containers.length;
  const total = data.totalContainers ?? shown;
  if (total === 0) return <p>The service has no containers to compare.</p>;
  if (total <= shown) return null;
  return (
    <p style={{ margin: '8px 0 0' }}>
      Comparing the first {shown} of {total} containers, by name.
    </p>
  );
}

/** The containers of one service compared: a chart per chosen item (`?items=`), a line per container. */
export function ServiceComparison({ serviceId }: { serviceId: string }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const items = comparedItems(searchParams.get('items'));
  const timeWindow = useMetricWindow();
  const queries = useServiceMetricsQueries(serviceId, items, timeWindow.query, timeWindow.refetchInterval);
  const charted = queries.find((q) => q.data)?.data;

  const chooseItems = (next: MetricItem[]) =>
    setSearchParams((previous) => {
      const params = new URLSearchParams(previous);
      if (next.length) params.set('items', next.join(','));
      else params.delete('items');
      return params;
    });

  return (
    <section aria-label="Monitoring">
      <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
        <span id="compared-items">Monitored items:</span>
        <Select<MetricItem[]>
          mode="multiple"
          aria-labelledby="compared-items"
          value={items}
          options={ITEM_OPTIONS}
          onChange={chooseItems}
          style={{ minWidth: 320 }}
        />
      </Flex>
      <MetricRangeBar
        timeWindow={timeWindow}
        chartedEnd={charted && Date.parse(charted.to)}
        refreshing={queries.some((q) => q.isFetching)}
      />
      <Flex vertical gap={16}>
        {items.map((item, i) => {
          const query = queries[i];
          const data = query?.data;
          return (
            <Card size="small" key={item}>
              {query?.isError && (
                <LoadFailureAlert
                  what={`The ${METRIC_ITEMS[item].label} of the containers`}
                  error={query.error}
                  onRetry={() => void query.refetch()}
                />
              )}
              {query?.isPending && <Skeleton active paragraph={{ rows: 6 }} />}
              {data && (
                <LazyMetricChart
                  chart={comparisonChart(data)}
                  range={data.range}
                  from={Date.parse(data.from)}
                  to={Date.parse(data.to)}
                  height={300}
                />
              )}
              {data && <ComparedCount data={data} />}
            </Card>
          );
        })}
      </Flex>
    </section>
  );
}
