export type TimerHandle = number;

/** The one source of time of the simulated cloud; injected so tests can step it. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, delayMs: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * Wall-clock time sped up `speed` times from the moment it was made, starting at `startAt`.
 * A restarted simulator passes the latest time it recorded, so simulated time never runs back.
 */
export class RealClock implements Clock {
  private readonly anchor = Date.now();
  private readonly startAt: number;
  private readonly timers = new Map<TimerHandle, ReturnType<typeof setTimeout>>();
  private nextHandle = 1;

  constructor(
    private readonly speed = 1,
    startAt = Date.now(),
  ) {
    if (!(speed > 0)) throw new RangeError(`Clock speed must be positive, got ${speed}`);
    this.startAt = Math.max(startAt, this.anchor);
  }

  now(): number {
    return this.startAt + (Date.now() - this.anchor) * this.speed;
  }

  setTimeout(fn: () => void, delayMs: number): TimerHandle {
    const handle = this.nextHandle++;
    const timer = setTimeout(
      () => {
        this.timers.delete(handle);
        fn();
      },
      Math.max(0, delayMs / this.speed),
    );
    this.timers.set(handle, timer);
    return handle;
  }

  clearTimeout(handle: TimerHandle): void {
    clearTimeout(this.timers.get(handle));
    this.timers.delete(handle);
  }
}

interface ManualTimer {
  handle: TimerHandle;
  dueAt: number;
  fn: () => void;
}

/** A clock that moves only when told to: tests step minutes of simulated time in milliseconds. */
export class ManualClock implements Clock {
  private timers: ManualTimer[] = [];
  private nextHandle = 1;

  constructor(private current = Date.UTC(2026, 0, 1)) {}

  now(): number {
    return this.current;
  }

  setTimeout(fn: () => void, delayMs: number): TimerHandle {
    const handle = this.nextHandle++;
    this.timers.push({ handle, dueAt: this.current + Math.max(0, delayMs), fn });
    return handle;
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers = this.timers.filter((t) => t.handle !== handle);
  }

  /** How many timers wait to fire. */
  get pending(): number {
    return this.timers.length;
  }

  /**
   * Moves time forward by `ms`, firing due timers in order. `settle` runs after each timer so
   * the asynchronous work it started (store writes, new timers) lands before the next one fires.
   */
  async advance(ms: number, settle: () => Promise<void> = flushMicrotasks): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (;;) {
      const next = this.timers
        .filter((t) => t.dueAt <= target)
        .sort((a, b) => a.dueAt - b.dueAt || a.handle - b.handle)[0];
      if (!next) break;
      this.timers = this.timers.filter((t) => t !== next);
      this.current = Math.max(this.current, next.dueAt);
      next.fn();
      await settle();
    }
    this.current = target;
  }
}

async function flushMicrotasks(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
}
