import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Nodes: the Node List of the selected cluster. */
export class NodesPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Node List' });
  readonly clusterSelect = () => this.page.getByRole('combobox', { name: 'Cluster' });
  readonly table = () => this.page.getByRole('table', { name: 'Nodes' });
  readonly rows = () => this.table().locator('tbody tr.ant-table-row');
  readonly dialog = (title: string) => this.page.getByRole('dialog', { name: title });

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/nodes?clusterId=${clusterId}`);
    await expect(this.heading()).toBeVisible();
  }

  /** The row of a node, by its IP address or instance ID. */
  readonly row = (text: string) => this.table().getByRole('row').filter({ hasText: text });

  /** The instance ID of the node in a row (Instance ID/Name column). */
  async instanceIdOf(rowIndex: number): Promise<string> {
    const cell = this.rows().nth(rowIndex).getByRole('cell').nth(2);
    return ((await cell.locator('div').first().textContent()) ?? '').trim();
  }

  /** More > Remove, optionally migrating the node's containers. */
  async remove(text: string, { migrateContainers }: { migrateContainers: boolean }): Promise<void> {
    await this.row(text).getByRole('button', { name: 'More' }).click();
    await this.page.getByRole('menuitem', { name: 'Remove' }).click();
    const dialog = this.dialog('Remove Node');
    await expect(dialog).toContainText('Container migration causes loss of the data in local volumes.');
    if (migrateContainers) await dialog.getByRole('checkbox', { name: 'Migrate Containers' }).check();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog).toBeHidden();
  }
}
