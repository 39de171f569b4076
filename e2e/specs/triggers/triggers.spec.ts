import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { ApplicationDetailPage } from '../../pages/ApplicationDetailPage.ts';
import { nginxTemplate } from '../applications/application-api.ts';
import { expect, test } from '../applications/application-test.ts';
import { screenshot } from '../applications/screenshots.ts';
import { readyApplication } from '../routing/ready-application.ts';

const CURL = '/usr/bin/curl';
const run = promisify(execFile);

/** `curl -sS -w '\n%{http_code}' LINK`, as the guide's Jenkins script ends: no shell, the link is one argument. */
async function curl(link: string): Promise<{ status: number; body: string }> {
  const { stdout } = await run(CURL, ['-sS', '-w', '\n%{http_code}', link], { timeout: 20_000 });
  const lines = stdout.split('\n');
  return { status: Number(lines.pop()), body: lines.join('\n') };
}

test.describe.configure({ timeout: 180_000 });

test('a Redeploy trigger made in the console, called with curl, redeploys the application; a wrong secret is 403', async ({
  page,
  context,
  cleanup,
  twoZoneCluster,
  signInPage,
}) => {
  test.skip(!existsSync(CURL) && process.env.CI !== 'true', 'curl is not installed (npm test installs it)');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInPage.signInAsAdminThroughApi();
  const { id, name } = await readyApplication(page, cleanup, twoZoneCluster.id, 'nodejs-demo', () =>
    nginxTemplate('express', 1),
  );
  const details = new ApplicationDetailPage(page);
  await details.goto(id);
  await details.expectStatus('Ready');

  await expect(page.getByText('1. You can only have one of each trigger type.')).toBeVisible();
  const triggers = page.getByRole('table', { name: 'Triggers' });
  for (const column of ['Trigger Link (move mouse over to copy)', 'Secret (move mouse over to copy)', 'Type', 'Action'])
    await expect(triggers.getByRole('columnheader', { name: column })).toBeVisible();

  await page.getByRole('button', { name: 'Create Trigger', exact: true }).click();
  const create = page.getByRole('dialog', { name: 'Create Trigger' });
  await expect(create.getByText('Redeploy', { exact: true })).toBeVisible();
  await screenshot(page, 'trigger-create-dialog');
  await create.getByRole('button', { name: 'Create' }).click();

  const shown = page.getByRole('dialog', { name: 'Redeploy trigger created' });
  await expect(shown.getByText('its secret will not be shown again')).toBeVisible();
  const linkText = shown.locator('code').first();
  const link = (await linkText.textContent()) ?? '';
  expect(link).toMatch(/\/hook\/trigger\?triggerUrl=[A-Za-z0-9_-]+&secret=[0-9a-f]{36}$/);
  await linkText.hover();
  await shown.getByRole('button', { name: 'Copy Trigger link' }).click();
  await expect(page.getByText('Trigger link copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(link);
  await screenshot(page, 'trigger-created-secret-once');
  await shown.getByRole('button', { name: 'I have copied the link' }).click();
  await expect(shown).toBeHidden();

  const row = triggers.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Redeploy', exact: true }) });
  await expect(row).toContainText('/hook/trigger?triggerUrl=');
  const secret = new URL(copied).searchParams.get('secret')!;
  await expect(row).not.toContainText(secret);
  await expect(row).toContainText(`********${secret.slice(-4)}`);
  await expect(page.getByRole('button', { name: 'Create Trigger', exact: true })).toBeEnabled();
  await screenshot(page, 'trigger-table');

  const wrong = new URL(copied);
  wrong.searchParams.set('secret', '0'.repeat(36));
  const refused = await curl(wrong.toString());
  expect(refused.status).toBe(403);
  expect(JSON.parse(refused.body)).toMatchObject({ status: 403 });

  const accepted = await curl(copied);
  expect(accepted.status).toBe(200);
  expect(JSON.parse(accepted.body)).toMatchObject({ accepted: true, type: 'redeploy', application: name });
  // At 30x the redeploy may be over before a poll sees Redeploying: its events and Ready tell it happened.
  await details.expectStatus('Ready');

  await details.open('Events');
  const events = details.eventsTable();
  await expect(events).toContainText(
    `A call of the Redeploy trigger of application ${name} was accepted: redeploy application ${name}.`,
  );
  await expect(events).toContainText(`Start to redeploy application ${name}.`);
  await expect(events).toContainText(
    `A call of the Redeploy trigger of application ${name} was refused: its secret is wrong.`,
  );
  await screenshot(page, 'trigger-events');

  // Scale Out: the other type, on the application's service, by 2 containers a call.
  await page.getByRole('button', { name: 'Create Trigger', exact: true }).click();
  const scaleOut = page.getByRole('dialog', { name: 'Create Trigger' });
  await expect(scaleOut.getByText('Scale Out', { exact: true })).toBeVisible();
  // antd's role=option nodes are hidden stand-ins for screen readers: click the visible item, and
  // again if a refetch of the services (the redeploy just made) re-rendered the list under the click.
  await expect(async () => {
    await scaleOut.getByRole('combobox', { name: 'Service' }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'express (1 container)' })
      .click({ timeout: 5_000 });
    // The dropdown is a portal outside the dialog: the label inside it is the chosen value.
    await expect(scaleOut.locator('.ant-select', { hasText: 'express (1 container)' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await scaleOut.getByRole('spinbutton', { name: 'Scale Out Amount' }).fill('2');
  await screenshot(page, 'trigger-create-scale-out');
  await scaleOut.getByRole('button', { name: 'Create' }).click();
  const scaleShown = page.getByRole('dialog', { name: 'Scale Out trigger created' });
  const scaleLink = (await scaleShown.locator('code').first().textContent()) ?? '';
  await scaleShown.getByRole('button', { name: 'I have copied the link' }).click();
  await expect(triggers.getByRole('cell', { name: 'Scale Out (express +2)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create Trigger', exact: true })).toBeDisabled();
  const scaled = await curl(scaleLink);
  expect(JSON.parse(scaled.body)).toMatchObject({ message: 'scale out service express from 1 to 3 containers.' });
  await expect(details.basicInformation().getByText('Ready:3 Stop:0')).toBeVisible({ timeout: 60_000 });
  await screenshot(page, 'trigger-scaled-out');

  await row.getByRole('button', { name: 'Delete Trigger' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete Trigger' });
  await confirm.getByRole('button', { name: 'OK' }).click();
  await expect(triggers.getByRole('cell', { name: 'Redeploy', exact: true })).toHaveCount(0);
  await expect(triggers.getByRole('row').filter({ hasText: '/hook/trigger' })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Create Trigger', exact: true })).toBeEnabled();
  expect((await curl(copied)).status).toBe(404);
});
