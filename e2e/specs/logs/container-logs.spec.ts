import { LogViewer } from '../../pages/LogViewer.ts';
import { screenshot } from '../applications/screenshots.ts';
import { expect, test } from '../services/fixtures.ts';

const LINE = /^shop_web_\d \| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z /;

test.describe.configure({ timeout: 180_000 });

test('a container’s Logs: its lines, Follow, search with highlights, Download Logs', async ({
  page,
  shop,
  serviceDetailPage,
}) => {
  const logs = new LogViewer(page, 'Logs of shop_web_1');

  await test.step('Logs in the container table opens the container’s log', async () => {
    await serviceDetailPage.goto(shop.web.metadata.id);
    await serviceDetailPage.containers.row('shop_web_1').getByRole('link', { name: 'Logs' }).click();
    await expect(page).toHaveURL(/\/containers\/[^/?]+$/);
    await logs.expectLines();
    const texts = await logs.texts();
    expect(texts.every((t) => /^shop_web_1 \| \d{4}-\d\d-\d\dT[\d:.]{18}Z /.test(t))).toBe(true);
    await expect(logs.entriesPerContainer()).toBeVisible();
    await expect(logs.startTime()).toBeVisible();
    await screenshot(page, 'container-logs');
  });

  await test.step('Follow shows new lines as they are written', async () => {
    await logs.follow().click();
    await expect(page).toHaveURL(/follow=1/);
    await expect(page.getByText('Following new lines')).toBeVisible();
    const last = async () => (await logs.texts()).at(-1);
    const before = await last();
    await expect.poll(last, { timeout: 30_000 }).not.toBe(before);
    await screenshot(page, 'container-logs-follow');
    await logs.follow().click();
    await expect(page).not.toHaveURL(/follow=1/);
  });

  await test.step('a search highlights its matches and counts them', async () => {
    await logs.search().fill('get /');
    await expect(logs.matchCount()).toHaveText(/^\d+ matching lines?$/);
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect(logs.matchCount()).toHaveText(/^1 of \d+ matching lines?$/);
    await expect(logs.highlights().first()).toHaveText(/^get \/$/i);
    await expect(page).toHaveURL(/search=get/);
    await screenshot(page, 'container-logs-search');
    await logs.search().clear();
  });

  await test.step('Download Logs saves shop_web_1.log with the lines shown, Entries Per Container of them', async () => {
    await logs.entriesPerContainer().click();
    await logs.option('1,000').click();
    await expect(page).toHaveURL(/tail=1000/);
    await expect(logs.log()).toHaveAttribute('aria-busy', 'false');
    const newest = (await logs.texts()).at(-1);
    const { download, text } = await logs.download();
    expect(download.suggestedFilename()).toBe('shop_web_1.log');
    const lines = text.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(1_000);
    expect(lines.every((line) => line.startsWith('shop_web_1 | ') && LINE.test(line))).toBe(true);
    expect(lines).toContain(newest);
  });
});

test('the service and application Logs tabs show the lines of several containers', async ({
  page,
  shop,
  serviceDetailPage,
  applicationDetailPage,
}) => {
  await test.step('the service’s Logs tab merges its containers, filtered by name on request', async () => {
    const logs = new LogViewer(page, 'Logs of web');
    await serviceDetailPage.goto(shop.web.metadata.id);
    await serviceDetailPage.open('Logs');
    await logs.expectLines();
    await expect.poll(async () => (await logs.sources()).size).toBeGreaterThan(1);
    await logs.containerFilter().click();
    for (const name of ['All', 'shop_web_1', 'shop_web_2', 'shop_web_3']) await expect(logs.option(name)).toBeVisible();
    await logs.option('shop_web_2').click();
    await expect(page).toHaveURL(/container=shop_web_2/);
    await expect.poll(async () => [...(await logs.sources())]).toEqual(['shop_web_2']);
    await screenshot(page, 'service-logs');
  });

  await test.step('the application’s Logs tab shows every container’s lines', async () => {
    const logs = new LogViewer(page, 'Logs of shop');
    await applicationDetailPage.goto(shop.applicationId);
    await applicationDetailPage.open('Logs');
    await logs.expectLines();
    await expect.poll(async () => (await logs.sources()).size).toBeGreaterThan(1);
    expect([...(await logs.sources())].every((name) => /^shop_web_\d$/.test(name))).toBe(true);
    await screenshot(page, 'application-logs');
  });

  await test.step('the cluster’s View Logs page shows its log in the same viewer', async () => {
    const logs = new LogViewer(page, 'Cluster log');
    await page.goto(`/clusters/${shop.clusterId}/logs`);
    await logs.expectLines();
    await expect(logs.follow()).toBeChecked();
    await screenshot(page, 'cluster-logs');
  });
});
