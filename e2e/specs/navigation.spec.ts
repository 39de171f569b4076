import { expect, test } from '../fixtures.ts';

interface Entry {
  entry: string;
  path: string;
  heading: string;
  submenu?: string;
}

const ENTRIES: Entry[] = [
  { entry: 'Applications', path: '/applications', heading: 'Application List' },
  { entry: 'Services', path: '/services', heading: 'Service List' },
  { entry: 'Clusters', path: '/clusters', heading: 'Cluster List' },
  { entry: 'Nodes', path: '/nodes', heading: 'Node List' },
  { entry: 'Data Volumes', path: '/volumes', heading: 'Data Volume List' },
  { entry: 'Docker Images', path: '/images', heading: 'Docker Images', submenu: 'Images and Templates' },
  {
    entry: 'Orchestration Templates',
    path: '/templates',
    heading: 'Orchestration Templates',
    submenu: 'Images and Templates',
  },
  { entry: 'Operation Logs', path: '/operation-logs', heading: 'Operation Logs' },
  { entry: 'Instances', path: '/load-balancers', heading: 'Server Load Balancer', submenu: 'Server Load Balancer' },
  {
    entry: 'Certificates',
    path: '/load-balancers/certificates',
    heading: 'Certificates',
    submenu: 'Server Load Balancer',
  },
  { entry: 'Getting Started', path: '/getting-started', heading: 'Getting Started' },
  { entry: 'Simulation', path: '/simulation', heading: 'Simulation' },
  { entry: 'Overview', path: '/', heading: 'Overview' },
];

test.beforeEach(async ({ signInPage }) => {
  await signInPage.signInAsAdminThroughApi();
});

// One test per entry rather than one walk through all of them: every entry is a lazy route (its
// chunks fetched and run), and the walk through every entry after a sign-in needed 27-35 s on a
// loaded machine, around the 30 s test timeout, although no single wait came near its own limit.
for (const { entry, path, heading, submenu } of ENTRIES) {
  test(`the ${entry} entry opens ${path}`, async ({ page, shell }) => {
    // Start on another page, so that the click is what opens this one.
    const start =
      path === '/' ? { path: '/getting-started', heading: 'Getting Started' } : { path: '/', heading: 'Overview' };
    await page.goto(start.path);
    await expect(shell.heading()).toHaveText(start.heading);

    // Pages with a cluster selector add the cluster chosen to the URL once clusters exist (other tests make them).
    const opened = new RegExp(`${path === '/' ? '/' : path}(\\?clusterId=\\w+)?$`);
    // A click on a submenu's item while the submenu still unfolds can miss on a loaded machine: click again.
    await expect(async () => {
      await shell.navigate(entry, submenu);
      await expect(page).toHaveURL(opened, { timeout: 3_000 });
    }).toPass({ timeout: 20_000 });
    await expect(shell.heading()).toHaveText(heading);
  });
}

test('a page of the console can be loaded from its URL', async ({ page, shell }) => {
  await page.goto('/volumes');
  await expect(shell.heading()).toHaveText('Data Volume List');
  await expect(page.getByRole('table', { name: 'Data volumes' })).toBeVisible();
  await page.reload();
  await expect(shell.heading()).toHaveText('Data Volume List');
});

test('an unknown address shows the 404 page with a way back', async ({ page, shell }) => {
  await page.goto('/no/such/page');
  await expect(page.getByText('Sorry, the page you visited does not exist.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to Overview' }).click();
  await expect(shell.heading()).toHaveText('Overview');
});
