import { hashSeed } from '../random.ts';
import type { LogSubject } from './log-subject.ts';

/** The container's latest run, from its start to its end: the only one its status tells of. */
export interface Run {
  subject: LogSubject;
  start: number;
  /** Exclusive; Infinity while it runs. */
  end: number;
  /** How it ended; null while it runs, or when it ended without a word (its node was lost, it was removed running). */
  exitCode: number | null;
  /** Docker restarted it after a crash: some images say they were not shut down cleanly. */
  afterCrash: boolean;
  /** Fixed for the run, so that pids and sequence numbers drawn from it agree from line to line. */
  serial: number;
}

/** Null for a container that never started. A stopped one's life ends when it entered its phase. */
export function latestRun(subject: LogSubject): Run | null {
  if (subject.startedAt === null) return null;
  const start = Date.parse(subject.startedAt);
  const running = subject.phase === 'running';
  return {
    subject,
    start,
    end: running ? Infinity : Date.parse(subject.phaseSince),
    exitCode: running ? null : subject.exitCode,
    afterCrash: subject.restartCount > 0,
    serial: hashSeed(`${subject.id}:${start}`),
  };
}

/** The pid of a worker process (nginx's, Apache's child) during the run. */
export function workerPid(run: Run): number {
  return 7 + (run.serial % 90);
}
