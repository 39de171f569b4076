import { analyzeTemplate } from '@cs/compose';
import { WORST_CASES } from '../../../packages/compose/testing/pathological.ts';
import { AnalysisPool } from '../src/analysis/analysis-pool.ts';
import { emit, signIn, startBff } from './bench-server.ts';

/**
 * Template analysis must not stall the server (issue 7): the real BFF gets ten concurrent
 * `POST /templates/validate` of the worst templates (`WORST_CASES`, in turn) while `/health` is
 * called back to back. Prints each request's status and answer time, then `/health`'s latency.
 * Last, what a worker costs over analysing inline, for a small template.
 */
const CONCURRENT = 10;
const SMALL = "version: '2'\nservices:\n  web:\n    image: nginx:1.25\n    ports:\n      - 80:80\n";
const SMALL_ROUNDS = 400;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const round = (ms: number) => Number(ms.toFixed(2));

async function validate(origin: string, cookie: string, content: string): Promise<number> {
  const res = await fetch(`${origin}/api/v1/templates/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ content }),
  });
  await res.arrayBuffer();
  return res.status;
}

async function underLoad(): Promise<void> {
  const bff = await startBff();
  try {
    const cookie = await signIn(bff.origin);
    if ((await validate(bff.origin, cookie, SMALL)) !== 200) throw new Error('the warm-up validate failed');
    const cases = Array.from({ length: CONCURRENT }, (_, i) => WORST_CASES[i % WORST_CASES.length]!);
    const contents = cases.map(({ source }) => source());
    const started = performance.now();
    let running = CONCURRENT;
    const answers = cases.map(async ({ name }, i) => {
      const status = await validate(bff.origin, cookie, contents[i]!).finally(() => running--);
      return { name, chars: contents[i]!.length, status, ms: performance.now() - started };
    });
    const health: number[] = [];
    while (running > 0) {
      const start = performance.now();
      const res = await fetch(`${bff.origin}/api/v1/health`);
      await res.arrayBuffer();
      health.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    for (const answer of await Promise.all(answers))
      emit({
        bench: 'bff.validate-worst-case',
        case: answer.name,
        chars: answer.chars,
        status: answer.status,
        ms: round(answer.ms),
      });
    const sorted = [...health].sort((a, b) => a - b);
    emit({
      bench: 'bff.health-during-analysis',
      concurrentValidates: CONCURRENT,
      samples: sorted.length,
      p50Ms: round(percentile(sorted, 0.5)),
      p99Ms: round(percentile(sorted, 0.99)),
      maxMs: round(sorted.at(-1)!),
      wallMs: round(performance.now() - started),
    });
  } finally {
    bff.stop();
  }
}

/** Median time of a small template analysed inline and through a one-worker pool. */
async function smallTemplateCost(): Promise<void> {
  const pool = new AnalysisPool({ size: 1 });
  try {
    const inline: number[] = [];
    const worker: number[] = [];
    for (let i = 0; i < SMALL_ROUNDS; i++) {
      let start = performance.now();
      analyzeTemplate(SMALL);
      inline.push(performance.now() - start);
      start = performance.now();
      await pool.analyze(SMALL);
      worker.push(performance.now() - start);
    }
    // The first rounds include the worker's boot and both sides' warm-up.
    const median = (values: number[]) =>
      percentile(
        values.slice(SMALL_ROUNDS / 4).sort((a, b) => a - b),
        0.5,
      );
    emit({
      bench: 'compose.small-template-inline-vs-worker',
      chars: SMALL.length,
      inlineMs: round(median(inline)),
      workerMs: round(median(worker)),
      rounds: SMALL_ROUNDS,
    });
  } finally {
    await pool.close();
  }
}

await underLoad();
await smallTemplateCost();
