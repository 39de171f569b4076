import type { Page } from '@playwright/test';
import {
  createApplication,
  nginxTemplate,
  uniqueApplicationName,
  waitForApplicationPhase,
} from '../applications/application-api.ts';
import { expect, test } from '../applications/application-test.ts';
import { screenshot } from '../applications/screenshots.ts';
import { getThroughListener } from './listener-request.ts';
import { readyApplication } from './ready-application.ts';
import { RoutesTab } from './routes-tab.ts';

test.describe.configure({ timeout: 180_000 });

const image = (version: 1 | 2 | 3) => `'registry.aliyuncs.com/ringtail/nginx:${version}.0'`;

/**
 * The guide's nginx-v1 of the Release policy, two containers. The domain prefix is the
 * application's own name, so applications of other specs on the same cluster never share its route.
 */
const nginxV1 = (prefix: string) =>
  [
    'nginx-v1:',
    `  image: ${image(1)}`,
    '  labels:',
    `    aliyun.routing.port_80: ${prefix}`,
    '    aliyun.scale: "2"',
    '  restart: always',
    '',
  ].join('\n');

/** A later version on one line (YAML flow style): the editor takes it as typed, with no auto-indent to undo. */
const nginxTyped = (version: 2 | 3, prefix: string) =>
  `nginx-v${version}: {image: ${image(version)}, labels: {aliyun.routing.port_80: ${prefix}, aliyun.scale: '2'}, restart: always}`;

async function releaseStatus(page: Page, id: string): Promise<string | null> {
  const response = await page.request.get(`/api/v1/applications/${id}`);
  return ((await response.json()) as { status: { releaseStatus: string | null } }).status.releaseStatus;
}

test('Test Access splits requests 50/50 over two containers, sticks to one with a cookie jar, and the listener answers curl-like requests', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const { id, name } = await readyApplication(page, cleanup, twoZoneCluster.id, 'route', nginxV1);

  const routes = new RoutesTab(page);
  await routes.goto(id);
  const row = routes.row('nginx-v1');
  await expect(row).toContainText('Simple routing');
  await expect(row).toContainText('2 healthy containers', { timeout: 30_000 });
  const host = await routes.routeHost('nginx-v1');
  expect(host).toBe(`${name}.${twoZoneCluster.id}.cn-hangzhou.alicontainer.com`);
  await expect(routes.listenerNote()).toContainText(`curl -H 'Host: ${host}' http://127.0.0.1:`);

  await routes.sendTestAccess({ cookieJar: false });
  await expect(routes.testAccess()).toContainText('100 requests to');
  await expect(routes.testAccess().getByRole('group', { name: 'Status codes' })).toHaveText(/200 × 100/);
  await expect(routes.containerBars('nginx-v1')).toHaveText([/_nginx-v1_\d+50 \(50%\)$/, /_nginx-v1_\d+50 \(50%\)$/]);
  await screenshot(page, 'routes-test-access');

  await routes.sendTestAccess({ cookieJar: true });
  await expect(routes.containerBars('nginx-v1')).toHaveText([/_nginx-v1_\d+100 \(100%\)$/]);

  // (b) The listener the tab names is real HTTP on this machine: the page names the container that served it.
  const answer = await getThroughListener(await routes.listenerPort(), host);
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('Welcome to nginx!');
  expect(answer.body).toMatch(new RegExp(`Served by container <code>${name}_nginx-v1_[12]</code>`));
});

test('a blue-green release: weights moved one version at a time, confirmed from the Application List; the next release rolled back', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
  applicationListPage,
  applicationUpdatePage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const { id, name } = await readyApplication(page, cleanup, twoZoneCluster.id, 'bg', nginxV1);
  const routes = new RoutesTab(page);

  const release = async (version: 2 | 3) => {
    await applicationListPage.goto(twoZoneCluster.id);
    await applicationListPage.action(name, 'Update').click();
    await applicationUpdatePage.waitForEditor();
    await applicationUpdatePage.version().fill(`${version}.0`);
    await page.getByRole('combobox', { name: 'Release Method' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('Blue-Green Release', { exact: true }).click();
    await applicationUpdatePage.replaceTemplate(nginxTyped(version, name));
    await applicationUpdatePage.okButton().click();
    await applicationUpdatePage.confirm();
    await expect
      .poll(() => releaseStatus(page, id), { timeout: 120_000 })
      .toBe('Blue-green release awaiting confirmation');
  };
  const fromList = async (action: 'Confirm Release Completion' | 'Rollback') => {
    await applicationListPage.goto(twoZoneCluster.id);
    await applicationListPage.action(name, action).click();
    const dialog = page.getByRole('dialog', { name: action });
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => releaseStatus(page, id), { timeout: 120_000 }).toBeNull();
    // The release ends once one version's services are deleted: only then can the next one start.
    await waitForApplicationPhase(page.request, id, 'Ready', 120_000);
  };

  // (c) Update to nginx-v2 as a blue-green release: the new version comes at weight 0.
  await release(2);
  await routes.goto(id);
  await expect(routes.row('nginx-v1')).toContainText('Old version (blue)');
  await expect(routes.row('nginx-v2')).toContainText('New version (green)');
  await expect(routes.row('nginx-v2')).toContainText('2 healthy containers', { timeout: 30_000 });
  await expect(routes.row('nginx-v1').getByRole('cell').nth(4)).toHaveText('100');
  await expect(routes.row('nginx-v2').getByRole('cell').nth(4)).toHaveText('0');
  await screenshot(page, 'routes-blue-green');

  // Moving both weights in one step warns, as the guide does; OK becomes Set Anyway.
  const dialog = await routes.openWeights();
  await routes.typeWeight('nginx-v2', 100);
  await expect(dialog.getByRole('button', { name: 'OK' })).toBeVisible();
  await routes.typeWeight('nginx-v1', 0);
  await expect(dialog.getByRole('alert')).toContainText(
    'Adjusting the weights of the new version and old version at the same time might result in the failure of some requests',
  );
  await expect(dialog.getByRole('button', { name: 'Set Anyway' })).toBeVisible();
  await screenshot(page, 'routes-weight-warning');
  // Step one: only the new version, 0 → 100.
  await routes.typeWeight('nginx-v1', 100);
  await expect(dialog.getByRole('alert')).toBeHidden();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('The service weights are set.')).toBeVisible();
  await expect(routes.row('nginx-v2').getByRole('cell').nth(4)).toHaveText('100');

  await routes.sendTestAccess({ cookieJar: false });
  await expect(routes.serviceResult('nginx-v1')).toContainText('50 requests');
  await expect(routes.serviceResult('nginx-v2')).toContainText('50 requests');
  await screenshot(page, 'routes-test-access-split');

  // Step two: the old version, 100 → 0: everything goes to v2.
  await routes.openWeights();
  await routes.typeWeight('nginx-v1', 0);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toBeHidden();
  await expect(routes.row('nginx-v1').getByRole('cell').nth(4)).toHaveText('0');
  await routes.sendTestAccess({ cookieJar: false });
  await expect(routes.serviceResult('nginx-v2')).toContainText('100 requests');
  await expect(routes.serviceResult('nginx-v1')).toBeHidden();

  await fromList('Confirm Release Completion');
  await routes.goto(id);
  await expect(routes.row('nginx-v2')).toBeVisible();
  await expect(routes.row('nginx-v1')).toBeHidden({ timeout: 60_000 });
  await expect(routes.row('nginx-v2')).not.toContainText('New version (green)');

  // (d) The next release, to nginx-v3, rolled back: v2 stays, v3 goes.
  await release(3);
  await routes.goto(id);
  await expect(routes.row('nginx-v3')).toContainText('New version (green)');
  await fromList('Rollback');
  await routes.goto(id);
  await expect(routes.row('nginx-v3')).toBeHidden({ timeout: 60_000 });
  await expect(routes.row('nginx-v2')).toContainText('2 healthy containers');
  const back = (await (await page.request.get(`/api/v1/applications/${id}`)).json()) as { spec: { version: string } };
  expect(back.spec.version).toBe('2.0');
});

test('an application without routing labels has no routes, and the tab says how to add one', async ({
  page,
  cleanup,
  twoZoneCluster,
  signInPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  const id = await createApplication(page.request, {
    clusterId: twoZoneCluster.id,
    name: uniqueApplicationName('noroute'),
    template: nginxTemplate('web'),
  });
  cleanup.application(id);
  const routes = new RoutesTab(page);
  await routes.goto(id);
  await expect(routes.table()).toContainText('This application has no routes.');
  await expect(routes.table()).toContainText('aliyun.routing.port_$container_port');
  await expect(page.getByRole('button', { name: 'Set Service Weight', exact: true })).toBeDisabled();
  await screenshot(page, 'routes-empty');
});
