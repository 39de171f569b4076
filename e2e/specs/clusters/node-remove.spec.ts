import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 120_000 });

let clusterId: string | undefined;

test.afterEach(async ({ page }) => {
  if (clusterId) await removeCluster(page.request, clusterId);
  clusterId = undefined;
});

test('a node is removed from its cluster, migrating its containers', async ({ page, signInPage, nodesPage }) => {
  await signInPage.signInAsAdmin();
  clusterId = await createCluster(page.request, { name: uniqueClusterName('e2e-remove'), nodes: 2 });
  await waitForPhase(page.request, clusterId, 'Running');

  await nodesPage.goto(clusterId);
  await expect(nodesPage.rows()).toHaveCount(2);
  const instanceId = await nodesPage.instanceIdOf(0);

  const removal = page.waitForRequest(
    (request) => request.method() === 'DELETE' && request.url().includes('migrateContainers=true'),
  );
  await nodesPage.remove(instanceId, { migrateContainers: true });
  await removal;
  // Removing, then gone from the list, without a reload.
  await expect(nodesPage.row(instanceId)).toHaveCount(0, { timeout: 60_000 });
  await expect(nodesPage.rows()).toHaveCount(1);
});
