import { Card, Col, Row } from 'antd';
import type { MetricRange } from '@cs/contracts';
import { LazyMetricChart } from './LazyMetricChart.tsx';
import type { ChartSpec } from './metric-series.utils.ts';

interface MetricChartGridProps {
  charts: readonly ChartSpec[];
  range: MetricRange;
  from: number;
  to: number;
  /** Full width charts, for charts with many lines and a legend. */
  wide?: boolean;
}

/** Charts side by side, two a row on a wide screen, all over the same window. */
export function MetricChartGrid({ charts, range, from, to, wide = false }: MetricChartGridProps) {
  return (
    <Row gutter={[16, 16]}>
      {charts.map((chart) => (
        <Col key={chart.title} xs={24} xl={wide ? 24 : 12}>
          <Card size="small">
            <LazyMetricChart chart={chart} range={range} from={from} to={to} height={wide ? 280 : 220} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
