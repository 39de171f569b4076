import { expect, test } from '../fixtures.ts';

test('Overview counts clusters live as the simulated cloud creates one', async ({ page, signInPage, overviewPage }) => {
  await signInPage.signInAsAdmin();
  const name = `e2e-${Date.now()}`;
  const apiTotal = async () =>
    ((await (await page.request.get('/api/v1/overview')).json()) as { clusters: { total: number } }).clusters.total;

  const created = await page.request.post('/api/v1/clusters', {
    data: {
      name,
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'classic',
      nodes: null,
    },
  });
  expect(created.status()).toBe(201);

  // No reload: the count and the phase arrive over the watch stream. Other specs create and delete
  // clusters at the same time, so the count is compared with the API's, not with a number.
  await expect(async () => {
    expect(Number(await overviewPage.count('Clusters').innerText())).toBe(await apiTotal());
  }).toPass();
  await expect(overviewPage.phaseTag('Inactive')).toBeVisible();
  // Leave the quota of 5 clusters to the cluster specs.
  const id = ((await created.json()) as { metadata: { id: string } }).metadata.id;
  await expect.poll(async () => (await page.request.delete(`/api/v1/clusters/${id}`)).status()).toBe(202);
});

test('the console loads nothing from outside this machine', async ({ page, signInPage }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
  await signInPage.signInAsAdmin();
  await page.goto('/getting-started');
  await page.goto('/clusters');
  expect([...hosts]).toEqual(['127.0.0.1']);
});
