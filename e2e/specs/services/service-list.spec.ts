import { LogViewer } from '../../pages/LogViewer.ts';
import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 120_000 });

const SYSTEM_SERVICES = [
  ['routing', 'acsrouting'],
  ['logtail', 'acslogging'],
  ['logspout', 'acslogging'],
  ['acs-monitoring-agent', 'acsmonitoring'],
  ['volumedriver', 'acsvolumedriver'],
] as const;

test('the Service List shows a new service Ready:3 and the system services only when asked', async ({
  page,
  shop,
  serviceListPage,
}) => {
  await serviceListPage.goto(shop.clusterId);
  await serviceListPage.expectService('web', 'shop', { status: 'Ready', containers: 'Ready:3 Stop:0' });
  await expect(serviceListPage.cell('web', 'shop', 'Image')).toHaveText('nginx');
  await expect(serviceListPage.checkbox('Hide System Services')).toBeChecked();
  expect(await serviceListPage.applications()).toEqual(['shop']);

  await serviceListPage.setHidden('Hide System Services', false);
  await expect(page).toHaveURL(/hideSystem=false/);
  for (const [name, application] of SYSTEM_SERVICES) {
    await expect(serviceListPage.row(name, application)).toBeVisible();
  }

  await serviceListPage.searchBox().fill('rout');
  await serviceListPage.searchBox().press('Enter');
  await expect(serviceListPage.row('routing', 'acsrouting')).toBeVisible();
  await expect(serviceListPage.row('web', 'shop')).toHaveCount(0);
  await page.reload();
  await expect(serviceListPage.searchBox()).toHaveValue('rout');
  await expect(serviceListPage.row('routing', 'acsrouting')).toBeVisible();
});

test('a service’s details show its containers, configurations and events', async ({
  page,
  shop,
  serviceListPage,
  serviceDetailPage,
}) => {
  await serviceListPage.goto(shop.clusterId);
  await serviceListPage.row('web', 'shop').getByRole('link', { name: 'web' }).click();
  await expect(serviceDetailPage.heading()).toHaveText('Service: web');
  const { containers } = serviceDetailPage;
  await containers.expectTotal(3);
  for (const n of [1, 2, 3]) {
    await expect(containers.cell(`shop_web_${n}`, 'Status')).toHaveText('running');
    await expect(containers.cell(`shop_web_${n}`, 'Health Check')).toHaveText('Normal');
    await expect(containers.cell(`shop_web_${n}`, 'Image')).toContainText(/nginx\s*sha256:[0-9a-f]{8}/);
    await expect(containers.cell(`shop_web_${n}`, 'Port')).toHaveText(/^\d+\.\d+\.\d+\.\d+:\d+$/);
  }

  await serviceDetailPage.open('Configurations');
  await expect(page).toHaveURL(/tab=configurations/);
  await expect(serviceDetailPage.portsTable().getByRole('row', { name: '80 Dynamic' })).toBeVisible();
  await expect(serviceDetailPage.environmentTable().getByRole('row', { name: 'GREETING hello' })).toBeVisible();

  await serviceDetailPage.open('Logs');
  await new LogViewer(page, 'Logs of web').expectLines();

  await serviceDetailPage.open('Events');
  await expect(serviceDetailPage.eventsTable()).toContainText('Create service shop_web completed.');
  await page.reload();
  await expect(serviceDetailPage.tab('Events')).toHaveAttribute('aria-selected', 'true');
});
