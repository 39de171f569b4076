import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { LoadSpikePanel } from '../../pages/LoadSpikePanel.ts';
import { screenshot } from '../applications/screenshots.ts';
import { expect, test } from '../services/fixtures.ts';
import { createApplication, waitForReadyService } from '../services/workload-api.ts';

test.describe.configure({ timeout: 300_000 });

const TEMPLATE = [
  'web:',
  '  image: wordpress:4.5',
  '  labels:',
  "    aliyun.scale: '1'",
  "    aliyun.auto_scaling.max_cpu: '70'",
  "    aliyun.auto_scaling.min_cpu: '40'",
  "    aliyun.auto_scaling.step: '1'",
  "    aliyun.auto_scaling.min_instances: '1'",
  "    aliyun.auto_scaling.max_instances: '3'",
  '',
].join('\n');

// Bounds and load hold whatever the simulated hour: the traffic model's daily curve runs from 0.55
// (night) to 1.45 (afternoon) times the usual load, so x20 is over 70% and the usual under 40%.
test('a load spike scales a service out to its Max and back, and the replay counts the scalings', async ({
  page,
  signInPage,
  serviceDetailPage,
  simulationPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const clusterId = await createCluster(page.request, { name: uniqueClusterName('e2e-scale'), nodes: 2 });
  try {
    await waitForPhase(page.request, clusterId, 'Running');
    // "To use the container auto scaling function, you need to first upgrade the cluster Agent."
    const refused = await page.request.post('/api/v1/applications', {
      data: { clusterId, name: 'shop', template: TEMPLATE },
    });
    expect(refused.status()).toBe(409);
    expect(await refused.text()).toContain('needs the latest Agent');
    expect((await page.request.post(`/api/v1/clusters/${clusterId}/upgrade-agent`, { data: {} })).status()).toBe(202);
    await expect
      .poll(
        async () =>
          (
            (await (await page.request.get(`/api/v1/clusters/${clusterId}`)).json()) as {
              status: { agentVersion: string; phase: string };
            }
          ).status,
      )
      .toMatchObject({ phase: 'Running', agentVersion: expect.stringMatching(/^0\.10/) });
    await createApplication(page.request, { clusterId, name: 'shop', template: TEMPLATE });
    const web = await waitForReadyService(page.request, clusterId, 'shop', 'web', 1);

    await test.step('the Auto Scaling tab shows the policy', async () => {
      await serviceDetailPage.goto(web.metadata.id);
      await page.getByRole('tab', { name: 'Auto Scaling', exact: true }).click();
      await expect(page.getByText('CPU Usage: expand ≥ 70%, contract ≤ 40%')).toBeVisible();
      await expect(page.getByText('1 (Min 1, Max 3)')).toBeVisible();
      await screenshot(page, 'auto-scaling-policy');
    });

    await test.step('a load spike from the simulation panel scales it out to 3', async () => {
      await simulationPage.goto(clusterId);
      const spikes = new LoadSpikePanel(page);
      await spikes.form().getByRole('combobox', { name: 'Service' }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('shop_web', { exact: true }).click();
      await spikes.form().getByRole('spinbutton', { name: 'Load (times usual)' }).fill('20');
      await spikes.form().getByRole('spinbutton', { name: 'Minutes' }).fill('15');
      await spikes.form().getByRole('button', { name: 'Start Load Spike' }).click();
      await expect(spikes.table()).toContainText('20 × usual');
      await serviceDetailPage.goto(web.metadata.id, 'events');
      // A simulated minute is 2 s here (SIM_SPEED 30): six periods over the bound take about 12 s.
      await expect(serviceDetailPage.eventsTable()).toContainText('scale out from 2 to 3 containers', {
        timeout: 90_000,
      });
      await expect(serviceDetailPage.eventsTable()).toContainText('(over 70%) for 3 consecutive one-minute periods');
      await screenshot(page, 'auto-scaling-out');
      await serviceDetailPage.open('Containers');
      await expect(serviceDetailPage.containers.row('shop_web_3')).toContainText('running', { timeout: 60_000 });
    });

    await test.step('after the spike it scales back in to 1', async () => {
      await serviceDetailPage.goto(web.metadata.id, 'events');
      await expect(serviceDetailPage.eventsTable()).toContainText('scale in from 2 to 1 container.', {
        timeout: 120_000,
      });
      await expect(serviceDetailPage.eventsTable()).toContainText('(under 40%) for 3 consecutive one-minute periods');
      await screenshot(page, 'auto-scaling-in');
    });

    await test.step('the what-if replay of a stricter policy counts what it would have done', async () => {
      await page.getByRole('tab', { name: 'Auto Scaling', exact: true }).click();
      const replay = page.getByRole('region', { name: 'What-if replay' });
      await replay.getByRole('spinbutton', { name: 'Max Number of Containers' }).fill('2');
      await replay.getByRole('combobox', { name: 'Replay the last' }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('1 hour', { exact: true }).click();
      await replay.getByRole('button', { name: 'Replay' }).click();
      await expect(replay.getByRole('alert').first()).toContainText(
        'this policy would have scaled the service 2 times: 1 expansion and 1 contraction, from 1 container to 1 container.',
      );
      await expect(replay.getByRole('figure', { name: 'Replayed usage' })).toBeVisible();
      await replay.getByRole('spinbutton', { name: 'Contraction Condition' }).fill('50');
      await expect(replay.getByText('The Expansion Condition must be at least 30% higher')).toBeVisible();
      await replay.getByRole('spinbutton', { name: 'Contraction Condition' }).fill('40');
      await screenshot(page, 'auto-scaling-replay');
    });
  } finally {
    await removeCluster(page.request, clusterId);
  }
});
