import type { LogBatchDto } from '@cs/contracts';
import type { Clock } from '@cs/simulator';
import type { Store } from '../../store/store.ts';
import { LOG_RETENTION_MS, tailPerContainer } from './log-bounds.ts';
import { LogCursor } from './log-cursor.ts';
import { logSubjects } from './log-subjects.ts';
import { textMatcher } from './log-text.ts';
import { targetContainers } from './log-targets.ts';
import type { LogTarget } from './log-targets.ts';
import { byTime, toDto, yieldToOthers } from './placed-lines.ts';
import type { LogRequest, Placed } from './placed-lines.ts';

/** How often (in simulated time) a follower looks for new lines. */
export const FOLLOW_STEP_MS = 1_000;
/** However fast simulated time runs, at most this often (real time): one look reads 50 containers. */
export const MIN_LOOK_GAP_MS = 250;

/**
 * Follows a target's log from `position`: every FOLLOW_STEP_MS of simulated time, the lines its
 * containers wrote since, one cursor per container, in one batch of at most the per-read bound.
 * Containers that come are followed from the last look, those that go are dropped. One look at a
 * time: the next is set only when the last is done.
 */
export class LogFollower {
  private stopped = false;
  private timer: number | undefined;
  private realTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly matches: (line: { text: string }) => boolean;

  constructor(
    private readonly deps: { store: Store; clock: Clock },
    private readonly target: LogTarget,
    private readonly request: LogRequest,
    private position: number,
    private cursors = new Map<string, LogCursor>(),
  ) {
    this.matches = textMatcher(request.q);
  }

  /** Starts looking; `onEnd` runs once when it cannot go on (its named container went, the store failed). */
  run(send: (batch: LogBatchDto, id: number) => void, onEnd: () => void): void {
    const end = () => {
      if (this.stopped) return;
      this.stopped = true;
      onEnd();
    };
    const look = () => {
      if (this.stopped) return;
      this.look().then((batch) => {
        if (batch && !this.stopped) send(batch, this.position);
        schedule();
      }, end);
    };
    const schedule = () => {
      if (this.stopped) return;
      // Both a simulated second and MIN_LOOK_GAP_MS of real time: sped-up time brings bigger batches, not more looks.
      let simulated = false;
      let real = false;
      this.realTimer = setTimeout(() => {
        real = true;
        if (simulated) look();
      }, MIN_LOOK_GAP_MS);
      this.timer = this.deps.clock.setTimeout(() => {
        this.timer = undefined;
        simulated = true;
        if (real) look();
      }, FOLLOW_STEP_MS);
    };
    schedule();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.realTimer);
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
  }

  private async look(): Promise<LogBatchDto | undefined> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const containers = await targetContainers(store, this.target, this.request.container);
    const perContainer = tailPerContainer(Infinity, containers.read.length);
    const subjectOf = logSubjects(store);
    const oldest = Math.max(now - LOG_RETENTION_MS, this.request.since ?? -Infinity);
    const placed: Placed[] = [];
    let truncated = false;
    const cursors = new Map<string, LogCursor>();
    for (const container of containers.read) {
      const cursor =
        this.cursors.get(container.metadata.id) ??
        new LogCursor(Math.max(this.position, oldest, Date.parse(container.metadata.createdAt)));
      cursors.set(container.metadata.id, cursor);
      const lines = cursor.next(await subjectOf(container), now, perContainer);
      truncated ||= lines.length >= perContainer;
      for (const line of lines) if (this.matches(line)) placed.push({ line, dto: toDto(container, line) });
      await yieldToOthers();
    }
    this.cursors = cursors;
    this.position = now;
    if (placed.length === 0 && !truncated) return undefined;
    return { lines: placed.sort(byTime).map((p) => p.dto), to: new Date(now).toISOString(), truncated };
  }
}
