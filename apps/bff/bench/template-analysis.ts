import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { analyzeTemplate } from '@cs/compose';
import { largeTemplate } from '../../../packages/compose/testing/large-template.ts';
import { WORST_CASES } from '../../../packages/compose/testing/pathological.ts';

/**
 * How long @cs/compose takes to analyse a 2,000-line template, against a bare `yaml` parse of the
 * same text in the same run (the floor any analysis pays). Median of interleaved rounds after a
 * warm-up. Prints one JSON line; then one line per worst case of issue 7 (median of a few rounds
 * after one warm-up), each of which should stay under 1 s.
 */
const LINES = 2000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 41);
const WARM_UP = 10;
const WORST_CASE_ROUNDS = Number(process.env.BENCH_WORST_CASE_ROUNDS ?? 5);

function time(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const source = largeTemplate(LINES);
const analyse = () => analyzeTemplate(source);
const parse = () => parseDocument(source, { uniqueKeys: true });
const errors = analyse().diagnostics.filter((d) => d.severity === 'error');
if (errors.length > 0) throw new Error(`the benchmark template has errors: ${errors[0]?.message}`);
for (let i = 0; i < WARM_UP; i++) {
  analyse();
  parse();
}
const analysis: number[] = [];
const bare: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  analysis.push(time(analyse));
  bare.push(time(parse));
}
const analyseMs = median(analysis);
const parseMs = median(bare);
process.stdout.write(
  `${JSON.stringify({
    bench: 'compose.analyze-2000-lines',
    lines: source.split('\n').length - 1,
    chars: source.length,
    analyzeMs: Number(analyseMs.toFixed(2)),
    yamlParseMs: Number(parseMs.toFixed(2)),
    ratioToParse: Number((analyseMs / parseMs).toFixed(2)),
    rounds: ROUNDS,
  })}\n`,
);

for (const worst of WORST_CASES) {
  const text = worst.source();
  const run = () => analyzeTemplate(text);
  run();
  const rounds = Array.from({ length: WORST_CASE_ROUNDS }, () => time(run));
  process.stdout.write(
    `${JSON.stringify({
      bench: 'compose.worst-case',
      name: worst.name,
      chars: text.length,
      analyzeMs: Number(median(rounds).toFixed(2)),
    })}\n`,
  );
}
