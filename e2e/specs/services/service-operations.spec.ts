import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 150_000 });

test('Update changes a service’s scale, Restart restarts it and Delete removes it', async ({
  page,
  shop,
  serviceListPage,
}) => {
  await serviceListPage.goto(shop.clusterId);
  await serviceListPage.updateScale('web', 'shop', 2);
  await serviceListPage.expectService('web', 'shop', { status: 'Ready', containers: 'Ready:2 Stop:0' });

  await serviceListPage.confirm('web', 'shop', 'Restart');
  await serviceListPage.expectService('web', 'shop', { status: 'Ready', containers: 'Ready:2 Stop:0' });
  await serviceListPage.act('web', 'shop', 'Events');
  await expect(page.getByRole('table', { name: 'Service events' })).toContainText('restart', { ignoreCase: true });

  await serviceListPage.goto(shop.clusterId);
  await serviceListPage.confirm('web', 'shop', 'Delete');
  await expect(serviceListPage.row('web', 'shop')).toHaveCount(0, { timeout: 60_000 });
});

test('a container table stops, starts and deletes one container', async ({
  shop,
  serviceDetailPage,
  serviceListPage,
}) => {
  await serviceDetailPage.goto(shop.web.metadata.id);
  const { containers } = serviceDetailPage;
  await containers.switchContainer('shop_web_2', 'Stop');
  await expect(containers.cell('shop_web_2', 'Status')).toHaveText('exited', { timeout: 30_000 });
  await containers.switchContainer('shop_web_2', 'Start');
  await expect(containers.cell('shop_web_2', 'Status')).toHaveText('running', { timeout: 30_000 });

  await containers.deleteContainer('shop_web_3');
  await expect(containers.row('shop_web_3')).toHaveCount(0, { timeout: 30_000 });
  await serviceListPage.goto(shop.clusterId);
  await expect(serviceListPage.cell('web', 'shop', 'Container Status')).toHaveText(/^Ready:[23] Stop:0$/);
});
