import { expect, test } from '../fixtures.ts';

const ENTRIES: { entry: string; path: string; heading: string; submenu?: string }[] = [
  { entry: 'Applications', path: '/applications', heading: 'Applications' },
  { entry: 'Services', path: '/services', heading: 'Services' },
  { entry: 'Clusters', path: '/clusters', heading: 'Cluster List' },
  { entry: 'Nodes', path: '/nodes', heading: 'Node List' },
  { entry: 'Data Volumes', path: '/volumes', heading: 'Data Volumes' },
  { entry: 'Docker Images', path: '/images', heading: 'Docker Images', submenu: 'Images and Templates' },
  {
    entry: 'Orchestration Templates',
    path: '/templates',
    heading: 'Orchestration Templates',
    submenu: 'Images and Templates',
  },
  { entry: 'Operation Logs', path: '/operation-logs', heading: 'Operation Logs' },
  { entry: 'Getting Started', path: '/getting-started', heading: 'Getting Started' },
  { entry: 'Overview', path: '/', heading: 'Overview' },
];

test.beforeEach(async ({ signInPage }) => {
  await signInPage.signInAsAdmin();
});

test('every navigation entry opens its page, and the URL can be reloaded', async ({ page, shell }) => {
  for (const { entry, path, heading, submenu } of ENTRIES) {
    await shell.navigate(entry, submenu);
    await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
    await expect(shell.heading()).toHaveText(heading);
  }
  await page.goto('/volumes');
  await expect(shell.heading()).toHaveText('Data Volumes');
  await expect(page.getByText('This page is not built yet.')).toBeVisible();
});

test('an unknown address shows the 404 page with a way back', async ({ page, shell }) => {
  await page.goto('/no/such/page');
  await expect(page.getByText('Sorry, the page you visited does not exist.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Overview' }).click();
  await expect(shell.heading()).toHaveText('Overview');
});
