import { NODE_PASSWORD, removeCluster, uniqueClusterName } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 90_000 });

let createdName: string | undefined;

test.beforeEach(async ({ signInPage }) => {
  await signInPage.signInAsAdmin();
});

test.afterEach(async ({ page }) => {
  if (!createdName) return;
  const list = await page.request.get(`/api/v1/clusters?name=${createdName}`);
  const id = ((await list.json()) as { items: { metadata: { id: string } }[] }).items[0]?.metadata.id;
  if (id) await removeCluster(page.request, id);
  createdName = undefined;
});

test('a VPC cluster with 2 nodes is created through the form and reaches Running', async ({
  page,
  clusterCreatePage,
  clusterListPage,
}) => {
  const name = uniqueClusterName('e2e-Create');
  await clusterListPage.goto();
  await clusterListPage.createButton().click();
  await expect(clusterCreatePage.heading()).toBeVisible();

  // The name is checked as it is typed, with the guide's rule.
  await clusterCreatePage.name().fill('no spaces allowed');
  await expect(page.getByText('The cluster name should be 1-64 characters long')).toBeVisible();

  await clusterCreatePage.fillVpcCluster({ name, nodes: 2, password: NODE_PASSWORD });
  await clusterCreatePage.submit().click();
  createdName = name;

  await expect(page).toHaveURL(/\/clusters$/);
  await expect(clusterListPage.row(name)).toContainText('VPC');
  await expect(clusterListPage.row(name)).toContainText('China East 1 (Hangzhou)');
  // No reload: the status arrives over the watch stream.
  await clusterListPage.expectStatus(name, 'Running');
  await expect(clusterListPage.nodeCount(name)).toHaveText('2');
  await expect(clusterListPage.row(name)).toContainText('Healthy');

  // The search ignores case and keeps its text in the URL.
  const part = name.slice(4, 10).toUpperCase();
  await clusterListPage.search(part);
  await expect(page).toHaveURL(new RegExp(`name=${part}`));
  await expect(clusterListPage.row(name)).toBeVisible();
  await clusterListPage.search('no-cluster-is-named-like-this');
  await expect(clusterListPage.row(name)).toBeHidden();
  await expect(clusterListPage.table()).toContainText('No cluster name contains');
});
