import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReplayResult } from '@cs/contracts';
import type { ScalingBounds, ScalingMetric } from '@cs/domain';
import { formatPointTime } from '../../../monitoring/metric-time.utils.ts';

const hhmm = (t: number) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The replayed metric minute by minute, its two bounds, and where the policy would have scaled. */
export function ReplayChart({
  result,
  metric,
  bounds,
}: {
  result: ReplayResult;
  metric: ScalingMetric;
  bounds: ScalingBounds;
}) {
  const rows = result.series.map((p) => ({ t: Date.parse(p.at), value: p[metric] }));
  const top = Math.max(100, ...rows.map((r) => r.value ?? 0));
  return (
    <figure aria-label="Replayed usage" style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[Date.parse(result.from), Date.parse(result.to)]}
            tickFormatter={hhmm}
            fontSize={12}
          />
          <YAxis
            domain={[0, Math.ceil(top / 10) * 10]}
            tickFormatter={(v: number) => `${v}%`}
            width={56}
            fontSize={12}
          />
          <Tooltip
            filterNull={false}
            labelFormatter={(t) => formatPointTime(Number(t))}
            formatter={(v) => (typeof v === 'number' ? `${v.toFixed(1)}%` : 'No data')}
          />
          <ReferenceLine
            y={bounds.expansion}
            stroke="#f5222d"
            strokeDasharray="4 4"
            label={{ value: `Expansion ${bounds.expansion}%`, position: 'insideTopRight', fontSize: 12 }}
          />
          <ReferenceLine
            y={bounds.contraction}
            stroke="#1677ff"
            strokeDasharray="4 4"
            label={{ value: `Contraction ${bounds.contraction}%`, position: 'insideBottomRight', fontSize: 12 }}
          />
          {result.scalings.map((s) => (
            <ReferenceLine
              key={s.at}
              x={Date.parse(s.at)}
              stroke={s.direction === 'expand' ? '#52c41a' : '#fa8c16'}
              label={{ value: `→ ${s.count}`, position: 'top', fontSize: 11 }}
            />
          ))}
          <Line
            dataKey="value"
            name={metric === 'cpu' ? 'CPU usage' : 'Memory usage'}
            type="linear"
            stroke="#722ed1"
            strokeWidth={1.5}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
