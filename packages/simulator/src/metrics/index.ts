export { MetricAggregate, NODE_BASELINE, nodeBaselineAt } from './aggregate.ts';
export type { MetricNode } from './aggregate.ts';
export type { ItemSeries, Series } from './container-series.ts';
export {
  COLLECT_MS,
  HTTP_LABEL,
  declaresCustom,
  SCRIPT_LABEL,
  TAGS_LABEL,
  scriptMeasurement,
  tagNames,
} from './custom-series.ts';
export type { CustomSeries } from './custom-series.ts';
export { currentSample, deriveContainerMetrics } from './derive.ts';
export { ITEMS } from './items.ts';
export type { Item, ItemValues } from './items.ts';
export { metricContainerOf, runSpanOf, runningAt } from './subject.ts';
export type { MetricContainer, RunSpan } from './subject.ts';
export { ServiceTraffic, diurnal } from './traffic.ts';
export type { LoadSpikeWindow } from './traffic.ts';
export { SAMPLE_MS, metricWindow, stepTimes, windowEnd } from './window.ts';
export type { MetricWindow } from './window.ts';
