/**
 * Keys due at a time, earliest first (a binary heap with lazy deletion): the deploy engine keeps
 * one entry per container or service with work pending and one clock timer for the earliest.
 */
export class DueQueue {
  private heap: { at: number; key: string }[] = [];
  private readonly due = new Map<string, number>();

  get size(): number {
    return this.due.size;
  }

  /** Sets when `key` is due; an earlier time replaces a later one, never the reverse. */
  schedule(key: string, at: number): void {
    const current = this.due.get(key);
    if (current !== undefined && current <= at) return;
    this.due.set(key, at);
    this.push({ at, key });
  }

  cancel(key: string): void {
    this.due.delete(key);
  }

  /** The earliest due time, or undefined when nothing is pending. */
  peek(): number | undefined {
    this.dropStale();
    return this.heap[0]?.at;
  }

  /** Removes and returns up to `limit` keys due at or before `now`, earliest first. */
  takeDue(now: number, limit: number): string[] {
    const keys: string[] = [];
    while (keys.length < limit) {
      this.dropStale();
      const top = this.heap[0];
      if (!top || top.at > now) break;
      this.pop();
      this.due.delete(top.key);
      keys.push(top.key);
    }
    return keys;
  }

  private dropStale(): void {
    for (let top = this.heap[0]; top && this.due.get(top.key) !== top.at; top = this.heap[0]) this.pop();
  }

  private push(entry: { at: number; key: string }): void {
    const heap = this.heap;
    heap.push(entry);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (heap[parent]!.at <= heap[i]!.at) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    for (let i = 0; ;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left]!.at < heap[smallest]!.at) smallest = left;
      if (right < heap.length && heap[right]!.at < heap[smallest]!.at) smallest = right;
      if (smallest === i) break;
      [heap[smallest], heap[i]] = [heap[i]!, heap[smallest]!];
      i = smallest;
    }
  }
}
