import type { RunSpan } from './subject.ts';
import { SAMPLE_MS } from './window.ts';
import type { MetricWindow } from './window.ts';

/** Samples of the step starting at `stepStart` taken while `[start, end)` lasted. */
function samplesIn(stepStart: number, perStep: number, start: number, end: number): number {
  const first = Math.max(0, Math.ceil((start - stepStart) / SAMPLE_MS));
  const last = Math.min(perStep, Math.ceil((end - stepStart) / SAMPLE_MS));
  return Math.max(0, last - first);
}

/** Where a run falls in a window: the steps it touches, and its share of the first's and last's samples. */
export interface Placement {
  first: number;
  last: number;
  firstShare: number;
  lastShare: number;
}

/** Null when the run touches no step of the window (or only the future, which is not sampled). */
export function placeSpan(window: MetricWindow, now: number, span: RunSpan | null): Placement | null {
  if (!span) return null;
  const { from, stepMs, steps } = window;
  const perStep = stepMs / SAMPLE_MS;
  const end = Math.min(span.end, now + 1);
  const first = Math.max(0, Math.floor((span.start - from) / stepMs));
  const last = Math.min(steps - 1, Math.floor((end - 1 - from) / stepMs));
  if (last < first) return null;
  return {
    first,
    last,
    firstShare: samplesIn(from + first * stepMs, perStep, span.start, end) / perStep,
    lastShare: samplesIn(from + last * stepMs, perStep, span.start, end) / perStep,
  };
}

/**
 * Adds `weight × (share of the step's samples taken while a run lasted)` to each step, in O(1) per
 * run: the steps it covers whole go through a difference array that `finish` sums, so a cluster's
 * 100,000 runs cost 100,000 additions whatever the window's length.
 */
export class Coverage {
  private readonly values: Float64Array;
  private readonly diff: Float64Array;

  constructor(steps: number) {
    this.values = new Float64Array(steps);
    this.diff = new Float64Array(steps + 1);
  }

  add(at: Placement | null, weight: number): void {
    if (!at) return;
    this.values[at.first]! += weight * at.firstShare;
    if (at.last === at.first) return;
    this.values[at.last]! += weight * at.lastShare;
    if (at.last - at.first > 1) {
      this.diff[at.first + 1]! += weight;
      this.diff[at.last]! -= weight;
    }
  }

  /** The per-step totals; call once, when every run is in. */
  finish(): Float64Array {
    let running = 0;
    for (let step = 0; step < this.values.length; step++) {
      running += this.diff[step]!;
      this.values[step]! += running;
    }
    return this.values;
  }
}
