import type { LogBatchDto, LogSubjectKind, LogsDto } from '@cs/contracts';
import { containerLogLines } from '@cs/simulator';
import type { Clock } from '@cs/simulator';
import type { Store } from '../../store/store.ts';
import { LOG_RETENTION_MS, tailPerContainer } from './log-bounds.ts';
import { LogCursor } from './log-cursor.ts';
import { LogFollower } from './log-follower.ts';
import { logSubjects } from './log-subjects.ts';
import { textMatcher } from './log-text.ts';
import { findLogTarget, targetContainers } from './log-targets.ts';
import type { LogTarget } from './log-targets.ts';
import { byTime, toDto, yieldToOthers } from './placed-lines.ts';
import type { LogRequest, Placed } from './placed-lines.ts';

export type { LogRequest } from './placed-lines.ts';

/**
 * The log views of containers, services and applications. Nothing is stored: each read derives
 * the lines of the target's first containers (by name) from the simulator's log plan, within the
 * retention and the per-read line bound (ADR 016).
 */
export class LogService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  target(kind: LogSubjectKind, id: string): Promise<LogTarget> {
    return findLogTarget(this.store, kind, id);
  }

  /** The newest `tail` lines of each container read, merged oldest first. */
  async read(target: LogTarget, request: LogRequest): Promise<LogsDto> {
    return (await this.collect(target, request)).answer;
  }

  private async collect(target: LogTarget, request: LogRequest) {
    const now = this.clock.now();
    const containers = await targetContainers(this.store, target, request.container);
    const perContainer = tailPerContainer(request.tail, containers.read.length);
    const subjectOf = logSubjects(this.store);
    const matches = textMatcher(request.q);
    const from = Math.max(now - LOG_RETENTION_MS, request.since ?? -Infinity);
    const placed: Placed[] = [];
    const cursors = new Map<string, LogCursor>();
    for (const container of containers.read) {
      const subject = await subjectOf(container);
      const window = { from: Math.max(from, Date.parse(container.metadata.createdAt)), to: now };
      const lines = containerLogLines(subject, window, perContainer);
      const cursor = new LogCursor(now, subject);
      cursor.remember(lines);
      cursors.set(container.metadata.id, cursor);
      for (const line of lines) if (matches(line)) placed.push({ line, dto: toDto(container, line) });
      await yieldToOthers();
    }
    const answer: LogsDto = {
      lines: placed.sort(byTime).map((p) => p.dto),
      containers: containers.listed.map((c) => ({ id: c.metadata.id, name: c.metadata.name })),
      containersTotal: containers.total,
      containersShown: containers.read.length,
      tailPerContainer: perContainer,
      oldest: new Date(now - LOG_RETENTION_MS).toISOString(),
      to: new Date(now).toISOString(),
    };
    return { answer, cursors, now };
  }

  /**
   * Follows the target: the tail first (none when resuming from `resumeAt`, Unix ms), then a
   * follower for what is written after. Refuses a bad query before any stream is opened.
   */
  async follow(
    target: LogTarget,
    request: LogRequest,
    resumeAt: number | undefined,
  ): Promise<{ first: LogBatchDto | undefined; follower: LogFollower }> {
    const deps = { store: this.store, clock: this.clock };
    if (resumeAt !== undefined) {
      await targetContainers(this.store, target, request.container);
      return {
        first: undefined,
        follower: new LogFollower(deps, target, request, Math.min(resumeAt, this.clock.now())),
      };
    }
    const { answer, cursors, now } = await this.collect(target, request);
    return {
      first: { lines: answer.lines, to: answer.to, truncated: false },
      follower: new LogFollower(deps, target, request, now, cursors),
    };
  }
}
