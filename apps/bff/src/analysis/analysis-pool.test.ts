import { afterEach, describe, expect, it } from 'vitest';
import { analyzeTemplate } from '@cs/compose';
import { AnalysisBusyError, AnalysisTooComplexError } from './analysis-errors.ts';
import { AnalysisPool } from './analysis-pool.ts';
import type { AnalysisPoolOptions } from './analysis-pool.ts';

const TEMPLATE = "version: '2'\nservices:\n  web:\n    image: nginx:${TAG}\n    ports:\n      - 80:80\n";
const BUDGET_MS = 400;
const worker = (name: string) => new URL(`../testing/workers/${name}.mjs`, import.meta.url);

describe('AnalysisPool', () => {
  const pools: AnalysisPool[] = [];
  const pool = (options: AnalysisPoolOptions = {}) => {
    const created = new AnalysisPool({ size: 1, budgetMs: BUDGET_MS, ...options });
    pools.push(created);
    return created;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });
  /** How the analysis ended (its value or error, never an unhandled rejection) and when. */
  const settle = <T>(work: Promise<T>) => {
    const start = performance.now();
    return work.then(
      (value) => ({ value, error: undefined, ms: performance.now() - start }),
      (error: unknown) => ({ value: undefined, error, ms: performance.now() - start }),
    );
  };

  it('analyses in a worker thread exactly as analyzeTemplate does, starting it only when needed', async () => {
    const p = pool({ budgetMs: 20_000 });
    expect(p.threads).toBe(0);
    expect(await p.analyze(TEMPLATE, { TAG: '1.25' })).toEqual(
      analyzeTemplate(TEMPLATE, { variables: { TAG: '1.25' } }),
    );
    expect(p.threads).toBe(1);
  });

  it('refuses an analysis that outruns its budget, and replaces the worker', async () => {
    const p = pool({ entry: worker('spinning-worker') });
    for (const template of ['spins', 'spins again on the replacement']) {
      const { error, ms } = await settle(p.analyze(template));
      expect(error).toEqual(new AnalysisTooComplexError(BUDGET_MS));
      expect((error as Error).message).toBe(
        'The template is too complex to analyse within 0.4 s. Make it smaller or simpler.',
      );
      expect(ms).toBeGreaterThanOrEqual(BUDGET_MS - 5);
      // The stuck thread is gone; the next analysis starts another.
      expect(p.threads).toBe(0);
    }
  });

  it('refuses an analysis that needs more memory than a worker has as too complex', async () => {
    const p = pool({ entry: worker('greedy-worker'), memoryMb: 32, budgetMs: 10_000 });
    await expect(p.analyze('')).rejects.toBeInstanceOf(AnalysisTooComplexError);
  });

  it('answers busy at once when the queue is full, and after waiting a whole budget', async () => {
    // A budget far longer than a worker takes to start, so the first analysis surely gets it.
    const budgetMs = 1_500;
    const p = pool({ entry: worker('spinning-worker'), queueLimit: 3, budgetMs });
    // Queued in one turn, before the worker is ready: the second and third have waited their budget
    // before the first has run its own, so no worker frees up for them in time.
    const [first, second, third] = ['first', 'second', 'third'].map((t) => settle(p.analyze(t)));
    const { error, ms } = await settle(p.analyze('fourth'));
    expect(error).toBeInstanceOf(AnalysisBusyError);
    // At once: without waiting for a worker (a budget), whatever the machine's load.
    expect(ms).toBeLessThan(budgetMs);
    expect((error as AnalysisBusyError).retryAfterSeconds).toBe(2);
    expect((await first!).error).toBeInstanceOf(AnalysisTooComplexError);
    // They waited a whole budget, and no worker was free: come back later.
    for (const waited of [await second!, await third!]) {
      expect(waited.error).toBeInstanceOf(AnalysisBusyError);
      expect(waited.ms).toBeGreaterThanOrEqual(budgetMs - 5);
      // …and then gave up, rather than waiting on (slack for a loaded machine).
      expect(waited.ms).toBeLessThan(5 * budgetMs);
    }
  });

  it('refuses what waits when no worker can start, without retrying forever', async () => {
    const p = pool({ entry: worker('broken-worker'), size: 2 });
    await expect(p.analyze(TEMPLATE)).rejects.toThrow(/could not start: this worker does not start/);
    expect(p.threads).toBe(0);
    await expect(p.analyze(TEMPLATE)).rejects.toThrow(/could not start/);
  });

  it('ends its threads and what is pending when closed', async () => {
    const p = pool({ entry: worker('spinning-worker'), size: 2, budgetMs: 60_000 });
    p.warm();
    expect(p.threads).toBe(2);
    const pending = settle(p.analyze('stuck'));
    await p.close();
    expect((await pending).error).toEqual(new Error('The analysis pool is closed.'));
    expect(p.threads).toBe(0);
    await expect(p.analyze(TEMPLATE)).rejects.toThrow('closed');
  });
});
