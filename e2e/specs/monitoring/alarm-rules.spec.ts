import { AlarmRulesPage } from '../../pages/AlarmRulesPage.ts';
import { LoadSpikePanel } from '../../pages/LoadSpikePanel.ts';
import { screenshot } from '../applications/screenshots.ts';
import { expect, test } from '../services/fixtures.ts';

test.describe.configure({ timeout: 240_000 });

interface ContainerView {
  metadata: { id: string; name: string };
}
interface MetricsView {
  series: { item: string; points: [number, number | null][] }[];
}

test('an alarm rule on a container’s CPU fires after a load spike from the simulation panel', async ({
  page,
  shop,
  serviceDetailPage,
  simulationPage,
}) => {
  const alarms = new AlarmRulesPage(page);
  const containers = (await (
    await page.request.get(`/api/v1/containers?serviceId=${shop.web.metadata.id}`)
  ).json()) as {
    items: ContainerView[];
  };
  const web1 = containers.items.find((c) => c.metadata.name === 'shop_web_1')!;
  // Twice the busiest 10 s the container has had (a minute of it at least): the usual load stays
  // under it, twenty times the traffic does not.
  const cpuPoints = async () => {
    const response = await page.request.get(`/api/v1/containers/${web1.metadata.id}/metrics`);
    const metrics = (await response.json()) as MetricsView;
    return metrics.series.find((s) => s.item === 'cpu')!.points.flatMap(([, v]) => (v === null ? [] : [v]));
  };
  await expect.poll(async () => (await cpuPoints()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
  const threshold = Math.min(80, Math.max(10, Math.ceil(Math.max(...(await cpuPoints())) * 2)));

  await test.step('New Alarm Rule for the container: the rules, then the contact, then "has been set"', async () => {
    await serviceDetailPage.goto(shop.web.metadata.id);
    await serviceDetailPage.containers.row('shop_web_1').getByRole('link', { name: 'Monitor' }).click();
    await page.getByRole('link', { name: 'View History Monitoring Data/ Set Alarm Rules' }).click();
    await expect(alarms.heading()).toBeVisible();
    await expect(page.getByText('Instance: shop_web_1')).toBeVisible();
    await page.getByRole('button', { name: 'New Alarm Rule' }).click();
    await expect(alarms.dialog()).toContainText('Set alarm rules in batch');
    await expect(alarms.dialog()).toContainText(
      `You are setting alarm rules for ${web1.metadata.id.slice(0, 12)}... instance`,
    );
    await expect(alarms.dialog().getByRole('combobox', { name: 'Statistics interval' })).toBeVisible();
    await expect(alarms.dialog()).toContainText('Please select');
    await expect(alarms.dialog()).toContainText('5 minutes');
    await alarms.dialogButton('Next').click();
    await expect(alarms.dialog()).toContainText('Enter a name for the alarm rule.');
    await alarms.setRule('web-cpu', {
      item: 'CPU',
      interval: '1 minute',
      method: 'Average',
      comparison: '>',
      threshold,
      periods: 'for 2 consecutive periods',
    });
    await screenshot(page, 'alarm-rule-new');
    await alarms.dialogButton('Next').click();
    await alarms.setContact('Ops on call', 'not-an-email');
    await alarms.dialogButton('OK').click();
    await expect(alarms.dialog()).toContainText('Enter a valid email address.');
    await alarms.setContact('Ops on call', 'ops@example.com');
    await screenshot(page, 'alarm-rule-contacts');
    await alarms.dialogButton('OK').click();
    await expect(alarms.dialog()).toContainText('The alarm rule has been set.');
    await screenshot(page, 'alarm-rule-set');
    await alarms.dialogButton('Close').click();
    await expect(alarms.row('web-cpu')).toContainText(
      `CPU Average > ${threshold.toFixed(1)}% for 2 consecutive periods of 1 minute`,
    );
    await expect(alarms.row('web-cpu')).toContainText('shop_web_1');
    // A simulated minute is 2 s here (SIM_SPEED 30): the first period ends soon.
    await expect(alarms.status('web-cpu')).toHaveText('OK', { timeout: 30_000 });
  });

  await test.step('a load spike from the simulation panel makes it fire', async () => {
    await simulationPage.goto(shop.clusterId);
    const spikes = new LoadSpikePanel(page);
    await spikes.form().getByRole('combobox', { name: 'Service' }).click();
    await page.locator('.ant-select-dropdown:visible').getByTitle('shop_web', { exact: true }).click();
    await spikes.form().getByRole('spinbutton', { name: 'Load (times usual)' }).fill('20');
    await spikes.form().getByRole('spinbutton', { name: 'Minutes' }).fill('30');
    await spikes.form().getByRole('button', { name: 'Start Load Spike' }).click();
    await expect(spikes.table()).toContainText('20 × usual');
    await alarms.goto(shop.clusterId, `container:${web1.metadata.id}`);
    await expect(alarms.status('web-cpu')).toHaveText('Alarm', { timeout: 60_000 });
    await screenshot(page, 'alarm-rules-alarm');
  });

  await test.step('the Alarm history shows it fired, on which container, and whom it notified', async () => {
    await alarms.row('web-cpu').getByRole('link', { name: 'Alarm history of web-cpu' }).click();
    await expect(page).toHaveURL(/tab=history/);
    const fired = alarms.historyRows().filter({ hasText: 'fired' }).first();
    await expect(fired).toContainText('shop_web_1');
    await expect(fired).toContainText('Alarm');
    await expect(fired).toContainText(
      new RegExp(`Alarm rule web-cpu fired on shop_web_1: CPU Average [\\d.]+% > ${threshold}\\.0% for 2 periods\\.`),
    );
    await expect(fired).toContainText('Ops on call <ops@example.com>');
    await screenshot(page, 'alarm-history');
  });

  await test.step('Modify opens the rule as it is, and saves a new threshold', async () => {
    await page.getByRole('tab', { name: 'Alarm rules' }).click();
    await alarms.row('web-cpu').getByRole('button', { name: 'Modify web-cpu' }).click();
    await expect(alarms.dialog()).toContainText('Modify Alarm Rule');
    await expect(alarms.dialog().getByLabel('Rule name')).toHaveValue('web-cpu');
    await alarms.dialog().getByRole('spinbutton', { name: 'Threshold' }).fill('95');
    await screenshot(page, 'alarm-rule-modify');
    await alarms.dialogButton('Next').click();
    await expect(alarms.dialog().getByRole('textbox', { name: 'Contact email' })).toHaveValue('ops@example.com');
    await alarms.dialogButton('OK').click();
    await expect(alarms.dialog()).toContainText('The alarm rule has been set.');
    await alarms.dialogButton('Close').click();
    await expect(alarms.row('web-cpu')).toContainText('CPU Average > 95.0% for 2 consecutive periods of 1 minute');
  });

  await test.step('Disable stops it; the status says so', async () => {
    await alarms.row('web-cpu').getByRole('button', { name: 'Disable web-cpu' }).click();
    await expect(alarms.status('web-cpu')).toHaveText('Disabled');
    await expect(alarms.row('web-cpu').getByRole('button', { name: 'Enable web-cpu' })).toBeVisible();
  });
});
