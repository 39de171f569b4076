import { nextRun } from '@cs/compose';
import { describe, expect, it } from 'vitest';
import { advancePeriod, requeue } from './timing-rules.ts';
import type { PeriodInput, TimingState } from './timing-rules.ts';

const EVERY_30 = '0-59/30 * * * *';
const at = (text: string) => Date.parse(text);
const nextAfter = (ms: number) => nextRun(EVERY_30, new Date(ms))?.getTime() ?? null;
const mark = { run: 1, at: '2026-01-01T00:00:00.000Z' };
const waiting = (nextDueAt: string): TimingState => ({ nextDueAt, queue: [], current: null, runs: [] });
const input = (now: string, extra: Partial<PeriodInput> = {}): PeriodInput => ({
  now: at(now),
  nextAfter,
  paused: false,
  mark,
  ...extra,
});

describe('advancePeriod', () => {
  it('waits until the due time, then starts one run and moves to the next crontab time', () => {
    const before = advancePeriod(waiting('2026-01-01T00:30:00.000Z'), input('2026-01-01T00:29:00Z'));
    expect(before.start).toBeNull();
    const due = advancePeriod(before.state, input('2026-01-01T00:30:00Z'));
    expect(due.start).toBe('2026-01-01T00:30:00.000Z');
    expect(due.state.nextDueAt).toBe('2026-01-01T01:00:00.000Z');
    expect(due.state.current).toEqual({ scheduledAt: '2026-01-01T00:30:00.000Z', mark });
    expect(due.state.runs[0]).toMatchObject({ outcome: 'Running', startedAt: '2026-01-01T00:30:00.000Z' });
  });

  it('queues due times while a run is under way and discards the 4th, one run at a time', () => {
    let result = advancePeriod(waiting('2026-01-01T00:30:00.000Z'), input('2026-01-01T00:30:00Z'));
    const times = ['01:00', '01:30', '02:00', '02:30'].map((t) => `2026-01-01T${t}:00Z`);
    const changes = [];
    for (const now of times) {
      result = advancePeriod(result.state, input(now));
      expect(result.start).toBeNull();
      changes.push(...result.changes);
    }
    expect(result.state.queue).toEqual(['01:00', '01:30', '02:00'].map((t) => `2026-01-01T${t}:00.000Z`));
    expect(changes.map((c) => c.kind)).toEqual(['queued', 'queued', 'queued', 'discarded']);
    expect(result.state.runs[0]).toMatchObject({ scheduledAt: '2026-01-01T02:30:00.000Z', outcome: 'Discarded' });

    const ended = advancePeriod(result.state, input('2026-01-01T02:31:00Z', { ended: 'Finished' }));
    expect(ended.changes).toEqual([{ kind: 'finished', scheduledAt: '2026-01-01T00:30:00.000Z', outcome: 'Finished' }]);
    expect(ended.start).toBe('2026-01-01T01:00:00.000Z');
    expect(ended.state.queue).toHaveLength(2);
    const first = ended.state.runs.find((r) => r.scheduledAt === '2026-01-01T00:30:00.000Z');
    expect(first).toMatchObject({ outcome: 'Finished', finishedAt: '2026-01-01T02:31:00.000Z' });
  });

  it('keeps the last 10 runs', () => {
    let state = waiting('2026-01-01T00:30:00.000Z');
    for (let i = 0; i < 14; i++) {
      const now = at('2026-01-01T00:30:00Z') + i * 30 * 60_000;
      state = advancePeriod(state, {
        ...input(new Date(now).toISOString()),
        ended: state.current ? 'Finished' : undefined,
      }).state;
    }
    expect(state.runs).toHaveLength(10);
    expect(state.runs[0]!.scheduledAt).toBe('2026-01-01T07:00:00.000Z');
  });

  it('runs once after downtime however many crontab times were missed', () => {
    const result = advancePeriod(waiting('2026-01-01T00:30:00.000Z'), input('2026-01-01T05:10:00Z'));
    expect(result.start).toBe('2026-01-01T00:30:00.000Z');
    expect(result.state.queue).toEqual([]);
    expect(result.state.nextDueAt).toBe('2026-01-01T05:30:00.000Z');
  });

  it('lets due times pass without a run while the operator has stopped the application', () => {
    const result = advancePeriod(waiting('2026-01-01T00:30:00.000Z'), input('2026-01-01T00:30:00Z', { paused: true }));
    expect(result.start).toBeNull();
    expect(result.state).toMatchObject({ queue: [], runs: [], nextDueAt: '2026-01-01T01:00:00.000Z' });
  });

  it('puts a run that could not start back at the head of the queue', () => {
    const started = advancePeriod(waiting('2026-01-01T00:30:00.000Z'), input('2026-01-01T00:30:00Z'));
    const back = requeue(started.state, started.start!);
    expect(back).toMatchObject({ current: null, queue: ['2026-01-01T00:30:00.000Z'], runs: [] });
  });
});
