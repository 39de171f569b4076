import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { expect, test } from '../../fixtures.ts';

test.describe.configure({ timeout: 90_000 });

let clusterId: string | undefined;
let dir: string | undefined;

test.afterEach(async ({ page }) => {
  if (clusterId) await removeCluster(page.request, clusterId);
  if (dir) rmSync(dir, { recursive: true, force: true });
  clusterId = undefined;
  dir = undefined;
});

test('the cluster certificate downloads as certFile.zip and verifies against its CA', async ({
  page,
  signInPage,
  clusterDetailPage,
}) => {
  await signInPage.signInAsAdmin();
  const name = uniqueClusterName('e2e-certs');
  clusterId = await createCluster(page.request, { name, nodes: 1, networkType: 'classic' });
  await waitForPhase(page.request, clusterId, 'Running');

  await clusterDetailPage.goto(clusterId);
  await clusterDetailPage.open('Connection Information');
  await expect(page.getByText('mkdir -p ~/acs/certs/ClusterName/')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    clusterDetailPage.downloadCertificate().click(),
  ]);
  expect(download.suggestedFilename()).toBe('certFile.zip');

  dir = mkdtempSync(join(tmpdir(), 'cs-certs-'));
  const zip = join(dir, 'certFile.zip');
  await download.saveAs(zip);
  execFileSync('unzip', ['-o', zip, '-d', dir]);
  for (const file of ['ca.pem', 'cert.pem', 'key.pem']) expect(existsSync(join(dir, file)), file).toBe(true);
  const verified = execFileSync('/usr/bin/openssl', ['verify', '-CAfile', join(dir, 'ca.pem'), join(dir, 'cert.pem')], {
    encoding: 'utf8',
  });
  expect(verified).toContain('cert.pem: OK');
});
