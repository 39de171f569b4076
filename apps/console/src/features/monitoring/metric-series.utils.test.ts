import { describe, expect, it } from 'vitest';
import type { ServiceMetricsDto } from '@cs/contracts';
import {
  builtInCharts,
  chartRows,
  comparisonChart,
  customCharts,
  latestPoint,
  maxValue,
} from './metric-series.utils.ts';
import type { ChartLine } from './metric-series.utils.ts';

const lines: ChartLine[] = [
  {
    key: 'l0',
    name: 'web_1',
    points: [
      [1000, 5],
      [2000, null],
      [3000, 7],
    ],
  },
  {
    key: 'l1',
    name: 'web_2',
    points: [
      [2000, 9],
      [4000, null],
    ],
  },
];

describe('chartRows', () => {
  it('merges the lines by time, in order, with null where a line has no point', () => {
    expect(chartRows(lines)).toEqual([
      { t: 1000, l0: 5, l1: null },
      { t: 2000, l0: null, l1: 9 },
      { t: 3000, l0: 7, l1: null },
      { t: 4000, l0: null, l1: null },
    ]);
  });
});

describe('maxValue and latestPoint', () => {
  it('find the largest value and the newest point with a value', () => {
    expect(maxValue(lines)).toBe(9);
    expect(latestPoint(lines)).toEqual({ t: 3000, values: [7, null] });
  });

  it('answer nothing for lines of gaps only', () => {
    const gaps: ChartLine[] = [{ key: 'l0', name: 'x', points: [[1000, null]] }];
    expect(maxValue(gaps)).toBe(0);
    expect(latestPoint(gaps)).toBeUndefined();
  });
});

describe('builtInCharts', () => {
  it('titles each series with its item’s label and keeps its unit', () => {
    const charts = builtInCharts({
      series: [
        { item: 'cpu', unit: 'percent', points: [[1000, 1]] },
        { item: 'networkRx', unit: 'bytesPerSecond', points: [] },
      ],
    });
    expect(charts.map((c) => [c.title, c.unit])).toEqual([
      ['CPU', 'percent'],
      ['Network In', 'bytesPerSecond'],
    ]);
    expect(charts[0]?.lines).toEqual([{ key: 'l0', name: 'CPU', points: [[1000, 1]] }]);
  });
});

describe('customCharts', () => {
  it('makes a chart per measurement, a line per field and tags', () => {
    const charts = customCharts([
      { measurement: 'memory', field: 'used', tags: { host: 'a', app: 'shop' }, points: [[1000, 3]] },
      { measurement: 'queue', field: 'depth', tags: {}, points: [] },
      { measurement: 'memory', field: 'free', tags: {}, points: [] },
    ]);
    expect(charts.map((c) => c.title)).toEqual(['memory', 'queue']);
    expect(charts[0]?.unit).toBe('number');
    expect(charts[0]?.lines.map((l) => [l.key, l.name])).toEqual([
      ['l0', 'used (app=shop, host=a)'],
      ['l1', 'free'],
    ]);
  });
});

describe('comparisonChart', () => {
  it('draws a line per container, named as the container', () => {
    const metrics: ServiceMetricsDto = {
      subject: { kind: 'service', id: 's', name: 'web' },
      range: '1h',
      item: 'memory',
      unit: 'bytes',
      stepSeconds: 10,
      from: '2026-12-02T13:00:00Z',
      to: '2026-12-02T14:00:00Z',
      containers: [
        { id: 'c.1', name: 'shop_web_1', points: [] },
        { id: 'c.2', name: 'shop_web_2', points: [] },
      ],
    };
    const chart = comparisonChart(metrics);
    expect(chart).toMatchObject({ title: 'Memory', unit: 'bytes' });
    expect(chart.lines.map((l) => [l.key, l.name])).toEqual([
      ['l0', 'shop_web_1'],
      ['l1', 'shop_web_2'],
    ]);
  });
});
