import { unitNoise } from './noise.ts';
import { ITEMS } from './items.ts';
import type { Item, ItemValues } from './items.ts';
import type { ResourceProfile } from './resource-profile.ts';
import { runningAt } from './subject.ts';
import type { MetricContainer } from './subject.ts';
import type { ServiceTraffic } from './traffic.ts';
import { SAMPLE_MS } from './window.ts';
import type { MetricWindow } from './window.ts';

export type Series = (number | null)[];
export type ItemSeries = Record<Item, Series>;

/** One 10-second sample of every item of a running container, at service traffic `traffic`. */
export function sampleValues(profile: ResourceProfile, traffic: number, at: number): ItemValues {
  const index = Math.floor(at / SAMPLE_MS);
  const values = {} as ItemValues;
  ITEMS.forEach((item, i) => {
    const wobble = 1 + profile.jitter[item] * unitNoise(profile.seed + i, index);
    values[item] = Math.max(0, profile.rest[item] + profile.perTraffic[item] * traffic * wobble);
  });
  return values;
}

/**
 * A container's series over the window: each step the average of the 10-second samples it ran
 * in, null where it ran in none.
 */
export function containerSeries(
  container: MetricContainer,
  profile: ResourceProfile,
  traffic: ServiceTraffic,
  window: MetricWindow,
  now: number,
  /** Only these are computed; the others stay null (a service comparison wants one). */
  only: readonly Item[] = ITEMS,
): ItemSeries {
  const out = Object.fromEntries(ITEMS.map((item) => [item, new Array<number | null>(window.steps).fill(null)]));
  const perStep = window.stepMs / SAMPLE_MS;
  const sums = new Float64Array(ITEMS.length);
  for (let step = 0; step < window.steps; step++) {
    const start = window.from + step * window.stepMs;
    if (!container.run || start + window.stepMs <= container.run.start || start >= container.run.end) continue;
    sums.fill(0);
    let samples = 0;
    for (let j = 0; j < perStep; j++) {
      const at = start + j * SAMPLE_MS;
      if (!runningAt(container.run, at, now)) continue;
      const values = sampleValues(profile, traffic.at(at), at);
      only.forEach((item, i) => (sums[i]! += values[item]));
      samples++;
    }
    if (samples > 0) only.forEach((item, i) => (out[item]![step] = sums[i]! / samples));
  }
  return out as ItemSeries;
}
