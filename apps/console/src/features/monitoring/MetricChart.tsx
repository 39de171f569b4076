import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricRange } from '@cs/contracts';
import { formatMetricValue, valueAxis } from './metric-format.utils.ts';
import { chartRows, latestPoint, maxValue } from './metric-series.utils.ts';
import type { ChartSpec } from './metric-series.utils.ts';
import { formatAxisTime, formatPointTime, timeTicks } from './metric-time.utils.ts';

/** Distinct line colours (antd's palette), in order; a service's containers past the tenth repeat them. */
const LINE_COLORS = [
  '#1677ff',
  '#52c41a',
  '#fa8c16',
  '#eb2f96',
  '#722ed1',
  '#13c2c2',
  '#faad14',
  '#f5222d',
  '#2f54eb',
  '#a0d911',
];

export interface MetricChartProps {
  chart: ChartSpec;
  range: MetricRange;
  /** The window charted, in unix milliseconds: the time axis spans it even where there are no points. */
  from: number;
  to: number;
  height?: number;
}

/** One monitored item as a line chart: times of the range, values in the item's unit, gaps where nothing ran. */
export function MetricChart({ chart, range, from, to, height = 220 }: MetricChartProps) {
  const { title, unit, lines } = chart;
  const rows = chartRows(lines);
  const axis = valueAxis(maxValue(lines), unit);
  const latest = latestPoint(lines);
  const single = lines.length === 1;
  return (
    <figure aria-label={title} style={{ margin: 0 }}>
      <figcaption style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 8 }}>
        <strong>{title}</strong>
        <span data-testid="latest-point" style={{ color: 'rgba(0, 0, 0, 0.55)', fontSize: 12 }}>
          {latest
            ? `${single ? `${formatMetricValue(latest.values[0], unit)} at ` : 'Latest point '}${formatPointTime(latest.t)}`
            : 'No data in this range'}
        </span>
      </figcaption>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[from, to]}
            ticks={timeTicks(from, to, range)}
            tickFormatter={(t: number) => formatAxisTime(t, range)}
            fontSize={12}
          />
          <YAxis
            ticks={axis.ticks}
            domain={[0, axis.ticks[axis.ticks.length - 1] ?? 1]}
            tickFormatter={axis.format}
            width={80}
            fontSize={12}
          />
          <Tooltip
            // A gap says "No data" rather than hiding the tooltip.
            filterNull={false}
            labelFormatter={(t) => formatPointTime(Number(t))}
            formatter={(value) => formatMetricValue(typeof value === 'number' ? value : null, unit)}
          />
          {!single && <Legend />}
          {lines.map((line, i) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.name}
              type="linear"
              stroke={LINE_COLORS[i % LINE_COLORS.length]}
              strokeWidth={1.5}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
