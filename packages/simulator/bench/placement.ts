import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/random.ts';
import { PlacementState } from '../src/scheduler/state.ts';
import { deployAll, mixedNodes, mixedRequests } from '../src/scheduler/testing/mixed-cluster.ts';

/**
 * How long the scheduler takes to place 10,000 containers (100 services of 100) on 1,000 nodes in
 * three zones with mixed rules (node_index sets, user tags, service and image affinity hard and soft,
 * az==2 / az==~3, cpu_shares and mem_limit, host ports), against the same containers without
 * expressions. Each round starts from an empty cluster and `add`s what it placed. Median of
 * interleaved rounds after a warm-up. Prints one JSON line.
 */
const NODES = 1000;
const SERVICES = 100;
const PER_SERVICE = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARM_UP = 2;

const nodes = mixedNodes(NODES);
const constrained = mixedRequests(SERVICES, PER_SERVICE);
const unconstrained = mixedRequests(SERVICES, PER_SERVICE, true);

function time(requests: typeof constrained): number {
  const state = new PlacementState(nodes);
  const start = performance.now();
  deployAll(state, requests, seededRandom('bench'));
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

for (let i = 0; i < WARM_UP; i++) {
  time(constrained);
  time(unconstrained);
}
const withRules: number[] = [];
const without: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  withRules.push(time(constrained));
  without.push(time(unconstrained));
}
const constrainedMs = median(withRules);
const unconstrainedMs = median(without);
process.stdout.write(
  `${JSON.stringify({
    bench: 'scheduler.place-10000-on-1000',
    constrainedMs: Number(constrainedMs.toFixed(1)),
    unconstrainedMs: Number(unconstrainedMs.toFixed(1)),
    ratio: Number((constrainedMs / unconstrainedMs).toFixed(2)),
    rounds: ROUNDS,
  })}\n`,
);
