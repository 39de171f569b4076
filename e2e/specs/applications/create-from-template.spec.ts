import { expect, test } from './application-test.ts';
import { LogViewer } from '../../pages/LogViewer.ts';
import { screenshot } from './screenshots.ts';

test.describe.configure({ timeout: 180_000 });

test('WordPress from the sample template, web at scale 3, runs Ready:3 with wordpress_web_1..3', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
  templateListPage,
  templateEditorPage,
  applicationCreatePage,
  applicationDetailPage,
  applicationListPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  // The sample's Create Application opens the wizard with the template.
  await templateListPage.goto();
  await templateListPage.card('wordpress').getByRole('button', { name: 'Create Application from wordpress' }).click();
  await expect(page).toHaveURL(/\/applications\/create\?templateId=sample-wordpress$/);
  await screenshot(page, 'create-basic-information');

  await page.getByRole('combobox', { name: 'Cluster' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(twoZoneCluster.name, { exact: true }).click();
  await applicationCreatePage.fillBasicInformation('wordpress', 'Create with Orchestration Template');
  await expect(templateEditorPage.service('web')).toContainText('wordpress:4.2');
  await expect(templateEditorPage.service('db')).toBeVisible();
  await templateEditorPage.setScale('web', 3);
  await expect(templateEditorPage.text()).toContainText('aliyun.scale: "3"');
  // The placement preview spreads the three web containers over the cluster's nodes.
  await expect(applicationCreatePage.placement().getByRole('row').filter({ hasText: 'web' })).toContainText('3');
  await screenshot(page, 'create-with-template');

  await applicationCreatePage.create('Create and Deploy');
  await expect(applicationDetailPage.heading('wordpress')).toBeVisible();
  cleanup.application(applicationDetailPage.id());
  await applicationDetailPage.expectStatus('Ready', 120_000);
  await expect(applicationDetailPage.serviceRow('web')).toContainText('Ready:3 Stop:0');
  await expect(applicationDetailPage.serviceRow('db')).toContainText('Ready:1 Stop:0');
  await screenshot(page, 'detail-services');

  await applicationDetailPage.open('Containers');
  await applicationDetailPage.containers.expectTotal(4);
  for (const n of [1, 2, 3]) {
    await expect(applicationDetailPage.containers.cell(`wordpress_web_${n}`, 'Status')).toHaveText('running');
    await expect(applicationDetailPage.containers.cell(`wordpress_web_${n}`, 'Image')).toContainText('sha256:');
  }
  await screenshot(page, 'detail-containers');

  await applicationDetailPage.open('Events');
  await expect(applicationDetailPage.eventsTable()).toContainText('wordpress_web');
  await screenshot(page, 'detail-events');
  await applicationDetailPage.open('Routes');
  // The sample routes web at the wordpress prefix of the cluster's test domain.
  const routes = page.getByRole('table', { name: 'Routes' });
  await expect(routes).toContainText('wordpress.');
  await expect(routes).toContainText('3 healthy containers');
  await applicationDetailPage.open('Logs');
  const logs = new LogViewer(page, 'Logs of wordpress');
  await logs.expectLines();
  await expect.poll(async () => [...(await logs.sources())].every((name) => name.startsWith('wordpress_'))).toBe(true);
  await screenshot(page, 'detail-logs');

  await applicationListPage.goto(twoZoneCluster.id);
  await expect(applicationListPage.containerStatus('wordpress')).toHaveText('Ready:4 Stop:0');
  await expect(applicationListPage.status('wordpress')).toHaveText('Ready');
  await screenshot(page, 'list');
});
