import { waitForPhase } from '../../cluster-api.ts';
import { expect, test } from './fixtures.ts';
import { expandCluster } from './workload-api.ts';

test.describe.configure({ timeout: 150_000 });

test('Reschedule with Force Reschedule moves containers onto a node added after them', async ({
  page,
  shop,
  serviceListPage,
  serviceDetailPage,
}) => {
  const { clusterId, web } = shop;
  await serviceDetailPage.goto(web.metadata.id);
  await serviceDetailPage.containers.expectTotal(3);
  const before = new Set((await serviceDetailPage.containers.nodeIps()).values());
  expect(before.size, 'one node: every container on it').toBe(1);

  await expandCluster(page.request, clusterId, 1);
  await waitForPhase(page.request, clusterId, 'Running');

  await serviceListPage.goto(clusterId);
  await serviceListPage.reschedule('web', 'shop', { ignoreLocalVolumes: false, force: true });
  await serviceListPage.expectService('web', 'shop', { status: 'Ready', containers: 'Ready:3 Stop:0' });

  await serviceDetailPage.goto(web.metadata.id);
  await serviceDetailPage.containers.expectTotal(3);
  await expect
    .poll(async () => new Set((await serviceDetailPage.containers.nodeIps()).values()).size, { timeout: 30_000 })
    .toBe(2);
  await serviceDetailPage.open('Events');
  await expect(serviceDetailPage.eventsTable()).toContainText('Start to reschedule service shop_web.');
});
