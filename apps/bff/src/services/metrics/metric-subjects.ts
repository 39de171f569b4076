import { findInstanceType } from '@cs/domain';
import type { Node } from '@cs/domain';
import type { LoadSpikeWindow, MetricNode } from '@cs/simulator';
import type { StoredLoadSpike } from '../../store/load-spike-store.ts';

/** A node gives no figures before it joined, nor while it is down or going. */
const DOWN_PHASES: readonly string[] = ['Offline', 'Failed', 'Removing'];

export function metricNodeOf(node: Node): MetricNode {
  const down = DOWN_PHASES.includes(node.status.phase);
  return {
    id: node.metadata.id,
    cores: findInstanceType(node.spec.instanceType).cpu,
    alive: { start: Date.parse(node.metadata.createdAt), end: down ? Date.parse(node.status.phaseSince) : Infinity },
  };
}

export const nodeName = (node: Node) => `node${node.spec.index}`;

export const spikeWindowOf = (spike: StoredLoadSpike): LoadSpikeWindow => ({
  serviceId: spike.service_id,
  factor: spike.factor,
  start: Date.parse(spike.starts_at),
  end: Date.parse(spike.ends_at),
});
