import { expect, test } from './fixtures.ts';
import { createApplication } from './workload-api.ts';

test.describe.configure({ timeout: 120_000 });

test('an image pull failure armed on the simulation panel fails a deploy, and the Service List says why', async ({
  page,
  shop,
  simulationPage,
  serviceListPage,
}) => {
  await simulationPage.goto(shop.clusterId);
  await simulationPage.armPullFailure('busybox', 5);
  const armed = simulationPage.faultsTable().getByRole('row').filter({ hasText: 'busybox:latest' });
  await expect(armed).toContainText('Image pull failure');
  await expect(armed.getByRole('cell').nth(3)).toHaveText('5');

  await createApplication(page.request, {
    clusterId: shop.clusterId,
    name: 'tools',
    template: 'web:\n  image: busybox\n  labels:\n    aliyun.scale: "2"\n',
  });
  await serviceListPage.goto(shop.clusterId);
  await serviceListPage.expectService('web', 'tools', { status: /^Failed/, containers: 'Ready:0 Stop:0 Other:2' });
  await expect(serviceListPage.cell('web', 'tools', 'Status')).toContainText('Pull image busybox failed');

  // Two pulls failed; the fault has three left until it is removed.
  await simulationPage.goto(shop.clusterId);
  await expect(armed.getByRole('cell').nth(3)).toHaveText('3');
  await armed.getByRole('button', { name: /^Remove/ }).click();
  await expect(armed).toHaveCount(0);
});
