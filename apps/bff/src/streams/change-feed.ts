import type { Logger } from '../logging/logger.ts';
import type { ResourceStore, StoredChange } from '../store/resource-store.ts';

export type ChangeListener = (change: StoredChange) => void;

export interface ChangeFeedOptions {
  /** Also look for changes every this many ms: other replicas' writes reach no local wake-up. */
  pollMs?: number;
}

/**
 * Delivers every committed change, in order, to in-process listeners (the simulator, SSE
 * clients). The `changes` table is the truth; `wake` after a local commit just reads it sooner.
 */
export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();
  private cursor = 0;
  private reading: Promise<void> | undefined;
  private again = false;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly resources: ResourceStore,
    private readonly logger: Logger,
    private readonly options: ChangeFeedOptions = {},
  ) {}

  async start(): Promise<void> {
    this.cursor = await this.resources.latestChangeId();
    if (this.options.pollMs) this.timer = setInterval(() => this.wake(), this.options.pollMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.listeners.clear();
  }

  /** The id of the last change delivered. */
  get position(): number {
    return this.cursor;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads new changes now; calls during a read make it read once more. */
  wake(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.drain().finally(() => {
      this.reading = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves when what was committed before the call has been delivered. */
  async settled(): Promise<void> {
    this.wake();
    while (this.reading) await this.reading;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const changes = await this.resources.changesSince(this.cursor);
        for (const change of changes) {
          this.cursor = change.id;
          for (const listener of this.listeners) listener(change);
        }
        if (changes.length === 0) return;
      }
    } catch (error) {
      this.logger.error('change feed read failed', { error });
    }
  }
}
