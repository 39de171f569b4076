import { createCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 90_000 });

test('a cluster is deleted keeping its Server Load Balancer', async ({ page, signInPage, clusterListPage }) => {
  await signInPage.signInAsAdmin();
  const name = uniqueClusterName('e2e-delete');
  const clusterId = await createCluster(page.request, { name, nodes: 0 });
  await waitForPhase(page.request, clusterId, 'Inactive');

  await clusterListPage.goto();
  const deletion = page.waitForRequest(
    (request) => request.method() === 'DELETE' && request.url().includes(`/clusters/${clusterId}?keepSlb=true`),
  );
  await clusterListPage.delete(name, { keepSlb: true });
  await deletion;
  // Deleting, then invisible to users, without a reload.
  await expect(clusterListPage.row(name)).toHaveCount(0, { timeout: 60_000 });
  expect((await page.request.get(`/api/v1/clusters/${clusterId}`)).status()).toBe(404);
});
