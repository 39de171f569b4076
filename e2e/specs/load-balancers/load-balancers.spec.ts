import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../../fixtures.ts';
import { LoadBalancersPage } from '../../pages/LoadBalancersPage.ts';
import { screenshot } from '../applications/screenshots.ts';

test.describe.configure({ timeout: 120_000 });

/** A self-signed server certificate and its key, made by the openssl CLI. */
function selfSigned(commonName: string): { certificate: string; privateKey: string } {
  const dir = mkdtempSync(join(tmpdir(), 'slb-cert-'));
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      `/CN=${commonName}`,
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { certificate: readFileSync(cert, 'utf8'), privateKey: readFileSync(key, 'utf8') };
}

test('creates an SLB, adds a TCP listener and an HTTPS listener with an uploaded certificate', async ({
  page,
  signInPage,
}) => {
  const slb = new LoadBalancersPage(page);
  const suffix = Date.now().toString(36);
  const name = `slb_redis_app_${suffix}`;
  const certificateName = `www.example.com-${suffix}`;
  const pem = selfSigned('www.example.com');
  const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  await signInPage.signInAsAdminThroughApi();

  await test.step('Instance Management: Create Server Load Balancer', async () => {
    await slb.gotoList();
    await expect(slb.row(slb.table(), 'web-public')).toBeVisible();
    await slb.createInstance(name);
    await expect(slb.row(slb.table(), name)).toContainText('Public Network');
    await screenshot(page, 'slb-list');
    await slb
      .row(slb.table(), name)
      .getByRole('link', { name: `Manage ${name}` })
      .click();
    await expect(slb.heading()).toHaveText(name);
    await expect(page.getByText('Server Load Balancer ID')).toBeVisible();
    await expect(page.getByText('Service Address')).toBeVisible();
  });

  await test.step('Create Listener: TCP 6379 -> 6379', async () => {
    const wizard = await slb.configureListener('TCP', 6379, 6379);
    await slb.finishListener(wizard, 'TCP:6379');
  });

  await test.step('Create Listener: HTTPS 443 -> HTTP 9080 with a certificate made on the way', async () => {
    const wizard = await slb.configureListener('HTTPS', 443, 9080);
    await wizard.getByRole('button', { name: 'Create Certificate' }).click();
    const dialog = await slb.fillCertificate(certificateName, pem.certificate, otherKey);
    await expect(dialog).toContainText('The private key does not match the certificate.');
    await screenshot(page, 'slb-certificate-dialog');
    await dialog.getByLabel('Private Key').fill(pem.privateKey);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog).toBeHidden();
    await expect(wizard.getByRole('combobox', { name: 'Server Certificate' })).toBeVisible();
    await expect(wizard).toContainText(certificateName);
    await slb.finishListener(wizard, 'HTTPS:443', '/haproxy-monitor');
    await expect(slb.row(slb.listeners(), 'HTTPS:443')).toContainText('HTTP:9080');
    await expect(slb.row(slb.listeners(), 'HTTPS:443')).toContainText(certificateName);
    await screenshot(page, 'slb-detail');
  });

  await test.step('Certificates lists the uploaded certificate', async () => {
    await page.goto('/load-balancers/certificates');
    await expect(slb.heading()).toHaveText('Certificates');
    await expect(page.getByRole('table', { name: 'Certificates' })).toContainText(certificateName);
    await expect(page.locator('.ant-spin-blur')).toHaveCount(0);
    await screenshot(page, 'slb-certificates');
  });
});
