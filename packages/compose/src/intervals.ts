/** A closed range of whole numbers (ports) and who it belongs to: a smaller owner comes first. */
export interface OwnedInterval {
  start: number;
  end: number;
  owner: number;
}

const NONE = Number.POSITIVE_INFINITY;

/** Keeps the two smallest distinct owners of `pair` after adding `owner`. */
function add(pair: Float64Array, at: number, owner: number): void {
  const best = pair[at] ?? NONE;
  const second = pair[at + 1] ?? NONE;
  if (owner === best || owner === second) return;
  if (owner < best) {
    pair[at] = owner;
    pair[at + 1] = best;
  } else if (owner < second) pair[at + 1] = owner;
}

/** The index of the last boundary ≤ value, or -1. */
function floorIndex(sorted: readonly number[], value: number): number {
  let low = -1;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sorted[mid] ?? NONE) <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Which owners' intervals contain a point, for many intervals and many points: a segment tree
 * over the intervals' boundaries, each interval tagged on O(log n) nodes and each point read on
 * its root path, so n intervals and q points cost O((n + q) log n) instead of n × q.
 */
export class IntervalOwners {
  private readonly bounds: number[];
  private readonly size: number;
  private readonly tags: Float64Array;

  constructor(intervals: readonly OwnedInterval[]) {
    const bounds = new Set<number>();
    for (const i of intervals) bounds.add(i.start).add(i.end + 1);
    this.bounds = [...bounds].sort((a, b) => a - b);
    this.size = Math.max(this.bounds.length - 1, 0);
    this.tags = new Float64Array(4 * this.size).fill(NONE);
    for (const i of intervals) this.tag(i);
  }

  private tag({ start, end, owner }: OwnedInterval): void {
    let low = floorIndex(this.bounds, start) + this.size;
    let high = floorIndex(this.bounds, end + 1) + this.size;
    for (; low < high; low >>= 1, high >>= 1) {
      if (low & 1) add(this.tags, 2 * low++, owner);
      if (high & 1) add(this.tags, 2 * --high, owner);
    }
  }

  /** The two smallest distinct owners whose intervals contain `point` (Infinity where there are fewer). */
  owners(point: number): [number, number] {
    const leaf = floorIndex(this.bounds, point);
    const found = new Float64Array([NONE, NONE]);
    if (leaf < 0 || leaf >= this.size) return [NONE, NONE];
    for (let node = leaf + this.size; node >= 1; node >>= 1) {
      add(found, 0, this.tags[2 * node] ?? NONE);
      add(found, 0, this.tags[2 * node + 1] ?? NONE);
    }
    return [found[0] ?? NONE, found[1] ?? NONE];
  }

  /** The smallest owner other than `self` whose interval contains `point`, if any. */
  firstOtherThan(self: number, point: number): number | undefined {
    const [best, second] = this.owners(point);
    const other = best === self ? second : best;
    return other === NONE ? undefined : other;
  }
}
