import { expect, test } from '../../fixtures.ts';
import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { VolumesPage } from '../../pages/VolumesPage.ts';
import {
  createApplication,
  removeApplication,
  uniqueApplicationName,
  waitForApplicationPhase,
} from '../applications/application-api.ts';
import { screenshot } from '../applications/screenshots.ts';

test.describe.configure({ timeout: 240_000 });

const IN_USE =
  'You cannot delete a data volume when it is referenced by a container. To delete the data volume, you need to first delete the container.';

test('an OSSFS volume created in the dialog is mounted by an application and cannot be deleted while used', async ({
  page,
  signInPage,
}) => {
  const volumes = new VolumesPage(page);
  await signInPage.signInAsAdminThroughApi();
  const clusterId = await createCluster(page.request, { name: uniqueClusterName('e2e-volumes'), nodes: 2 });
  let applicationId: string | undefined;
  try {
    await waitForPhase(page.request, clusterId, 'Running', 120_000);

    await test.step('an empty Data Volume List', async () => {
      await volumes.goto(clusterId);
      await expect(page.getByText('Could not find any record that met the condition.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Help: Data volume guide' })).toBeVisible();
    });

    await test.step('Create Data Volume: OSS, bucket volumetest picked in Select Bucket', async () => {
      const dialog = await volumes.createOssfsVolume('test', 'volumetest');
      await expect(dialog).toContainText(
        'Only clusters with volume driver version 0.7 or above support these parameters.',
      );
      await screenshot(page, 'volumes-create-dialog');
      await dialog.getByRole('button', { name: 'Create' }).click();
      await expect(dialog).toBeHidden();
      await expect(volumes.rows('OSS File System')).toHaveCount(2);
      await expect(volumes.rows('OSS File System').first()).toContainText('/mnt/acs_mnt/ossfs/test');
      await expect(volumes.rows('OSS File System').first()).toContainText('bucket=volumetest');
      await screenshot(page, 'volumes-list-created');
    });

    await test.step('View shows the parameters and never the Access Key Secret', async () => {
      await volumes.rows('OSS File System').first().getByRole('button', { name: 'View test' }).click();
      const view = volumes.dialog('Data Volume Parameters');
      await expect(view).toContainText('volumetest');
      await expect(view).toContainText('LTAI4GexampleKeyId');
      await expect(view).toContainText('******');
      await expect(view).not.toContainText('q7SecretOfTheKey0123');
      await screenshot(page, 'volumes-view');
      await view.getByRole('button', { name: 'Close' }).click();
    });

    await test.step('an application mounting test:/testvolume:rw shows in the Container column', async () => {
      const name = uniqueApplicationName('volume');
      applicationId = await createApplication(page.request, {
        clusterId,
        name,
        template: "volume:\n  image: 'nginx:latest'\n  restart: always\n  volumes:\n    - 'test:/testvolume:rw'\n",
      });
      await waitForApplicationPhase(page.request, applicationId, 'Ready', 120_000);
      await volumes.goto(clusterId);
      await expect(volumes.rows(`${name}_volume_1`)).toHaveCount(1);
      await screenshot(page, 'volumes-list-in-use');
    });

    await test.step('Delete All Volumes with the Same Name is refused while the container uses it', async () => {
      await volumes
        .rows('OSS File System')
        .first()
        .getByRole('button', { name: 'Delete All Volumes with the Same Name test' })
        .click();
      await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
      await expect(page.getByText(IN_USE)).toBeVisible();
      await screenshot(page, 'volumes-delete-refused');
      await expect(volumes.rows('OSS File System')).toHaveCount(2);
    });

    await test.step('once the application is gone, Batch Delete removes the volume from every node', async () => {
      await removeApplication(page.request, applicationId!);
      applicationId = undefined;
      await volumes.goto(clusterId);
      await volumes.rows('OSS File System').first().getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Batch Delete' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
      await expect(page.getByText('Could not find any record that met the condition.')).toBeVisible();
    });
  } finally {
    if (applicationId) await removeApplication(page.request, applicationId);
    await removeCluster(page.request, clusterId);
  }
});
