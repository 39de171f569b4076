import { JobStatusPanel } from '../../pages/JobStatusPanel.ts';
import { screenshot } from '../applications/screenshots.ts';
import { expect, test } from '../services/fixtures.ts';
import { createApplication } from '../services/workload-api.ts';

test.describe.configure({ timeout: 180_000 });

/** The guide's two-task job with small scales; s1 sleeps long enough to arm a fault while it runs. */
const JOB = `version: "2"
labels:
  aliyun.project_type: "batch"
services:
  s1:
    image: busybox
    command: sleep 600
    restart: no
    cpu_shares: 10
    mem_limit: 100000000
    labels:
      aliyun.scale: "2"
      aliyun.retry_count: "20"
      aliyun.remove_containers: "remove-all"
  s2:
    image: busybox
    command: date
    cpu_shares: 50
    mem_limit: 100000000
    labels:
      aliyun.scale: "1"
      aliyun.retry_count: "20"
      aliyun.remove_containers: "remove-finished"
      aliyun.depends: "s1"
`;

test('a batch job runs to Finished, one container of s1 failing once and being retried', async ({
  page,
  shop,
  simulationPage,
  applicationDetailPage,
  applicationListPage,
}) => {
  const job = new JobStatusPanel(page);
  const applicationId = await createApplication(page.request, {
    clusterId: shop.clusterId,
    name: 'batchjob',
    template: JOB,
  });

  await test.step('Simulation: Task exits with an error, once, for s1', async () => {
    await simulationPage.goto(shop.clusterId);
    await simulationPage.armServiceFault('Task exits with an error', 'batchjob_s1', 1);
    const armed = simulationPage.faultsTable().getByRole('row').filter({ hasText: 'Task exits with an error' });
    await expect(armed).toContainText('batchjob_s1');
    await screenshot(page, 'jobs-fault-armed');
  });

  await test.step('The details show the job Running, s2 waiting on s1', async () => {
    await applicationDetailPage.goto(applicationId);
    await job.expectJobStatus('Running', 30_000);
    await expect(job.taskRow('s2')).toContainText('Waiting');
    await expect(job.taskRow('s2').getByRole('cell', { name: 's1', exact: true })).toBeVisible();
    await expect(job.taskRow('s1')).toContainText('remove-all');
    await screenshot(page, 'jobs-running');
  });

  await test.step('The job finishes; the failed container was retried, its history says so', async () => {
    await job.expectJobStatus('Finished', 150_000);
    await expect(job.taskRow('s1')).toContainText('Finished');
    await expect(job.taskRow('s2')).toContainText('Finished');
    await job.expand(job.taskRow('s1'));
    const retried = job.containers('s1').getByRole('row').filter({ hasText: '2 (1 retry)' });
    await expect(retried).toHaveCount(1);
    await expect(retried).toContainText('Finished');
    const name = (await retried.getByRole('cell').nth(1).textContent())?.trim() ?? '';
    expect(name).toMatch(/^batchjob_s1_[12]$/);
    await job.expand(retried);
    const history = job.history(name);
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('1');
    await expect(history.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('1');
    await expect(history.getByRole('row').nth(2).getByRole('cell').last()).toHaveText('0');
    await screenshot(page, 'jobs-finished-history');
  });

  await test.step('The Application List shows the job status', async () => {
    // In-app navigation from the details' breadcrumb: no reload of the console on a busy machine.
    await page.getByRole('link', { name: 'Application List', exact: true }).click();
    await expect(applicationListPage.heading()).toBeVisible({ timeout: 30_000 });
    await expect(applicationListPage.status('batchjob')).toContainText('Finished');
    await screenshot(page, 'jobs-application-list');
  });
});
