import { performance } from 'node:perf_hooks';
import type { AlarmRuleCreateRequest } from '@cs/contracts';
import { longestStall } from './event-loop-stall.ts';
import { emit, metricsWorld, percentile, round } from './metrics-world.ts';

/**
 * Issue 10's alarm figure at 10,000 running containers (SQLite), printed as JSON lines: the time
 * to evaluate 1,000 alarm rules at the end of a period, on the real derived metrics. Each rule
 * watches 3 containers (CPU Average over 1 minute, memory Max over 5 minutes); every tenth one also
 * a node (what runs on it aggregated). A load spike on one application makes about a third of them fire,
 * so history and events are written too. Run with `pnpm --filter @cs/bff bench:alarms`.
 */
const RULES = Number(process.env.BENCH_ALARM_RULES ?? 1_000);
const PERIODS = Number(process.env.BENCH_ALARM_PERIODS ?? 10);
const MINUTE = 60_000;

const { t, cookie, clusterId } = await metricsWorld();
const { items: containers, total } = await t.server.store.containers.list(
  { clusterId, phase: 'running' },
  { page: 1, pageSize: 10_000 },
);

// The evaluator's own timer is stopped: each period below is judged once, by the call timed.
t.server.alarmEvaluator.stop();
for (let i = 0; i < RULES; i++) {
  const watched = [0, 1, 2].map((k) => containers[(i * 3 + k) % containers.length]!);
  const body: AlarmRuleCreateRequest = {
    clusterId,
    name: `bench-${i}`,
    instances: [
      ...watched.map((c) => ({ kind: 'container' as const, id: c.metadata.id })),
      ...(i % 10 === 0 ? [{ kind: 'node' as const, id: watched[0]!.spec.nodeId }] : []),
    ],
    conditions: [
      { item: 'cpu', periodMinutes: 1, method: 'Average', comparison: '>', threshold: 60 },
      { item: 'memory', periodMinutes: 5, method: 'Max', comparison: '>', threshold: 2 ** 40 },
    ],
    contacts: [{ name: 'Ops', email: 'ops@example.com' }],
  };
  const res = await t.http.post('/api/v1/alarm-rules').set('Cookie', cookie).send(body);
  if (res.status !== 201) throw new Error(`rule ${i}: ${res.status} ${JSON.stringify(res.body)}`);
}
const spiked = containers[0]!.spec.serviceId;
const spike = await t.http
  .post('/api/v1/simulation/load-spikes')
  .set('Cookie', cookie)
  .send({ serviceId: spiked, factor: 20, minutes: 120 });
if (spike.status !== 201) throw new Error(`load spike: ${spike.status} ${JSON.stringify(spike.body)}`);

const times: number[] = [];
let stallMs = 0;
let judged = 0;
for (let p = 0; p < PERIODS; p++) {
  // The simulated cloud's own work of the minute lands first: only the evaluation is timed.
  await t.advance(MINUTE);
  const start = performance.now();
  const run = await longestStall(() => t.server.alarmEvaluator.evaluateDue());
  times.push(performance.now() - start);
  judged = run.result;
  stallMs = Math.max(stallMs, run.stallMs);
}
const history = await t.server.store.database.db
  .selectFrom('alarm_history')
  .select((eb) => eb.fn.countAll<number | string>().as('n'))
  .executeTakeFirstOrThrow();
const alarming = await t.server.store.database.db
  .selectFrom('alarm_rules')
  .select((eb) => eb.fn.countAll<number | string>().as('n'))
  .where('phase', '=', 'Alarm')
  .executeTakeFirstOrThrow();
emit({
  bench: 'alarms.evaluate-per-period',
  engine: 'sqlite',
  runningContainers: total,
  rules: RULES,
  rulesJudgedPerPeriod: judged,
  periods: PERIODS,
  p50Ms: round(percentile(times, 50)),
  maxMs: round(Math.max(...times)),
  longestStallMs: round(stallMs),
  rulesInAlarm: Number(alarming.n),
  historyEntries: Number(history.n),
});
await t.close();
process.exit(0);
