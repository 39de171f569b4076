import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const COLUMNS = ['Name/ID', 'Status', 'Health Check', 'Image', 'Port', 'Container IP', 'Node IP', 'Action'] as const;
type Column = (typeof COLUMNS)[number];

/** The guide's container table (virtualised: only the rows in view are in the DOM). */
export class ContainersTable {
  constructor(private readonly page: Page) {}

  readonly table = () => this.page.getByRole('table', { name: 'Containers' });
  /** The container rows in the DOM (the header row has no cells). */
  readonly rows = () =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  readonly searchBox = () => this.page.getByRole('searchbox', { name: 'Search by container name' });
  readonly dialog = (title: string) => this.page.getByRole('dialog', { name: title });

  /** The row of a container, by its name (`wordpress_web_1`), exactly. */
  readonly row = (name: string): Locator => this.rows().filter({ has: this.page.getByText(name, { exact: true }) });

  readonly cell = (name: string, column: Column): Locator =>
    this.row(name).getByRole('cell').nth(COLUMNS.indexOf(column));

  /** The names of the containers in the DOM, in order. */
  async names(): Promise<string[]> {
    const texts = await this.rows().locator('[role=cell]:first-child > div:first-child').allTextContents();
    return texts.map((t) => t.trim());
  }

  /** Waits until the table has loaded and shows `count` containers in all. */
  async expectTotal(count: number, timeout?: number): Promise<void> {
    await expect(this.table()).toHaveAttribute('aria-rowcount', String(count + 1), { timeout });
  }

  /** The Node IP of each container in the DOM, by name. */
  async nodeIps(): Promise<Map<string, string>> {
    const result = new Map<string, string>();
    for (const row of await this.rows().all()) {
      const cells = row.getByRole('cell');
      const name = ((await cells.nth(0).locator('div').first().textContent()) ?? '').trim();
      result.set(name, ((await cells.nth(COLUMNS.indexOf('Node IP')).textContent()) ?? '').trim());
    }
    return result;
  }

  /** Stop or Start in a container's Action column. */
  async switchContainer(name: string, action: 'Stop' | 'Start'): Promise<void> {
    await this.row(name).getByRole('button', { name: action, exact: true }).click();
  }

  /** Delete in a container's Action column, confirmed with OK. */
  async deleteContainer(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = this.dialog('Delete Container');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
