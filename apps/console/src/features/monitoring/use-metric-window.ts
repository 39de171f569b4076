import { useSearchParams } from 'react-router';
import type { MetricQuery, MetricRange } from '@cs/contracts';
import { LIVE_REFRESH_MS, metricEnd, metricRange, shiftedEnd } from './monitoring-paths.ts';

/** The window a Monitor page charts, as its URL holds it (`?range=6h&end=…`), and how to move it. */
export interface MetricWindow {
  range: MetricRange;
  /** The window's end (ISO); undefined while it ends now and refreshes live. */
  end: string | undefined;
  query: MetricQuery;
  /** Every 10 s while the window ends now; never for a window in the past. */
  refetchInterval: number | false;
  setRange: (range: MetricRange) => void;
  /** Moves the window by whole ranges (-1: the range before), from `currentEnd` (the charted window's end). */
  shift: (ranges: number, currentEnd: number) => void;
  /** Back to a window that ends now. */
  toNow: () => void;
}

export function useMetricWindow(): MetricWindow {
  const [searchParams, setSearchParams] = useSearchParams();
  const range = metricRange(searchParams.get('range'));
  const end = metricEnd(searchParams.get('end'));
  // Keep the page's other parameters (a container page's ?tab=) when the window changes.
  const update = (change: (params: URLSearchParams) => void) =>
    setSearchParams((previous) => {
      const next = new URLSearchParams(previous);
      change(next);
      return next;
    });
  return {
    range,
    end,
    query: end ? { range, end } : { range },
    refetchInterval: end ? false : LIVE_REFRESH_MS,
    setRange: (next) => update((params) => (next === '1h' ? params.delete('range') : params.set('range', next))),
    shift: (ranges, currentEnd) => update((params) => params.set('end', shiftedEnd(currentEnd, range, ranges))),
    toNow: () => update((params) => params.delete('end')),
  };
}
