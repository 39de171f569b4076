import { expect, test } from './fixtures.ts';
import { containersOf, servicesOf } from './workload-api.ts';

test.describe.configure({ timeout: 150_000 });

// `web` moves when its node fails (reschedule:on-node-failure); `cache` does not.
test.use({
  shopOptions: {
    nodes: 2,
    webScale: 2,
    template: `web:
  image: nginx
  labels:
    aliyun.scale: "2"
  environment:
    - reschedule:on-node-failure
cache:
  image: redis
  labels:
    aliyun.scale: "2"
`,
  },
});

test('a node taken down on the simulation panel: rescheduled containers move, the others are lost', async ({
  page,
  shop,
  simulationPage,
  serviceDetailPage,
}) => {
  const cache = (await servicesOf(page.request, shop.clusterId)).find((s) => s.metadata.name === 'cache')!;
  await expect.poll(async () => (await containersOf(page.request, cache.metadata.id)).length).toBe(2);
  // The node to take down: one that holds a cache container.
  const [lostCache] = await containersOf(page.request, cache.metadata.id);
  const downIp = lostCache!.status.nodeIp;

  await simulationPage.goto(shop.clusterId);
  expect(await simulationPage.nodeIps()).toContain(downIp);
  await simulationPage.takeDown(downIp);

  await serviceDetailPage.goto(cache.metadata.id);
  await expect(serviceDetailPage.containers.cell(lostCache!.metadata.name, 'Status')).toHaveText('lost');
  await expect(serviceDetailPage.containers.cell(lostCache!.metadata.name, 'Node IP')).toHaveText(downIp);

  await serviceDetailPage.goto(shop.web.metadata.id);
  await serviceDetailPage.containers.expectTotal(2);
  await expect
    .poll(async () => [...(await serviceDetailPage.containers.nodeIps()).values()], { timeout: 30_000 })
    .not.toContain(downIp);
  for (const name of ['shop_web_1', 'shop_web_2']) {
    await expect(serviceDetailPage.containers.cell(name, 'Status')).toHaveText('running');
  }

  await simulationPage.goto(shop.clusterId);
  await simulationPage.bringUp(downIp);
});
