import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 120_000 });

test('Stop stops a service’s containers and Activate starts them again', async ({ shop, serviceListPage }) => {
  await serviceListPage.goto(shop.clusterId);
  await serviceListPage.confirm('web', 'shop', 'Stop');
  await serviceListPage.expectService('web', 'shop', { status: 'Stopped', containers: 'Ready:0 Stop:3' });
  await expect(serviceListPage.row('web', 'shop').getByRole('button', { name: 'Stop', exact: true })).toHaveCount(0);

  await serviceListPage.confirm('web', 'shop', 'Activate');
  await serviceListPage.expectService('web', 'shop', { status: 'Ready', containers: 'Ready:3 Stop:0' });
});
