import { expect } from '@playwright/test';
import type { APIRequestContext } from '@playwright/test';
import { waitForPhase } from '../../cluster-api.ts';

/** Upgrades the Agent, then acsmonitoring: two of node auto scaling's prerequisites (the third is in the UI). */
export async function upgradeForNodeScaling(request: APIRequestContext, clusterId: string): Promise<void> {
  const agent = await request.post(`/api/v1/clusters/${clusterId}/upgrade-agent`, {
    data: { migrateContainers: false },
  });
  expect(agent.status(), await agent.text()).toBe(202);
  await waitForPhase(request, clusterId, 'Running');
  const services = await request.post(`/api/v1/clusters/${clusterId}/upgrade-system-services`, {
    data: { services: ['acsmonitoring'] },
  });
  expect(services.status(), await services.text()).toBe(202);
  await waitForPhase(request, clusterId, 'Running');
}

/** Deploys nginx at twelve containers: enough that a load spike lifts the cluster's CPU over 50 %. */
export async function deployBusyWeb(request: APIRequestContext, clusterId: string): Promise<string> {
  const created = await request.post('/api/v1/applications', {
    data: { clusterId, name: 'busy', template: 'web:\n  image: nginx:1.10\n  labels:\n    aliyun.scale: "12"\n' },
  });
  expect(created.status(), await created.text()).toBe(201);
  let serviceId = '';
  await expect
    .poll(
      async () => {
        const list = (await (await request.get(`/api/v1/containers?clusterId=${clusterId}&pageSize=100`)).json()) as {
          items: { spec: { serviceId: string; applicationName: string }; status: { phase: string } }[];
        };
        const running = list.items.filter((c) => c.spec.applicationName === 'busy' && c.status.phase === 'running');
        serviceId = running[0]?.spec.serviceId ?? '';
        return running.length;
      },
      { timeout: 60_000 },
    )
    .toBe(12);
  return serviceId;
}

export async function nodeCount(request: APIRequestContext, clusterId: string): Promise<number> {
  const list = (await (await request.get(`/api/v1/clusters/${clusterId}/nodes`)).json()) as {
    items: { status: { phase: string } }[];
  };
  return list.items.filter((n) => n.status.phase === 'Normal').length;
}
