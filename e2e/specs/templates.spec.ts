import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures.ts';

test.describe.configure({ timeout: 60_000 });

/** A template name no other test uses. */
const uniqueName = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test.beforeEach(async ({ signInPage }) => {
  await signInPage.signInAsAdmin();
});

test('a template is typed in Monaco, checked as it is typed, given a service from the panel, saved, downloaded and deleted', async ({
  page,
  templateListPage,
  templateEditorPage: editor,
  templateDetailPage,
}) => {
  const origin = new URL(page.url()).origin;
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) elsewhere.push(url);
  });

  await templateListPage.goto('mine');
  await templateListPage.createButton().click();
  await expect(page).toHaveURL(/\/templates\/create$/);
  await editor.waitForEditor();
  // Monaco, its workers and the YAML support are served by the console itself: no CDN.
  expect(elsewhere).toEqual([]);

  const name = uniqueName('e2e-tpl');
  await editor.name().fill(name);
  await editor.description().fill('Typed in the editor');
  await editor.typeLines(['web:', 'image: nginx:latest', '#build: .']);
  await expect(editor.problems()).toContainText('No problems found.');

  // Uncommenting `build:` (not supported by the Container Service) marks it as an error. The time
  // from keystroke to marker is printed for `npm run bench` (median of three), not asserted here.
  const latencies: number[] = [];
  for (let round = 0; round < 3; round++) {
    if (round > 0) {
      await page.keyboard.type('#');
      await expect(editor.errorMarkers()).toHaveCount(0);
    }
    await page.keyboard.press('Home');
    latencies.push(await editor.markerLatency('Delete'));
  }
  const median = [...latencies].sort((a, b) => a - b)[1] ?? Infinity;
  process.stdout.write(
    `${JSON.stringify({ bench: 'console.editor-marker-latency', medianMs: Math.round(median), ms: latencies.map(Math.round) })}\n`,
  );
  await expect(editor.problems()).toContainText('Line 3:3');

  // Saving is refused while there are errors, with the list.
  await editor.createButton().click();
  await expect(editor.saveErrors()).toContainText('Line 3:3: `build` is not supported');
  await expect(page).toHaveURL(/\/templates\/create$/);

  // Removing the line removes the marker.
  await editor.deleteLine('build');
  await expect(editor.errorMarkers()).toHaveCount(0);
  await expect(editor.problems()).toContainText('No problems found.');

  // The panel lists the service typed, and adds one to the text.
  await expect(editor.service('web')).toContainText('nginx:latest');
  await editor.addService('redis');
  await expect(editor.service('redis')).toContainText('redis:latest');
  await expect(editor.text()).toContainText('redis: image: redis:latest restart: always labels: aliyun.scale: "1"');
  await editor.setScale('web', 2);
  await expect(editor.text()).toContainText('aliyun.scale: "2"');

  await editor.createButton().click();
  await expect(templateDetailPage.heading(name)).toBeVisible();

  const download = await templateDetailPage.download();
  expect(download.suggestedFilename()).toBe(`${name}.yml`);
  expect(await readFile(await download.path(), 'utf8')).toBe(
    [
      'web:',
      '  image: nginx:latest',
      '  labels:',
      '    aliyun.scale: "2"',
      'redis:',
      '  image: redis:latest',
      '  restart: always',
      '  labels:',
      '    aliyun.scale: "1"',
    ].join('\n'),
  );

  await templateDetailPage.delete(name);
  await expect(page).toHaveURL(/\/templates\?tab=mine$/);
  await expect(templateListPage.card(name)).toHaveCount(0);
  expect(elsewhere).toEqual([]);
});

test('a sample is saved as one’s own; a save over someone else’s change shows the 409 and Reload', async ({
  page,
  templateListPage,
  templateEditorPage: editor,
  templateDetailPage,
}) => {
  await templateListPage.goto();
  await templateListPage.search('JEN');
  await expect(templateListPage.cards()).toHaveCount(1);
  await templateListPage.openDetails('jenkins');
  await expect(templateDetailPage.button('Edit')).toHaveCount(0);

  await templateDetailPage.button('Save as My Template').click();
  const name = uniqueName('e2e-jenkins');
  await editor.name().fill(name);
  await expect(editor.service('slave-nodejs')).toBeVisible();
  await editor.createButton().click();
  await expect(templateDetailPage.heading(name)).toBeVisible();
  const id = new URL(page.url()).pathname.split('/').pop() ?? '';

  await templateDetailPage.button('Edit').click();
  // The edit page has the version it edits (the detail page's read-only editor is no sign of it).
  await expect(page.getByRole('heading', { name: `Edit Template: ${name}` })).toBeVisible();
  await editor.waitForEditor();
  // Someone else saves the template meanwhile.
  const current = await (await page.request.get(`/api/v1/templates/${id}`)).json();
  const theirs = 'jenkins:\n  image: registry.aliyuncs.com/acs-sample/jenkins:1.651.3\n';
  const saved = await page.request.put(`/api/v1/templates/${id}`, {
    data: { description: 'Changed elsewhere', content: theirs, resourceVersion: current.metadata.resourceVersion },
  });
  expect(saved.status()).toBe(200);

  await editor.description().fill('Mine');
  await editor.saveButton().click();
  const stale = page.getByRole('alert').filter({ hasText: 'changed by someone else' });
  await expect(stale).toContainText('Reload and try again.');
  await stale.getByRole('button', { name: 'Reload' }).click();
  await expect(stale).toBeHidden();
  await expect(editor.description()).toHaveValue('Changed elsewhere');
  await expect(editor.service('slave-nodejs')).toHaveCount(0);
  await editor.saveButton().click();
  await expect(templateDetailPage.heading(name)).toBeVisible();

  await templateListPage.goto('mine');
  await expect(templateListPage.tab('My Templates')).toHaveAttribute('aria-selected', 'true');
  await expect(templateListPage.card(name)).toBeVisible();
});

test('Docker Images: Popular and Official, a search, and a version chosen for Create Application', async ({
  page,
  imagesPage,
}) => {
  await imagesPage.goto();
  await expect(imagesPage.row('nginx')).toContainText('Official build of Nginx.');
  await imagesPage.search('proxy');
  await expect(imagesPage.row('acs/proxy')).toContainText('ALIYUN_HUB');
  await imagesPage.tab('Official').click();
  await expect(page).toHaveURL(/\/images\?(?=.*tab=official)(?=.*name=proxy)/);
  await expect(imagesPage.row('haproxy')).toBeVisible();
  await expect(imagesPage.row('acs/proxy')).toHaveCount(0);
  await imagesPage.search('sql');
  await expect(imagesPage.table().getByRole('row')).toHaveCount(2);
  await expect(page).toHaveURL(/\/images\?(?=.*tab=official)(?=.*name=sql)/);
  await expect(imagesPage.row('mysql')).toContainText('DOCKER_HUB');
  await imagesPage.createApplication('mysql', '5.7');
  await expect(page).toHaveURL(/\/applications\/create\?image=mysql&version=5\.7$/);
});
