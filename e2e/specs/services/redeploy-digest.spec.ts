import { expect, test } from './fixtures.ts';
import { redeployApplication } from './workload-api.ts';

test.describe.configure({ timeout: 120_000 });

test('after a new digest is pushed for nginx, Redeploy shows the new sha256 in the container table', async ({
  page,
  shop,
  simulationPage,
  serviceDetailPage,
}) => {
  await serviceDetailPage.goto(shop.web.metadata.id);
  const image = serviceDetailPage.containers.cell('shop_web_1', 'Image');
  await expect(image).toContainText(/sha256:[0-9a-f]{8}/);
  const before = (await image.textContent())?.match(/sha256:[0-9a-f]{8}/)?.[0];

  await simulationPage.goto(shop.clusterId);
  const pushed = await simulationPage.pushImage('nginx');
  await expect(pushed).toContainText('nginx:latest');
  const digest = (await pushed.getByRole('cell').nth(1).textContent())?.trim();
  expect(digest).toMatch(/^sha256:[0-9a-f]{8}$/);
  expect(digest).not.toBe(before);

  // Redeploy is the application's (its page is built beside this one): through the API.
  await redeployApplication(page.request, shop.applicationId);
  await serviceDetailPage.goto(shop.web.metadata.id);
  for (const n of [1, 2, 3]) {
    await expect(serviceDetailPage.containers.cell(`shop_web_${n}`, 'Image')).toContainText(digest!, {
      timeout: 30_000,
    });
  }
});
