import { emit, freePort, measureRps, signIn, startBff, startScript, waitForHealth } from './bench-server.ts';
import type { RpsFigure } from './bench-server.ts';

/**
 * Requests per second of a cluster's real Server Load Balancer listener (Host header → acsrouting
 * route → weighted container → its page), against a bare Node HTTP server answering the same page,
 * in the same run. The cluster runs three nodes and an nginx service of six containers.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TEMPLATE = `web:\n  image: nginx:1.0\n  labels:\n    aliyun.routing.port_80: nginx\n    aliyun.scale: "6"\n`;

async function api<T>(origin: string, cookie: string, method: string, path: string, body?: object): Promise<T> {
  const res = await fetch(`${origin}/api/v1${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const bff = await startBff({ SIM_SPEED: '200', DOCKER_ENDPOINTS: 'off' });
const barePort = await freePort();
const bare = startScript('bare-web-server.ts', { PORT: String(barePort) });
try {
  await waitForHealth(barePort);
  const cookie = await signIn(bff.origin);
  const { origin } = bff;
  const cluster = await api<{ metadata: { id: string } }>(origin, cookie, 'POST', '/clusters', {
    name: 'bench',
    region: 'cn-hangzhou',
    zone: 'cn-hangzhou-b',
    networkType: 'classic',
    vpc: null,
    nodes: {
      quantity: 3,
      instanceType: 'ecs.n1.small',
      operatingSystem: 'Ubuntu 16.04 64-bit',
      password: 'Node-pass-12',
      confirmPassword: 'Node-pass-12',
    },
  });
  const clusterId = cluster.metadata.id;
  await until(
    'the cluster',
    () => api<{ status: { phase: string } }>(origin, cookie, 'GET', `/clusters/${clusterId}`),
    (c) => c.status.phase === 'Running',
  );
  const app = await api<{ metadata: { id: string } }>(origin, cookie, 'POST', '/applications', {
    clusterId,
    name: 'nginx',
    template: TEMPLATE,
  });
  const routes = await until(
    'the route and listener',
    () =>
      api<{ listener: { port: number } | null; routes: { backends: number; host: string | null }[] }>(
        origin,
        cookie,
        'GET',
        `/applications/${app.metadata.id}/routes`,
      ),
    (r) => r.listener !== null && r.routes[0]?.backends === 6,
  );
  const host = routes.routes[0]!.host!;
  const targets = {
    bare: () => measureRps(`http://127.0.0.1:${barePort}/`, bare.pid),
    listener: () => measureRps(`http://127.0.0.1:${routes.listener!.port}/`, bff.pid, { host }),
  };
  const none: RpsFigure = { rps: 0, p99Ms: 0, cpuUsPerRequest: 0 };
  const best = { bare: none, listener: none };
  for (let round = 0; round < ROUNDS; round++)
    for (const name of ['bare', 'listener'] as const) {
      const figure = await targets[name]();
      if (figure.rps > best[name].rps) best[name] = figure;
    }
  emit({ bench: 'bare-node.nginx-page', ...best.bare, rounds: ROUNDS });
  emit({
    bench: 'slb-listener.nginx-page',
    ...best.listener,
    containers: 6,
    ratioToBare: Number((best.listener.rps / best.bare.rps).toFixed(2)),
    cpuRatioToBare: Number((best.bare.cpuUsPerRequest / best.listener.cpuUsPerRequest).toFixed(2)),
    rounds: ROUNDS,
  });
} finally {
  bff.stop();
  bare.kill('SIGTERM');
}
