import { ServiceListPage } from '../../pages/ServiceListPage.ts';
import { waitForApplicationPhase } from '../applications/application-api.ts';
import { expect, test } from '../applications/application-test.ts';
import { screenshot } from '../applications/screenshots.ts';
import { readyApplication } from './ready-application.ts';
import { RoutesTab } from './routes-tab.ts';

test.describe.configure({ timeout: 180_000 });

test('binds your own domain with Web Routing in Edit Service, and Test Access reaches it', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const template = (name: string) => `web:\n  image: nginx:1.10\n  labels:\n    aliyun.routing.port_80: ${name}\n`;
  const { id, name } = await readyApplication(page, cleanup, twoZoneCluster.id, 'domain', template);

  const services = new ServiceListPage(page);
  await services.goto(twoZoneCluster.id);
  await services.act('web', name, 'Update');
  const dialog = services.dialog('Edit Service');
  const domain = dialog.getByRole('textbox', { name: 'Web Routing 1 Domain' });
  await expect(domain).toHaveValue(name, { timeout: 20_000 });
  await expect(dialog.getByRole('spinbutton', { name: 'Web Routing 1 Container Port' })).toHaveValue('80');
  const own = `${name}.example.com`;
  await domain.fill(`${name};${own}`);
  await screenshot(page, 'edit-service-web-routing');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await waitForApplicationPhase(page.request, id, 'Ready');

  const routes = new RoutesTab(page);
  await routes.goto(id);
  await expect(routes.table()).toContainText(`http://${own}/`, { timeout: 30_000 });
  const result = await page.request.post(`/api/v1/clusters/${twoZoneCluster.id}/test-access`, {
    data: { url: `http://${own}/`, requests: 20 },
  });
  expect(result.ok()).toBe(true);
  expect((await result.json()) as { statuses: unknown[] }).toMatchObject({ statuses: [{ status: 200, count: 20 }] });
  await screenshot(page, 'routes-own-domain');
});
