import { hashSeed } from '../random.ts';
import { smoothNoise } from './noise.ts';

/** A recorded load spike: the service's traffic is `factor` times the usual in `[start, end)`. */
export interface LoadSpikeWindow {
  serviceId: string;
  factor: number;
  start: number;
  end: number;
}

const HOUR_MS = 3_600_000;
/** The simulated users live in China Standard Time (UTC+8); their busiest hour is 16:00. */
const LOCAL_OFFSET_HOURS = 8;
const PEAK_HOUR = 16;
const DIURNAL_SWING = 0.45;
/** How far a service's traffic wanders from the daily curve, and how quickly (knots a minute apart). */
export const TRAFFIC_NOISE = 0.25;
export const TRAFFIC_NOISE_PERIOD_MS = 60_000;

/** The share of the average daily traffic arriving at `at`: 0.55 at night, 1.45 in the afternoon. */
export function diurnal(at: number): number {
  const hour = at / HOUR_MS + LOCAL_OFFSET_HOURS;
  return 1 + DIURNAL_SWING * Math.cos((2 * Math.PI * (hour - PEAK_HOUR)) / 24);
}

/** The traffic of one service: every container of it sees the same, so its lines move together. */
export class ServiceTraffic {
  private readonly seed: number;
  private readonly spikes: readonly LoadSpikeWindow[];

  /** `spikes` may be any service's: only this one's count. */
  constructor(serviceId: string, spikes: readonly LoadSpikeWindow[]) {
    this.seed = hashSeed(`traffic:${serviceId}`);
    this.spikes = spikes.filter((s) => s.serviceId === serviceId);
  }

  /** The spike factor at `at` (the largest, when spikes overlap); 1 outside them. */
  spikeAt(at: number): number {
    let factor = 1;
    for (const spike of this.spikes)
      if (at >= spike.start && at < spike.end && spike.factor > factor) factor = spike.factor;
    return factor;
  }

  /** Traffic at `at`, as a multiple of the image's resting profile. */
  at(at: number): number {
    return diurnal(at) * (1 + TRAFFIC_NOISE * smoothNoise(this.seed, at, TRAFFIC_NOISE_PERIOD_MS)) * this.spikeAt(at);
  }
}

/** Spikes grouped by service. */
export function spikesByService(spikes: readonly LoadSpikeWindow[]): Map<string, LoadSpikeWindow[]> {
  const out = new Map<string, LoadSpikeWindow[]>();
  for (const spike of spikes) out.set(spike.serviceId, [...(out.get(spike.serviceId) ?? []), spike]);
  return out;
}
