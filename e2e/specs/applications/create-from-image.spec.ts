import { uniqueApplicationName } from './application-api.ts';
import { expect, test } from './application-test.ts';
import { screenshot } from './screenshots.ts';

test.describe.configure({ timeout: 120_000 });

test('nginx from the image list with a port mapping shows its port in Containers', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
  imagesPage,
  applicationCreatePage,
  applicationDetailPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  await imagesPage.goto();
  await imagesPage.search('nginx');
  await imagesPage.createApplication('nginx', 'latest');
  await expect(page).toHaveURL(/\/applications\/create\?image=nginx&version=latest$/);

  const name = uniqueApplicationName('nginx');
  await page.getByRole('combobox', { name: 'Cluster' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(twoZoneCluster.name, { exact: true }).click();
  await applicationCreatePage.fillBasicInformation(name, 'Create with Image');
  await expect(applicationCreatePage.imageName()).toHaveValue('nginx');
  await expect(applicationCreatePage.imageVersion()).toHaveValue('latest');

  // A reserved host port is refused with the console's words.
  await applicationCreatePage.addPortMapping({ hostPort: 9080, containerPort: 80 });
  await expect(page.getByText('The host port cannot be set to 9080, 2376, 3376', { exact: true })).toBeVisible();
  await page.getByLabel('Port Mapping 1 Host Port').fill('80');
  await expect(applicationCreatePage.template()).toContainText(`${name}:`);
  await expect(applicationCreatePage.template()).toContainText('- "80:80"');
  await expect(applicationCreatePage.template()).toContainText('image: nginx:latest');
  await expect(applicationCreatePage.placement().getByRole('row').filter({ hasText: name })).toContainText('1');
  await screenshot(page, 'create-with-image');

  await applicationCreatePage.create('Create');
  cleanup.application(applicationDetailPage.id());
  await applicationDetailPage.expectStatus('Ready');
  await applicationDetailPage.open('Containers');
  await expect(applicationDetailPage.containers.cell(`${name}_${name}_1`, 'Status')).toHaveText('running');
  await expect(applicationDetailPage.containers.cell(`${name}_${name}_1`, 'Port')).toContainText('80');
});
