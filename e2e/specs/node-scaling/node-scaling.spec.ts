import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';
import { NodeScalingPage } from '../../pages/NodeScalingPage.ts';
import { screenshot } from '../applications/screenshots.ts';
import { deployBusyWeb, nodeCount, upgradeForNodeScaling } from './node-scaling-api.ts';

test.describe.configure({ timeout: 240_000 });

let clusterId: string | undefined;

test.afterEach(async ({ page }) => {
  if (clusterId) await removeCluster(page.request, clusterId);
  clusterId = undefined;
});

test('a node scaling rule is created, modified, adds a node on a load spike, and is deleted', async ({
  page,
  signInPage,
  clusterListPage,
}) => {
  const nodeScaling = new NodeScalingPage(page);
  const name = uniqueClusterName('e2e-nscale');
  await signInPage.signInAsAdmin();
  clusterId = await createCluster(page.request, { name, nodes: 2, networkType: 'classic' });
  await waitForPhase(page.request, clusterId, 'Running');
  const serviceId = await deployBusyWeb(page.request, clusterId);
  const id = clusterId;

  await test.step('the prerequisites are listed with their operations until they are met', async () => {
    await nodeScaling.goto(id);
    await expect(page.getByText('Upgrade the cluster Agent to the latest version.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Update RAM Authorization Information' })).toBeVisible();
    await expect(nodeScaling.createButton()).toBeDisabled();
    await screenshot(page, 'node-scaling-prerequisites');
    await upgradeForNodeScaling(page.request, id);
  });

  await test.step('Clusters > More > Update RAM Authorization Information: refused until RAM is activated', async () => {
    // The simulation panel's switch: the simulated account's RAM service off, for the guide's error.
    await page.goto('/simulation');
    await page.getByRole('switch', { name: 'RAM service activated' }).click();
    await expect(page.getByText('Not activated')).toBeVisible();
    await screenshot(page, 'node-scaling-ram-switch');
    await clusterListPage.goto();
    await clusterListPage.chooseMore(name, 'Update RAM Authorization Information');
    const dialog = clusterListPage.dialog('Update RAM Authorization Information');
    await expect(dialog).toContainText('Activate the RAM service before updating the authorization information');
    await screenshot(page, 'node-scaling-ram-authorization');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'Activate the RAM service before updating the authorization information: the RAM service of this account is not activated.',
    );
    await screenshot(page, 'node-scaling-ram-not-activated');
    const activated = await page.request.put('/api/v1/simulation/ram-service', { data: { activated: true } });
    expect(activated.status()).toBe(200);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByText(`The RAM authorization information of cluster ${name} is updated.`)).toBeVisible();
  });

  await test.step('Create Auto Scaling Rule: the policy, validated as typed, then the instance specification', async () => {
    await nodeScaling.goto(id);
    await expect(page.getByText('Prerequisites of node auto scaling')).toBeHidden();
    await nodeScaling.createButton().click();
    await expect(nodeScaling.wizard()).toContainText('Set scaling policies with due care.');
    await nodeScaling.wizard().getByLabel('CPU Utilization Expansion Condition').fill('40');
    await expect(nodeScaling.wizard()).toContainText('The range of the Expansion Condition is 50%~100%.');
    await nodeScaling.wizard().getByLabel('CPU Utilization Contraction Condition').fill('30');
    // Shown once its fade-in ends, so the screenshot has it.
    await expect(nodeScaling.wizard().locator('.ant-form-item-explain-error').first()).toHaveCSS('opacity', '1');
    await screenshot(page, 'node-scaling-wizard-invalid');
    await nodeScaling.setPolicy({ expansion: 50, contraction: 0, step: 1, min: 2, max: 3 });
    await expect(nodeScaling.wizard()).not.toContainText('The range of the Expansion Condition');
    await expect(nodeScaling.wizard().getByLabel('Contraction Step')).toBeDisabled();
    await screenshot(page, 'node-scaling-wizard-policy');
    await nodeScaling.next();
    await nodeScaling.chooseFirstRdsInstance();
    await screenshot(page, 'node-scaling-wizard-instance');
    await nodeScaling.submit();
    const row = nodeScaling.ruleTable().getByRole('row').nth(1);
    await expect(row).toContainText('CPU Utilization: Maximum: 50 % Minimum: 0 % Memory Utilization: Not set');
    await expect(row).toContainText('Expansion Step 1');
    await expect(row).toContainText('Min Number of Cluster Nodes: 2 Max Number of Cluster Nodes: 3');
    await expect(row).toContainText('1-core, 2 GB ( ecs.n1.small )');
    await expect(nodeScaling.createButton()).toBeHidden();
  });

  await test.step('Modify: the same wizard, prefilled', async () => {
    await nodeScaling.ruleTable().getByRole('button', { name: 'Modify' }).click();
    await expect(nodeScaling.wizard().getByLabel('CPU Utilization Expansion Condition')).toHaveValue('50');
    await nodeScaling.wizard().getByLabel('Max Number of Cluster Nodes').fill('4');
    await nodeScaling.next();
    await nodeScaling.submit();
    await expect(nodeScaling.ruleTable()).toContainText('Max Number of Cluster Nodes: 4');
    await screenshot(page, 'node-scaling-rule-list');
  });

  await test.step('a load spike adds a node after three periods', async () => {
    const spike = await page.request.post('/api/v1/simulation/load-spikes', {
      data: { serviceId, factor: 20, minutes: 120 },
    });
    expect(spike.status(), await spike.text()).toBe(201);
    await expect.poll(() => nodeCount(page.request, id), { timeout: 120_000 }).toBeGreaterThanOrEqual(3);
    await expect(
      page.getByText(/Last scaling: Node auto scaling: cluster CPU average \d+% > 50% for 3 periods/),
    ).toBeVisible({
      timeout: 30_000,
    });
    await screenshot(page, 'node-scaling-expanded');
  });

  await test.step('Monitor > View all rules: the Container Service Alarm Rule list', async () => {
    await page.goto(`/clusters/${id}/monitor`);
    await page.getByRole('link', { name: 'View all rules' }).click();
    const table = page.getByRole('table', { name: 'Container Service Alarm Rule list' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table).toContainText(
      'If the CPU usage mean > 50% for 3 consecutive periods, add 1 node(s), up to 4 nodes.',
    );
    await expect(table).toContainText('Cloud account alarm contacts');
    await table.getByRole('row').nth(2).getByRole('button', { name: 'disable' }).click();
    await expect(table.getByRole('row').nth(2)).toContainText('disabled');
    await screenshot(page, 'node-scaling-alarm-rules');
  });

  await test.step('Delete, confirmed', async () => {
    await nodeScaling.goto(id);
    await nodeScaling.ruleTable().getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await expect(page.getByText('No node scaling rule. Create one with Create Auto Scaling Rule.')).toBeVisible();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(nodeScaling.createButton()).toBeEnabled();
    await screenshot(page, 'node-scaling-deleted');
  });
});
