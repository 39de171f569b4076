import { execSync } from 'node:child_process';
import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 120_000 });

let clusterId: string | undefined;

test.afterEach(async ({ page }) => {
  if (clusterId) await removeCluster(page.request, clusterId);
  clusterId = undefined;
});

test('an existing instance is added manually by running the command the dialog shows', async ({
  page,
  signInPage,
  clusterListPage,
  nodesPage,
}) => {
  await signInPage.signInAsAdmin();
  const name = uniqueClusterName('e2e-attach');
  // A zero-node cluster waits, Inactive, for its first instance.
  clusterId = await createCluster(page.request, { name, nodes: 0 });
  await waitForPhase(page.request, clusterId, 'Inactive');

  await clusterListPage.goto();
  const { instanceId, command } = await clusterListPage.addExistingInstanceManually(name);
  expect(command).toContain(instanceId);

  // What the operator does on the instance: run the command.
  const output = execSync(command, { shell: '/bin/bash', encoding: 'utf8', timeout: 30_000 });
  expect(output).toContain(`Added ${instanceId}`);
  await clusterListPage.attachDialogDone().click();

  await clusterListPage.expectStatus(name, 'Running');
  await expect(clusterListPage.nodeCount(name)).toHaveText('1');
  await nodesPage.goto(clusterId);
  await expect(nodesPage.row(instanceId)).toBeVisible();
});
