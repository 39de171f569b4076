import { NODE_PASSWORD, createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { test as base } from '../../fixtures.ts';
import { removeApplication } from './application-api.ts';

/** The cluster the applications specs of one worker deploy to. */
export interface TwoZoneCluster {
  id: string;
  name: string;
}

/** The applications a test made, deleted (when still there) after it. */
export interface Cleanup {
  application: (id: string) => void;
}

/**
 * The fixtures of the applications specs, with a cluster of three nodes in two zones (two in
 * cn-hangzhou-b, one in cn-hangzhou-d) made once per worker through the API and removed after.
 */
export const test = base.extend<{ cleanup: Cleanup }, { twoZoneCluster: TwoZoneCluster }>({
  cleanup: async ({ page }, use) => {
    const ids: string[] = [];
    await use({ application: (id) => ids.push(id) });
    for (const id of ids) await removeApplication(page.request, id);
  },
  twoZoneCluster: [
    async ({ playwright }, use, workerInfo) => {
      const request = await playwright.request.newContext({ baseURL: workerInfo.project.use.baseURL });
      const signIn = await request.post('/api/v1/session', {
        data: { username: 'admin', password: process.env.E2E_ADMIN_PASSWORD },
      });
      if (!signIn.ok()) throw new Error(`Sign-in failed: ${signIn.status()}`);
      const name = uniqueClusterName('e2e-apps');
      const id = await createCluster(request, { name, nodes: 2 });
      await waitForPhase(request, id, 'Running', 120_000);
      const expand = await request.post(`/api/v1/clusters/${id}/expand`, {
        data: {
          quantity: 1,
          zone: 'cn-hangzhou-d',
          instanceType: 'ecs.n1.small',
          operatingSystem: 'Ubuntu 16.04 64-bit',
          password: NODE_PASSWORD,
          confirmPassword: NODE_PASSWORD,
        },
      });
      if (!expand.ok()) throw new Error(`Expand failed: ${expand.status()} ${await expand.text()}`);
      await waitForPhase(request, id, 'Running', 120_000);
      await use({ id, name });
      await removeCluster(request, id);
      await request.dispose();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

export { expect } from '@playwright/test';
