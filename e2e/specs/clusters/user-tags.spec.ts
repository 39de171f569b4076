import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 90_000 });

let clusterId: string | undefined;

test.afterEach(async ({ page }) => {
  if (clusterId) await removeCluster(page.request, clusterId);
  clusterId = undefined;
});

test('a user tag is added to the nodes of a cluster', async ({ page, signInPage, clusterDetailPage }) => {
  await signInPage.signInAsAdmin();
  clusterId = await createCluster(page.request, { name: uniqueClusterName('e2e-tags'), nodes: 1 });
  await waitForPhase(page.request, clusterId, 'Running');

  await clusterDetailPage.goto(clusterId);
  await clusterDetailPage.addTagToAllNodes('group', '1');
  await expect(clusterDetailPage.nodesTable()).toContainText('group:1');
  // The tag is kept: it is there after a reload too.
  await page.reload();
  await expect(clusterDetailPage.nodesTable()).toContainText('group:1');
});

test('a tag key the guide does not allow is refused before anything is sent', async ({
  page,
  signInPage,
  clusterDetailPage,
}) => {
  await signInPage.signInAsAdmin();
  clusterId = await createCluster(page.request, { name: uniqueClusterName('e2e-tagkey'), nodes: 1 });
  await waitForPhase(page.request, clusterId, 'Running');

  await clusterDetailPage.goto(clusterId);
  await clusterDetailPage.open('User Tags');
  await clusterDetailPage.nodesTable().getByRole('checkbox').first().check();
  await page.getByRole('button', { name: 'Add Tag' }).click();
  const dialog = clusterDetailPage.dialog('Add Tag');
  await dialog.getByLabel('Tag Key').fill('aliyun.node_index');
  await expect(dialog).toContainText('Tag keys starting with aliyun. are reserved.');
});
