import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/random.ts';
import type { Random } from '../src/random.ts';
import { Pool } from '../src/routing/balancer.ts';
import type { ServerGroup } from '../src/routing/balancer.ts';
import type { ProxyRequest } from '../src/routing/request.ts';
import { splitHost } from '../src/routing/request.ts';
import { VirtualHostTable } from '../src/routing/virtual-host-table.ts';
import type { VirtualHostRule } from '../src/routing/virtual-host-table.ts';

/**
 * Request routing of acs/proxy at scale: 500 services of 2 containers (1,000 containers), one
 * VIRTUAL_HOST rule each (half exact domains, half wildcards in domain or path, some with paths,
 * weights 0..3, a quarter blue-green at 100/100, a third sticky), and 100,000 requests (one in ten
 * matching nothing). Times the virtual-host lookup against a plain `Map.get` of the Host header in
 * the same run, and the full lookup + pick. Median of interleaved rounds after a warm-up; one JSON line.
 */
const SERVICES = 500;
const REQUESTS = 100_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const WARM_UP = 2;

interface Service {
  rule: VirtualHostRule;
  /** A request this service's rule answers. */
  sample: (random: Random) => ProxyRequest;
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;
const http = (host: string, path: string): ProxyRequest => ({ scheme: 'http', host, path });

function service(i: number, random: Random): Service {
  const weight = Math.floor(random.next() * 4);
  const shapes: Service[] = [
    {
      rule: { virtualHost: { scheme: 'http', domain: `app${i}.example.com`, port: 80 }, weight, target: `s${i}` },
      sample: () => http(`app${i}.example.com`, `/page/${i}?u=user`),
    },
    {
      rule: {
        virtualHost: { scheme: 'http', domain: `api${i}.example.com`, port: 80, path: '/v1/*' },
        weight,
        target: `s${i}`,
      },
      sample: (r) => http(`API${i}.example.com`, `/v1/items/${Math.floor(r.next() * 1000)}`),
    },
    {
      rule: { virtualHost: { scheme: 'http', domain: `*.tenant${i}.example.org`, port: 80 }, weight, target: `s${i}` },
      sample: (r) => http(`t${Math.floor(r.next() * 100)}.tenant${i}.example.org`, '/'),
    },
    {
      rule: {
        virtualHost: { scheme: 'http', domain: '*', port: 80, path: `/static${i}/*.js` },
        weight,
        target: `s${i}`,
      },
      sample: (r) => http(`cdn${Math.floor(r.next() * 10)}.example.net`, `/static${i}/lib/app.js?v=3`),
    },
  ];
  return pick(random, shapes);
}

function groupsOf(i: number): ServerGroup[] {
  const container = (c: number) => ({
    id: `c${i}-${c}`,
    name: `svc${i}_${c + 1}`,
    address: `172.19.${i >> 7}.${((i * 2 + c) & 255) + 2}`,
  });
  return i % 4 === 0
    ? [
        { id: `s${i}-v1`, weight: 100, servers: [container(0)] },
        { id: `s${i}-v2`, weight: 100, servers: [container(1)] },
      ]
    : [{ id: `s${i}`, weight: 100, servers: [container(0), container(1)] }];
}

const random = seededRandom('routing-bench');
const services = Array.from({ length: SERVICES }, (_, i) => service(i, random));
const table = new VirtualHostTable(services.map((s) => s.rule));
const pools = new Map(
  services.map((_, i) => [
    `s${i}`,
    new Pool({
      groups: groupsOf(i),
      balance: i % 2 === 0 ? 'roundrobin' : 'leastconn',
      stickiness: i % 3 === 0 ? { kind: 'insert', cookie: 'CONTAINERID' } : { kind: 'none' },
    }),
  ]),
);
const requests = Array.from({ length: REQUESTS }, (_, i) =>
  i % 10 === 9 ? http(`nowhere${i}.example.io`, '/missing') : pick(random, services).sample(random),
);
const hostMap = new Map(requests.map((r, i) => [splitHost(r.host).name, i]));
const clients = requests.map((_, i) => ({ clientIp: `10.1.${(i >> 8) & 255}.${i & 255}`, cookies: {} }));

function timed(run: () => number): { ms: number; hits: number } {
  const start = performance.now();
  const hits = run();
  return { ms: performance.now() - start, hits };
}

const mapLookups = () => {
  let hits = 0;
  for (const request of requests) if (hostMap.get(splitHost(request.host).name) !== undefined) hits++;
  return hits;
};
const matcherLookups = () => {
  let hits = 0;
  for (const request of requests) if (table.lookup(request) !== undefined) hits++;
  return hits;
};
const routeAndPick = () => {
  let hits = 0;
  for (let i = 0; i < requests.length; i++) {
    const target = table.lookup(requests[i]!);
    const pool = target === undefined ? undefined : pools.get(target);
    const picked = pool?.pick(clients[i]!);
    if (picked) {
      hits++;
      pool!.release(picked.server.id);
    }
  }
  return hits;
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

for (let i = 0; i < WARM_UP; i++) [mapLookups, matcherLookups, routeAndPick].forEach((run) => run());
const map: number[] = [];
const matcher: number[] = [];
const full: number[] = [];
let routed = 0;
for (let i = 0; i < ROUNDS; i++) {
  map.push(timed(mapLookups).ms);
  matcher.push(timed(matcherLookups).ms);
  const round = timed(routeAndPick);
  full.push(round.ms);
  routed = round.hits;
}
const perSecond = (ms: number) => Math.round(REQUESTS / (ms / 1000));
const matcherMs = median(matcher);
const mapMs = median(map);
process.stdout.write(
  `${JSON.stringify({
    bench: 'routing.vhost-500-rules-1000-containers',
    requests: REQUESTS,
    routed,
    matcherRequestsPerSecond: perSecond(matcherMs),
    mapGetRequestsPerSecond: perSecond(mapMs),
    matcherToMapGetRatio: Number((matcherMs / mapMs).toFixed(1)),
    routeAndPickRequestsPerSecond: perSecond(median(full)),
    rounds: ROUNDS,
  })}\n`,
);
