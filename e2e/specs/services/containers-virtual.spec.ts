import { expect, test } from './fixtures.ts';
import { fakeContainerPage, fakeService } from './fake-workloads.ts';

test.describe.configure({ timeout: 60_000 });

const TOTAL = 100_000;
const SERVICE_ID = 's-big';

test('a service of 100,000 containers keeps about 30 rows in the DOM and scrolls to its last one', async ({
  page,
  signInPage,
  serviceDetailPage,
}) => {
  await signInPage.signInAsAdminThroughApi();
  // A fake data source: the container pages the table asks for, computed on demand.
  const pagesAsked: number[] = [];
  await page.route(`**/api/v1/services/${SERVICE_ID}`, (route) =>
    route.fulfill({ json: fakeService(SERVICE_ID, TOTAL) }),
  );
  await page.route('**/api/v1/containers?*', (route) => {
    const query = new URL(route.request().url()).searchParams;
    expect(query.get('serviceId')).toBe(SERVICE_ID);
    const pageNumber = Number(query.get('page'));
    pagesAsked.push(pageNumber);
    return route.fulfill({ json: fakeContainerPage(SERVICE_ID, TOTAL, pageNumber, Number(query.get('pageSize'))) });
  });

  await serviceDetailPage.goto(SERVICE_ID);
  const started = Date.now();
  const { containers } = serviceDetailPage;
  await expect(containers.row('big_web_1').getByRole('button', { name: 'Stop' })).toBeEnabled();
  // A benchmark figure (about 0.2 s on an idle machine; the aim is under 1 s), not a timed assertion:
  // with other specs running beside it the machine's load decides. Only a gross regression fails.
  const interactiveMs = Date.now() - started;
  test.info().annotations.push({ type: 'interactive-ms', description: String(interactiveMs) });
  expect(interactiveMs).toBeLessThan(5_000);
  await containers.expectTotal(TOTAL);
  const atTop = await containers.rows().count();
  expect(atTop).toBeGreaterThan(5);
  expect(atTop).toBeLessThanOrEqual(30);
  // Other specs' containers change meanwhile: the watch stream may have page 1 fetched again.
  expect(new Set(pagesAsked)).toEqual(new Set([1]));

  // To the end: the last page alone is fetched, not the 999 before it.
  await containers.table().evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(containers.row(`big_web_${TOTAL}`)).toBeVisible();
  await expect(containers.cell(`big_web_${TOTAL}`, 'Status')).toHaveText('running');
  const atBottom = await containers.rows().count();
  expect(atBottom).toBeLessThanOrEqual(30);
  expect(new Set(pagesAsked)).toEqual(new Set([1, TOTAL / 100]));

  // The middle, by scrolling: the rows there, still about 30 of them.
  await containers.table().evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  const nearMiddle = async () =>
    (await containers.names()).some((name) => Math.abs(Number(name.split('_').pop()) - TOTAL / 2) < 50);
  await expect.poll(nearMiddle).toBe(true);
  expect(await containers.rows().count()).toBeLessThanOrEqual(30);
});
