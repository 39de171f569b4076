import { expect, test } from '../fixtures.ts';

test('Overview counts clusters live as the simulated cloud creates one', async ({ page, signInPage, overviewPage }) => {
  await signInPage.signInAsAdmin();
  const before = Number(await overviewPage.count('Clusters').innerText());

  const created = await page.request.post('/api/v1/clusters', {
    data: {
      name: `e2e-${Date.now()}`,
      region: 'cn-hangzhou',
      zone: 'cn-hangzhou-b',
      networkType: 'classic',
      nodes: null,
    },
  });
  expect(created.status()).toBe(201);

  // No reload: the count and the phase arrive over the watch stream.
  await expect(overviewPage.count('Clusters')).toHaveText(String(before + 1));
  await expect(overviewPage.phaseTag('Inactive')).toBeVisible();
});

test('the console loads nothing from outside this machine', async ({ page, signInPage }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).hostname));
  await signInPage.signInAsAdmin();
  await page.goto('/getting-started');
  await page.goto('/clusters');
  expect([...hosts]).toEqual(['127.0.0.1']);
});
