import { diurnal } from './traffic.ts';
import type { ServiceTraffic } from './traffic.ts';
import { SAMPLE_MS } from './window.ts';
import type { MetricWindow } from './window.ts';

const MINUTE_MS = 60_000;

/**
 * A step's average stands on every sample of a step of a minute or less; on longer steps on the
 * middle of each minute's six (`+25 s`): exact for the traffic noise, a straight line within a
 * minute, and within a hair for the slow daily curve.
 */
function perStep(window: MetricWindow, value: (at: number) => number): Float64Array {
  const out = new Float64Array(window.steps);
  const fine = window.stepMs <= MINUTE_MS;
  const every = fine ? SAMPLE_MS : MINUTE_MS;
  const offset = fine ? 0 : 25_000;
  const probes = window.stepMs / every;
  for (let step = 0; step < window.steps; step++) {
    const start = window.from + step * window.stepMs + offset;
    let sum = 0;
    for (let j = 0; j < probes; j++) sum += value(start + j * every);
    out[step] = sum / probes;
  }
  return out;
}
/** A service's traffic averaged over each step. */
export const stepTraffic = (traffic: ServiceTraffic, window: MetricWindow) => perStep(window, (at) => traffic.at(at));

/** The daily curve averaged over each step. */
export const stepDiurnal = (window: MetricWindow) => perStep(window, diurnal);
