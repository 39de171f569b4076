import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export interface AlarmConditionInput {
  item: string;
  interval: string;
  method: string;
  comparison: string;
  threshold: number;
  periods: string;
}

/** Alarm rules: the list with status, New Alarm Rule's two steps, and the Alarm history. */
export class AlarmRulesPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Alarm rules' });
  readonly table = () => this.page.getByRole('table', { name: 'Alarm rules' }).last();
  readonly historyTable = () => this.page.getByRole('table', { name: 'Alarm history' }).last();
  readonly dialog = () => this.page.getByRole('dialog');
  /** A button of the dialog's footer (its ✕ is also named Close). */
  readonly dialogButton = (name: string) =>
    this.dialog().locator('.ant-modal-footer').getByRole('button', { name, exact: true });
  readonly row = (name: string) => this.table().locator('tbody tr.ant-table-row').filter({ hasText: name });
  readonly historyRows = () => this.historyTable().locator('tbody tr.ant-table-row');

  /** The page of a cluster, for one container's or node's rules (`container:<id>`). */
  async goto(clusterId: string, instance?: string): Promise<void> {
    const params = new URLSearchParams({ clusterId, ...(instance ? { instance } : {}) });
    await this.page.goto(`/alarms?${params.toString()}`);
    await expect(this.heading()).toBeVisible();
  }

  private async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }

  /** Step 1, "Set alarm rules": the name and one row of the rules table. */
  async setRule(name: string, condition: AlarmConditionInput): Promise<void> {
    const dialog = this.dialog();
    await dialog.getByLabel('Rule name').fill(name);
    const row = dialog.getByRole('table', { name: 'Alarm rules' }).getByRole('row').nth(1);
    await this.choose(row, 'Monitored items', condition.item);
    await this.choose(row, 'Statistics interval', condition.interval);
    await this.choose(row, 'Statistics methods', condition.method);
    await this.choose(row, 'Comparison', condition.comparison);
    await row.getByRole('spinbutton', { name: 'Threshold' }).fill(String(condition.threshold));
    await this.choose(row, 'Consecutive periods', condition.periods);
  }

  /** Step 2, "Set the contact for alarms". */
  async setContact(name: string, email: string): Promise<void> {
    await this.dialog().getByRole('textbox', { name: 'Contact name' }).fill(name);
    await this.dialog().getByRole('textbox', { name: 'Contact email' }).fill(email);
  }

  readonly status = (name: string) => this.row(name).getByRole('cell').nth(3);
}
