import type { Page, Response } from '@playwright/test';
import { createCluster, uniqueClusterName, waitForPhase } from '../cluster-api.ts';
import { expect, test } from '../fixtures.ts';
import { screenshot } from './applications/screenshots.ts';

test.describe.configure({ timeout: 120_000 });

/** The request id the BFF answered a request with (its X-Request-Id), once the request is done. */
async function requestIdOf(response: Promise<Response>): Promise<string> {
  const id = (await response).headers()['x-request-id'];
  expect(id).toBeTruthy();
  return id!;
}

const answered = (page: Page, method: string, path: RegExp) =>
  page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));

test('the Operation Logs list each action of the spec with its result, live and filtered', async ({
  page,
  signInPage,
  clusterDetailPage,
  clusterListPage,
  operationLogsPage,
}) => {
  const signIn = requestIdOf(answered(page, 'POST', /^\/api\/v1\/session$/));
  await signInPage.signInAsAdmin();
  const signInId = await signIn;

  const name = uniqueClusterName('e2e-oplog');
  const clusterId = await createCluster(page.request, { name, nodes: 1 });
  await waitForPhase(page.request, clusterId, 'Running');

  await clusterDetailPage.goto(clusterId);
  const tag = requestIdOf(answered(page, 'POST', /\/clusters\/\w+\/tags$/));
  await clusterDetailPage.addTagToAllNodes('tier', 'web');
  const tagId = await tag;

  // The cluster's Events, filtered by resource and level on the server.
  await clusterDetailPage.open('Events');
  const events = page.getByRole('table', { name: 'Cluster events' });
  const cells = (text: string) => events.getByRole('cell', { name: text, exact: true });
  await expect(cells('Cluster').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Resource' }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('Cluster', { exact: true }).click();
  // Each choice is in the URL before the next: a second change read from the same render would drop the first.
  await expect(page).toHaveURL(/eventKind=cluster/);
  await page
    .locator('.ant-segmented-item')
    .filter({ hasText: /^Info$/ })
    .click();
  await expect(page).toHaveURL(/level=Info/);
  await expect(page).toHaveURL(/eventKind=cluster/);
  await expect(cells('Cluster').first()).toBeVisible();
  await expect(cells('Node')).toHaveCount(0);
  await expect(cells('Warning')).toHaveCount(0);
  await screenshot(page, 'cluster-events-filtered');

  await clusterListPage.goto();
  const deletion = requestIdOf(answered(page, 'DELETE', new RegExp(`/clusters/${clusterId}$`)));
  await clusterListPage.delete(name, { keepSlb: false });
  const deleteId = await deletion;

  // The cluster's operations: a search by its name finds the ones that name it.
  await operationLogsPage.goto(`?q=${encodeURIComponent(name)}`);
  await operationLogsPage.expectEntry(operationLogsPage.rowOf(deleteId), {
    action: 'Delete Cluster',
    resource: name,
    result: 'Succeeded',
  });
  await operationLogsPage.expectEntry(operationLogsPage.rowOf(tagId), {
    action: 'Add User Tag',
    resource: name,
    result: 'Succeeded',
  });
  await expect(operationLogsPage.rows().filter({ hasText: 'Create Cluster' })).toHaveCount(1);

  // A refused request arrives while the page is open, without a reload.
  const refused = await page.request.post(`/api/v1/clusters/${clusterId}/expand`, { data: { quantity: 0 } });
  expect(refused.status()).toBeGreaterThanOrEqual(400);
  const refusedId = refused.headers()['x-request-id']!;
  await operationLogsPage.expectEntry(operationLogsPage.rowOf(refusedId), {
    action: 'Expand Cluster',
    resource: name,
    result: 'Failed',
  });
  await expect(operationLogsPage.rows()).toHaveCount(4);
  await screenshot(page, 'operation-logs');

  // Result: Failed leaves the refused one alone; the filter is in the URL.
  await operationLogsPage.choose('Result', 'Failed');
  await expect(page).toHaveURL(/result=Failed/);
  await expect(operationLogsPage.rows()).toHaveCount(1);
  await expect(operationLogsPage.rowOf(refusedId)).toBeVisible();

  // The sign-in of this spec, found by its request id.
  await operationLogsPage.goto();
  await operationLogsPage.searchFor(signInId);
  await expect(operationLogsPage.rows()).toHaveCount(1);
  await operationLogsPage.expectEntry(operationLogsPage.rowOf(signInId), { action: 'Sign In', result: 'Succeeded' });
  await expect(operationLogsPage.rowOf(signInId).getByRole('cell').nth(1)).toHaveText('admin');

  // Resource type narrows to the kind: no Session entry is a Cluster's.
  await operationLogsPage.choose('Resource type', 'Cluster');
  await expect(page).toHaveURL(/kind=cluster/);
  await expect(operationLogsPage.rows().first()).toContainText('No operation matches these filters.');
});
