import { createApplication, nginxTemplate, uniqueApplicationName, waitForApplicationPhase } from './application-api.ts';
import { expect, test } from './application-test.ts';
import { screenshot } from './screenshots.ts';

test.describe.configure({ timeout: 150_000 });

test('Update to 1.1 with rolling updates of 2 at a time shows the diff and ends Ready at 1.1; Rollback brings 1.0 back', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
  applicationListPage,
  applicationUpdatePage,
  applicationDetailPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const name = uniqueApplicationName('upd');
  const applicationId = await createApplication(page.request, {
    clusterId: twoZoneCluster.id,
    name,
    template: nginxTemplate('web', 3),
  });
  cleanup.application(applicationId);
  await waitForApplicationPhase(page.request, applicationId, 'Ready');

  await applicationListPage.goto(twoZoneCluster.id);
  await applicationListPage.action(name, 'Update').click();
  await applicationUpdatePage.waitForEditor();
  // "You must update Version; otherwise, the OK button is not available."
  await expect(applicationUpdatePage.okButton()).toBeDisabled();
  await applicationUpdatePage.version().fill('1.1');
  await expect(applicationUpdatePage.okButton()).toBeEnabled();

  // The labels go in through the Services Contained panel's Edit.
  await page.getByRole('button', { name: 'Edit web' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Service' });
  for (const [i, [key, value]] of [
    ['aliyun.rolling_updates', 'true'],
    ['aliyun.rolling_updates.parallelism', '2'],
  ].entries()) {
    await edit.getByRole('button', { name: 'Add Label' }).click();
    await edit.getByLabel(`Labels ${i + 1} key`).fill(key ?? '');
    await edit.getByLabel(`Labels ${i + 1} value`).fill(value ?? '');
  }
  await edit.getByRole('button', { name: 'OK' }).click();
  await expect(edit).toBeHidden();
  await applicationUpdatePage.reschedule().check();
  await expect(page.getByText(/will clear the container data in the local data volume/).first()).toBeVisible();
  await screenshot(page, 'update');

  await applicationUpdatePage.okButton().click();
  await expect(applicationUpdatePage.review()).toContainText('1.0 → 1.1');
  await expect(applicationUpdatePage.changes()).toContainText('aliyun.rolling_updates.parallelism');
  await expect(applicationUpdatePage.changes().getByRole('status')).toHaveText('2 lines added, 0 lines removed.');
  await screenshot(page, 'update-review');
  await applicationUpdatePage.confirm();

  await applicationDetailPage.expectStatus('Ready', 120_000);
  await expect(applicationDetailPage.basicInformation()).toContainText('1.1');
  await applicationDetailPage.open('Version History');
  const versions = page.getByRole('table', { name: 'Versions' });
  await expect(versions.getByRole('row').filter({ hasText: 'Current' })).toContainText('1.1');
  await expect(versions.getByRole('button', { name: 'Rollback to 1.0' })).toBeVisible();
  await versions.getByRole('row').filter({ hasText: '1.0' }).getByRole('button', { name: 'View Template' }).click();
  const drawer = page.getByRole('dialog', { name: 'Template of version 1.0' });
  await expect(drawer.getByRole('status')).toHaveText('0 lines added, 2 lines removed.');
  await screenshot(page, 'version-history');
  await drawer.getByRole('button', { name: 'Close' }).click();

  // Rollback, confirmed, brings version 1.0 back.
  await versions.getByRole('button', { name: 'Rollback to 1.0' }).click();
  const confirm = page.getByRole('dialog', { name: 'Rollback' });
  await expect(confirm).toContainText('back to version 1.0?');
  await confirm.getByRole('button', { name: 'OK' }).click();
  await expect(versions.getByRole('row').filter({ hasText: 'Current' })).toContainText('1.0', { timeout: 60_000 });
  await applicationDetailPage.expectStatus('Ready', 120_000);
  await expect(page.getByText(/is rolled back to version 1\.0\./)).toBeVisible();
});
