import { containerSeries, sampleValues } from './container-series.ts';
import type { ItemSeries } from './container-series.ts';
import { customSeries } from './custom-series.ts';
import type { CustomSeries } from './custom-series.ts';
import type { Item, ItemValues } from './items.ts';
import { resourceProfile } from './resource-profile.ts';
import { runningAt } from './subject.ts';
import type { MetricContainer } from './subject.ts';
import { ServiceTraffic } from './traffic.ts';
import type { LoadSpikeWindow } from './traffic.ts';
import { SAMPLE_MS } from './window.ts';
import type { MetricWindow } from './window.ts';

/** A container's built-in series and the custom ones its service's labels declare. */
export function deriveContainerMetrics(
  container: MetricContainer,
  labels: Readonly<Record<string, string>>,
  spikes: readonly LoadSpikeWindow[],
  window: MetricWindow,
  now: number,
  only?: readonly Item[],
): { series: ItemSeries; custom: CustomSeries[] } {
  const profile = resourceProfile(container.image, container.id);
  const traffic = new ServiceTraffic(container.serviceId, spikes);
  return {
    series: containerSeries(container, profile, traffic, window, now, only),
    custom: customSeries(container, labels, profile, traffic, window, now),
  };
}

/** The latest 10-second sample at or before `now`, or null if the container was not running then. */
export function currentSample(
  container: MetricContainer,
  spikes: readonly LoadSpikeWindow[],
  now: number,
): { at: number; values: ItemValues } | null {
  const at = Math.floor(now / SAMPLE_MS) * SAMPLE_MS;
  if (!runningAt(container.run, at, now)) return null;
  const traffic = new ServiceTraffic(container.serviceId, spikes);
  return { at, values: sampleValues(resourceProfile(container.image, container.id), traffic.at(at), at) };
}
