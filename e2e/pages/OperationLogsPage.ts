import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Operation Logs: every change made in the account, with its filters and paging. */
export class OperationLogsPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Operation Logs' });
  readonly table = () => this.page.getByRole('table', { name: 'Operation logs' });
  readonly search = () => this.page.getByRole('searchbox', { name: 'Search by request ID or resource name' });
  /** The data rows (the header row has no cell). */
  readonly rows = () =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });

  /** The row of one request, found by its Request ID. */
  readonly rowOf = (requestId: string): Locator => this.rows().filter({ hasText: requestId });

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/operation-logs${query}`);
    await expect(this.heading()).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.search().fill(text);
    await this.search().press('Enter');
  }

  /** Picks an option of one of the filter selects (Resource type, Result). */
  async choose(filter: 'Resource type' | 'Result', option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: filter }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }

  /** Expects a row's Action, Resource and Result cells to read so. */
  async expectEntry(row: Locator, entry: { action: string; resource?: string; result: 'Succeeded' | 'Failed' }) {
    const cells = row.getByRole('cell');
    await expect(cells.nth(2)).toHaveText(entry.action);
    if (entry.resource) await expect(cells.nth(3)).toContainText(entry.resource);
    await expect(cells.nth(5)).toHaveText(entry.result);
  }
}
