import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { createApiClient } from './client.ts';

const METRICS = {
  subject: { kind: 'container', id: 'c/1', name: 'shop_web_1' },
  range: '6h',
  stepSeconds: 60,
  from: '2026-12-02T08:00:00.000Z',
  to: '2026-12-02T14:00:00.000Z',
  series: [
    {
      item: 'cpu',
      unit: 'percent',
      points: [
        [1_764_662_400_000, 4.2],
        [1_764_662_460_000, null],
      ],
    },
  ],
  custom: [],
};

/** A client whose fetch records each request and answers `body` with `status`. */
function clientAnswering(body: unknown, status = 200) {
  const requests: { url: string; method: string; body: unknown }[] = [];
  const api = createApiClient({
    fetch: async (input, init) => {
      requests.push({
        url: String(input),
        method: init?.method ?? 'GET',
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  });
  return { api, requests };
}

describe('the metrics client', () => {
  it('asks for a container’s metrics over a range, the ID escaped, and parses the answer', async () => {
    const { api, requests } = clientAnswering(METRICS);
    const metrics = await api.getContainerMetrics('c/1', { range: '6h', end: '2026-12-02T14:00:00Z' });
    expect(requests[0]?.url).toBe('/api/v1/containers/c%2F1/metrics?range=6h&end=2026-12-02T14%3A00%3A00Z');
    expect(metrics.series[0]?.points[1]).toEqual([1_764_662_460_000, null]);
  });

  it('asks for a node’s and a cluster’s metrics under the cluster', async () => {
    const { api, requests } = clientAnswering(METRICS);
    await api.getNodeMetrics('cl-1', 'n 2');
    await api.getClusterMetrics('cl-1', { range: '7d' });
    expect(requests.map((r) => r.url)).toEqual([
      '/api/v1/clusters/cl-1/nodes/n%202/metrics',
      '/api/v1/clusters/cl-1/metrics?range=7d',
    ]);
  });

  it('asks for one item of a service’s containers', async () => {
    const { api, requests } = clientAnswering({
      ...METRICS,
      subject: { kind: 'service', id: 's1', name: 'web' },
      item: 'memory',
      unit: 'bytes',
      containers: [{ id: 'c1', name: 'shop_web_1', points: [] }],
    });
    const metrics = await api.getServiceMetrics('s1', { item: 'memory', range: '1h' });
    expect(requests[0]?.url).toBe('/api/v1/services/s1/metrics?item=memory&range=1h');
    expect(metrics.containers.map((c) => c.name)).toEqual(['shop_web_1']);
  });

  it('refuses an answer that is not the contract’s', async () => {
    const { api } = clientAnswering({ ...METRICS, series: [{ item: 'gpu', unit: 'percent', points: [] }] });
    await expect(api.getContainerMetrics('c1')).rejects.toThrow();
  });

  it('starts a load spike and lists a cluster’s spikes', async () => {
    const spike = {
      id: 'ls1',
      clusterId: 'cl-1',
      serviceId: 's1',
      serviceName: 'web',
      factor: 4,
      startsAt: '2026-12-02T14:00:00.000Z',
      endsAt: '2026-12-02T14:10:00.000Z',
    };
    const started = clientAnswering(spike, 201);
    expect(await started.api.startLoadSpike({ serviceId: 's1', factor: 4, minutes: 10 })).toEqual(spike);
    expect(started.requests[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/simulation/load-spikes',
      body: { serviceId: 's1', factor: 4, minutes: 10 },
    });

    const listed = clientAnswering({ items: [spike], total: 1 });
    expect((await listed.api.listLoadSpikes('cl 1')).items).toEqual([spike]);
    expect(listed.requests[0]?.url).toBe('/api/v1/simulation/load-spikes?clusterId=cl+1');
  });

  it('turns a problem answer into an ApiError naming the field', async () => {
    const { api } = clientAnswering(
      {
        type: '/problems/validation',
        title: 'Invalid input',
        status: 400,
        detail: 'range: Choose a range of 1h, 6h, 24h or 7d.',
        fieldErrors: { range: ['Choose a range of 1h, 6h, 24h or 7d.'] },
      },
      400,
    );
    const error = await api.getClusterMetrics('cl-1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });
});
