import type { Page } from '@playwright/test';
import { LoadSpikePanel } from '../../pages/LoadSpikePanel.ts';
import { MonitorPage } from '../../pages/MonitorPage.ts';
import { NodesPage } from '../../pages/NodesPage.ts';
import { ClusterListPage } from '../../pages/ClusterListPage.ts';
import { screenshot } from '../applications/screenshots.ts';
import { expect, test } from '../services/fixtures.ts';

test.describe.configure({ timeout: 240_000 });

const ITEMS = ['CPU', 'Memory', 'Network In', 'Network Out', 'Disk Read', 'Disk Write'];

test('Monitor pages chart containers, nodes, clusters and services live, and a load spike shows', async ({
  page,
  shop,
  serviceDetailPage,
  serviceListPage,
  simulationPage,
}) => {
  const monitor = new MonitorPage(page);

  await test.step('a container’s Monitor tab, from the container table, charts every item', async () => {
    // The guide's HTTP data interface: a custom series, charted under its measurement's name.
    const webId = await containerId(page, shop.web.metadata.id, 'shop_web_1');
    const submitted = await page.request.post(`/api/v1/containers/${webId}/monitoring/data`, {
      data: { connections: 12 },
    });
    expect(submitted.status(), await submitted.text()).toBe(201);
    await serviceDetailPage.goto(shop.web.metadata.id);
    await serviceDetailPage.containers.row('shop_web_1').getByRole('link', { name: 'Monitor' }).click();
    await expect(page).toHaveURL(/tab=monitor/);
    for (const item of ITEMS) await monitor.expectDrawn(item);
    await expect(monitor.liveTag()).toBeVisible();
    await expect(monitor.latest('CPU')).toHaveText(/^[\d.]+ % at \d{4}-/);
    await expect(monitor.latest('Memory')).toHaveText(/^[\d.]+ (B|KiB|MiB|GiB) at /);
    await expect(monitor.latest('Network In')).toHaveText(/^[\d.]+ (B|KiB|MiB|GiB)\/s at /);
    await expect(monitor.yTicks('Memory').last()).toHaveText(/^\d+(\.\d+)?\s(B|KiB|MiB|GiB)$/);
    await expect(monitor.yTicks('CPU').first()).toHaveText(/^0\s%$/);
    const tooltip = await monitor.hover('CPU');
    await expect(tooltip).toContainText(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    await expect(tooltip).toContainText(/[\d.]+ %|No data/);
    await expect(page.getByRole('heading', { name: 'Custom monitoring' })).toBeVisible();
    await expect(monitor.latest('httpjson_shop_web_1')).toHaveText(/^12 at \d{4}-/);
    await screenshot(page, 'monitor-container');
  });

  await test.step('the chart moves as time passes (the range ends now and refreshes)', async () => {
    const before = await monitor.latestPoint('CPU');
    const path = await monitor.path('CPU');
    // The BFF's clock runs 30 times faster: the next refresh (10 s) is 5 minutes later for it.
    await expect.poll(async () => (await monitor.latestPoint('CPU')).time, { timeout: 30_000 }).not.toBe(before.time);
    expect((await monitor.latestPoint('CPU')).time > before.time).toBe(true);
    expect(await monitor.path('CPU')).not.toBe(path);
  });

  await test.step('another range reads from the URL and draws', async () => {
    await monitor.selectRange('6 Hours');
    await expect(page).toHaveURL(/range=6h/);
    await expect(page).toHaveURL(/tab=monitor/);
    await monitor.expectDrawn('CPU');
    await page.reload();
    await expect(monitor.range('6 Hours')).toBeChecked();
    await monitor.expectDrawn('Disk Write');

    // Earlier: the 6 hours before, a window in the past that no longer refreshes; Now: back to live.
    await page.getByRole('button', { name: 'Earlier' }).click();
    await expect(page).toHaveURL(/end=/);
    await expect(page.getByText(/^Until \d{4}-\d\d-\d\d \d\d:\d\d:\d\d: not refreshed\.$/)).toBeVisible();
    await expect(monitor.latest('CPU')).toBeVisible();
    await page.getByRole('button', { name: 'Now' }).click();
    await expect(page).not.toHaveURL(/end=/);
    await expect(monitor.liveTag()).toBeVisible();
  });

  await test.step('Node List > Monitor charts the node', async () => {
    const nodesPage = new NodesPage(page);
    await nodesPage.goto(shop.clusterId);
    await nodesPage.rows().first().getByRole('link', { name: 'Monitor' }).click();
    await expect(monitor.heading()).toHaveText(/^Node Monitor: \d+\.\d+\.\d+\.\d+$/);
    for (const item of ITEMS) await monitor.expectDrawn(item);
    await screenshot(page, 'monitor-node');
  });

  await test.step('Cluster List > Monitor charts the cluster', async () => {
    const response = await page.request.get(`/api/v1/clusters/${shop.clusterId}`);
    const clusterName = ((await response.json()) as { metadata: { name: string } }).metadata.name;
    const clusterList = new ClusterListPage(page);
    await clusterList.goto();
    await clusterList.row(clusterName).getByRole('link', { name: 'Monitor' }).click();
    await expect(monitor.heading()).toHaveText(`Cluster Monitor: ${clusterName}`);
    for (const item of ITEMS) await monitor.expectDrawn(item);
    await screenshot(page, 'monitor-cluster');
  });

  await test.step('Service List > Monitor compares the containers, a line each', async () => {
    await serviceListPage.goto(shop.clusterId);
    await serviceListPage.row('web', 'shop').getByRole('link', { name: 'Monitor', exact: true }).click();
    await expect(monitor.heading()).toHaveText('Service Monitor: shop_web');
    await monitor.expectDrawn('CPU');
    await expect(monitor.lines('CPU')).toHaveCount(3);
    await expect(monitor.legend('CPU')).toHaveText(['shop_web_1', 'shop_web_2', 'shop_web_3']);

    await page.getByRole('combobox', { name: 'Monitored items:' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Memory', { exact: true }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/items=cpu%2Cmemory|items=cpu,memory/);
    await monitor.expectDrawn('Memory');
    await expect(monitor.lines('Memory')).toHaveCount(3);
    await monitor.hover('Memory');
    await screenshot(page, 'monitor-service');
  });

  await test.step('a load spike from the simulation panel raises the containers’ CPU', async () => {
    await page.goto(`/containers/${await containerId(page, shop.web.metadata.id, 'shop_web_1')}?tab=monitor`);
    await monitor.expectDrawn('CPU');
    const before = (await monitor.latestPoint('CPU')).value;

    await simulationPage.goto(shop.clusterId);
    await new LoadSpikePanel(page).start('shop_web', 8, 60);
    await screenshot(page, 'simulation-load-spike');

    await page.goBack();
    await monitor.expectDrawn('CPU');
    await expect
      .poll(async () => (await monitor.latestPoint('CPU')).value, { timeout: 60_000 })
      .toBeGreaterThan(Math.max(before * 2, before + 5));
    await screenshot(page, 'monitor-container-spike');
  });
});

async function containerId(page: Page, serviceId: string, name: string): Promise<string> {
  const response = await page.request.get(`/api/v1/containers?serviceId=${serviceId}&pageSize=100`);
  const { items } = (await response.json()) as { items: { metadata: { id: string; name: string } }[] };
  const container = items.find((c) => c.metadata.name === name);
  expect(container, name).toBeDefined();
  return container!.metadata.id;
}
