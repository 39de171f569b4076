import { createApplication, nginxTemplate, uniqueApplicationName, waitForApplicationPhase } from './application-api.ts';
import { expect, test } from './application-test.ts';
import { screenshot } from './screenshots.ts';

test.describe.configure({ timeout: 120_000 });

let name = '';

test.beforeEach(async ({ page, cleanup, signInPage, twoZoneCluster }) => {
  await signInPage.signInAsAdminThroughApi();
  name = uniqueApplicationName('ops');
  const applicationId = await createApplication(page.request, {
    clusterId: twoZoneCluster.id,
    name,
    template: nginxTemplate('web'),
  });
  cleanup.application(applicationId);
  await waitForApplicationPhase(page.request, applicationId, 'Ready');
});

test('Stop, then Activate, with the guide’s dialogs and the status following live', async ({
  page,
  twoZoneCluster,
  applicationListPage,
}) => {
  await applicationListPage.goto(twoZoneCluster.id);
  await expect(applicationListPage.containerStatus(name)).toHaveText('Ready:1 Stop:0');

  await applicationListPage.action(name, 'Stop').click();
  await screenshot(page, 'dialog-stop');
  await applicationListPage.dialog('Stop').getByRole('button', { name: 'OK' }).click();
  await applicationListPage.expectStatus(name, 'Stopped');
  await expect(applicationListPage.containerStatus(name)).toHaveText('Ready:0 Stop:1');
  await expect(page.getByText(`Application ${name} is stopped.`)).toBeVisible();

  await applicationListPage.operate(name, 'Activate');
  await applicationListPage.expectStatus(name, 'Ready');
  await expect(applicationListPage.containerStatus(name)).toHaveText('Ready:1 Stop:0');
  await expect(page.getByText(`Application ${name} is activated.`)).toBeVisible();

  await applicationListPage.action(name, 'Redeploy').click();
  await expect(applicationListPage.dialog('Redeploy')).toContainText('will pull the image used by the application');
  await screenshot(page, 'dialog-redeploy');
  await applicationListPage.dialog('Redeploy').getByRole('button', { name: 'Cancel' }).click();
});

test('Delete removes the application from the list', async ({ page, twoZoneCluster, applicationListPage }) => {
  await applicationListPage.goto(twoZoneCluster.id);
  await applicationListPage.action(name, 'Delete').click();
  await expect(applicationListPage.dialog('Delete')).toContainText(
    `Are you sure you want to delete the application ${name}?`,
  );
  await screenshot(page, 'dialog-delete');
  await applicationListPage.dialog('Delete').getByRole('button', { name: 'OK' }).click();
  await expect(applicationListPage.row(name)).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByText(`Application ${name} is deleted.`)).toBeVisible();
});
