import { NODE_PASSWORD, createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 120_000 });

let clusterId: string | undefined;

test.afterEach(async ({ page }) => {
  if (clusterId) await removeCluster(page.request, clusterId);
  clusterId = undefined;
});

test('More > Expand adds a node in a second zone, making a cross-zone cluster', async ({
  page,
  signInPage,
  clusterListPage,
  clusterDetailPage,
}) => {
  await signInPage.signInAsAdmin();
  const name = uniqueClusterName('e2e-expand');
  clusterId = await createCluster(page.request, { name, nodes: 1 });
  await waitForPhase(page.request, clusterId, 'Running');

  await clusterListPage.goto();
  await clusterListPage.expand(name, { zone: 'cn-hangzhou-d', quantity: 1, password: NODE_PASSWORD });
  await clusterListPage.expectStatus(name, 'Scaling', 10_000);
  await clusterListPage.expectStatus(name, 'Running');
  await expect(clusterListPage.nodeCount(name)).toHaveText('2');

  await clusterDetailPage.goto(clusterId);
  await clusterDetailPage.open('User Tags');
  await expect(clusterDetailPage.nodeRow('cn-hangzhou-b')).toHaveCount(1);
  await expect(clusterDetailPage.nodeRow('cn-hangzhou-d')).toHaveCount(1);
});
