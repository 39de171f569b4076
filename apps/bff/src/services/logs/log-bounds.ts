import { MAX_LOG_LINES } from '@cs/simulator';

/** Lines older than this are gone (ADR 016): inside the simulator's tail walk (~5.8 days), so a window always has its start-up lines. */
export const LOG_RETENTION_MS = 5 * 24 * 3_600_000;
/** One answer or follow batch reads the containers first by name, at most this many of them. */
export const MAX_LOG_CONTAINERS = 50;
/** One answer or follow batch derives at most this many lines in all, shared among its containers. */
export const MAX_LINES_PER_READ = 20_000;

/** Entries per container that fit `containers` into one read: the asked-for tail, or less. */
export function tailPerContainer(asked: number, containers: number): number {
  const share = Math.floor(MAX_LINES_PER_READ / Math.max(1, containers));
  return Math.max(1, Math.min(asked, share, MAX_LOG_LINES));
}
