/** Every built-in value is sampled every 10 seconds; longer steps average their samples. */
export const SAMPLE_MS = 10_000;

/** The steps a series is answered at: step `i` averages the samples of `[from + i·stepMs, from + (i+1)·stepMs)`. */
export interface MetricWindow {
  from: number;
  stepMs: number;
  steps: number;
}

/** The window of `rangeSeconds` ending at the last step boundary at or before `end`. */
export function metricWindow(rangeSeconds: number, stepSeconds: number, end: number): MetricWindow {
  const stepMs = stepSeconds * 1_000;
  const to = Math.floor(end / stepMs) * stepMs;
  const steps = Math.round(rangeSeconds / stepSeconds);
  return { from: to - steps * stepMs, stepMs, steps };
}

export const windowEnd = (window: MetricWindow) => window.from + window.steps * window.stepMs;

/** The start of each step: the time a point is drawn at. */
export function stepTimes(window: MetricWindow): number[] {
  return Array.from({ length: window.steps }, (_, i) => window.from + i * window.stepMs);
}
