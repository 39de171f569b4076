import type { Container } from '@cs/domain';

/** When a container ran: `[start, end)`, `end` Infinity while it runs. */
export interface RunSpan {
  start: number;
  end: number;
}

/** What a container's metrics are derived from: its identity, image, service, node and latest run. */
export interface MetricContainer {
  id: string;
  name: string;
  image: string;
  serviceId: string;
  nodeId: string;
  /** Null if it never started: its status tells only of the latest run (as its logs do). */
  run: RunSpan | null;
}

/** A running container's run lasts until now; a stopped one's ended when it entered its phase. */
export function runSpanOf(startedAt: string | null, phase: string, phaseSince: string | null): RunSpan | null {
  const start = startedAt ? Date.parse(startedAt) : NaN;
  const end = phase === 'running' ? Infinity : Date.parse(phaseSince ?? '');
  return Number.isFinite(start) && end > start ? { start, end } : null;
}

export function metricContainerOf(container: Container): MetricContainer {
  const { status, spec } = container;
  return {
    id: container.metadata.id,
    name: container.metadata.name,
    image: spec.image,
    serviceId: spec.serviceId,
    nodeId: spec.nodeId,
    run: runSpanOf(status.startedAt, status.phase, status.phaseSince),
  };
}

/** Whether it ran at `at` (never beyond `now`: the future has not been sampled). */
export const runningAt = (run: RunSpan | null, at: number, now: number) =>
  run !== null && at >= run.start && at < run.end && at <= now;
