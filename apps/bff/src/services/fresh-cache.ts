interface Entry<T> {
  loadedAt: number;
  value: Promise<T | undefined>;
}

export interface FreshCacheOptions {
  /** How long a loaded value may be used without asking again. */
  freshMs: number;
  /** At most this many keys; the least recently loaded goes first. */
  maxEntries: number;
  now?: () => number;
}

/**
 * Values loaded at most `freshMs` ago, one load shared by the callers that ask at once. Misses
 * are not kept (a stranger's guesses must not fill it). Freshness counts from when the load began,
 * so nothing older than `freshMs` is ever answered.
 */
export class FreshCache<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly options: FreshCacheOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  async get(key: string, load: () => Promise<T | undefined>): Promise<T | undefined> {
    const now = this.now();
    const cached = this.entries.get(key);
    if (cached && now - cached.loadedAt < this.options.freshMs) return cached.value;

    const entry: Entry<T> = { loadedAt: now, value: load() };
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
    const forget = () => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    };
    entry.value.then((value) => value === undefined && forget(), forget);
    return entry.value;
  }

  /** Forgets `key`, including a load in flight: the next `get` loads afresh. */
  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
