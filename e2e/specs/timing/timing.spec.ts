import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';
import { screenshot } from '../applications/screenshots.ts';

test.describe.configure({ timeout: 180_000 });

test("a timing task from the guide's sample shows its crontab in words and its next five runs in Beijing time", async ({
  page,
  signInPage,
  templateListPage,
  applicationCreatePage,
  applicationDetailPage,
  applicationListPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const clusterName = uniqueClusterName('e2e-timing');
  const clusterId = await createCluster(page.request, { name: clusterName, nodes: 1 });
  try {
    await test.step('The cluster runs the latest Agent (the guide: timing tasks need an Agent updated since October 25th)', async () => {
      await waitForPhase(page.request, clusterId, 'Running', 120_000);
      const upgrade = await page.request.post(`/api/v1/clusters/${clusterId}/upgrade-agent`, { data: {} });
      expect(upgrade.status(), await upgrade.text()).toBe(202);
      await waitForPhase(page.request, clusterId, 'Running', 120_000);
    });

    await test.step('Create Application from the timing-task sample (busybox, 0-59/30 * * * *)', async () => {
      await templateListPage.goto();
      await templateListPage
        .card('timing-task')
        .getByRole('button', { name: 'Create Application from timing-task' })
        .click();
      await page.getByRole('combobox', { name: 'Cluster' }).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle(clusterName, { exact: true }).click();
      await applicationCreatePage.fillBasicInformation('timer', 'Create with Orchestration Template');
      // While the template is edited, the schedule is explained with its next runs.
      const preview = page.getByRole('region', { name: 'Timing task schedule' });
      await expect(preview.locator('.ant-list-item')).toHaveCount(5);
      await expect(preview).toContainText('At minutes 0 and 30 of every hour, Beijing time');
      await screenshot(page, 'timing-task-editor');
      await applicationCreatePage.create('Create and Deploy');
      await expect(applicationDetailPage.heading('timer')).toBeVisible();
    });

    await test.step('The details show the schedule, its meaning and the next five runs', async () => {
      const card = page.locator('.ant-card').filter({ has: page.getByText('Timing Task', { exact: true }) });
      await expect(card).toContainText('0-59/30 * * * *');
      await expect(card).toContainText('At minutes 0 and 30 of every hour, Beijing time');
      await expect(card).toContainText('Beijing time (UTC+8)');
      await expect(card).toContainText('“every 30 seconds”');
      const nextRuns = page.getByRole('table', { name: 'Next runs' });
      await expect(nextRuns.getByRole('columnheader', { name: 'Beijing time (UTC+8)' })).toBeVisible();
      const rows = nextRuns.locator('tbody tr');
      await expect(rows).toHaveCount(5);
      // Every run is at minute 00 or 30 in Beijing time.
      for (let i = 0; i < 5; i++)
        await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText(/^\d{4}-\d\d-\d\d \d\d:(00|30)$/);
      await expect(card.getByText(/^(Waiting|Running)$/)).toBeVisible();
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, 'timing-task-details');
    });

    await test.step('The guide: "after a timing task is created, it is in the wait state" (Deploy runs nothing)', async () => {
      const id = new URL(page.url()).pathname.split('/').filter(Boolean).pop()!;
      const app = await (await page.request.get(`/api/v1/applications/${id}`)).json();
      expect(app.status.job).toMatchObject({ phase: 'Waiting', run: 0 });
      const listed = await (await page.request.get(`/api/v1/containers?applicationId=${id}`)).json();
      expect(listed.items).toEqual([]);
      await page.getByRole('link', { name: 'Application List', exact: true }).click();
      await expect(applicationListPage.heading()).toBeVisible({ timeout: 30_000 });
      await expect(applicationListPage.status('timer')).toContainText('Waiting');
      await screenshot(page, 'timing-task-application-list');
    });
  } finally {
    await removeCluster(page.request, clusterId);
  }
});
