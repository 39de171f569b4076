import type { Clock, TimerHandle } from '@cs/simulator';
import type { Logger } from '../../logging/logger.ts';

export interface PeriodTimerOptions {
  clock: Clock;
  /** Only the replica running the simulated cloud does the work, so each period is handled once. */
  leading: () => boolean;
  logger: Logger;
  periodMs: number;
  /** Named in the log line when a run fails. */
  what: string;
}

/**
 * Runs `work` just past each period boundary of the injected clock (so the ended period's last
 * sample is in), one run at a time; a failed run is logged and the next period still comes.
 */
export class PeriodTimer {
  private timer: TimerHandle | undefined;
  private pending: Promise<unknown> = Promise.resolve();
  private stopped = true;

  constructor(
    private readonly options: PeriodTimerOptions,
    private readonly work: () => Promise<unknown>,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resolves once the run under way has finished. */
  async idle(): Promise<void> {
    await this.pending;
  }

  private schedule(): void {
    if (this.stopped) return;
    const { clock, periodMs } = this.options;
    const now = clock.now();
    const delay = Math.floor(now / periodMs) * periodMs + periodMs - now;
    this.timer = clock.setTimeout(() => {
      this.timer = undefined;
      this.pending = this.pending
        .then(() => (this.options.leading() ? this.work() : undefined))
        .catch((error: unknown) => this.options.logger.error(`${this.options.what} failed`, { error }))
        .finally(() => this.schedule());
    }, delay);
  }
}
