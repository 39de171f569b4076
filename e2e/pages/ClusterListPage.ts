import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** Clusters: the Cluster List with its search, columns, actions and their dialogs. */
export class ClusterListPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Cluster List' });
  readonly table = () => this.page.getByRole('table', { name: 'Clusters' });
  readonly searchBox = () => this.page.getByRole('searchbox', { name: 'Search by cluster name' });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create Cluster' });
  readonly dialog = (title: string) => this.page.getByRole('dialog', { name: title });

  /** The row of a cluster, found by the link of its name. */
  readonly row = (name: string): Locator =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });

  /** The names of the clusters the table shows. */
  readonly names = () => this.table().getByRole('row').locator('td:first-child a');

  async goto(): Promise<void> {
    await this.page.goto('/clusters');
    await expect(this.heading()).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  /** Waits until the Cluster Status column of the cluster shows the phase (live, no reload). */
  async expectStatus(name: string, phase: string, timeout = 60_000): Promise<void> {
    await expect(this.row(name).getByRole('cell').nth(4)).toHaveText(phase, { timeout });
  }

  /** The Number of Nodes column. */
  readonly nodeCount = (name: string) => this.row(name).getByRole('cell').nth(6);

  /** Opens More and chooses an entry (Expand, Add Existing Instances, …). */
  async chooseMore(name: string, entry: string): Promise<void> {
    await this.row(name).getByRole('button', { name: 'More' }).click();
    await this.page.getByRole('menuitem', { name: entry }).click();
  }

  /** Delete, confirming with the guide's dialog. */
  async delete(name: string, { keepSlb }: { keepSlb: boolean }): Promise<void> {
    await this.row(name).getByRole('button', { name: 'Delete' }).click();
    const dialog = this.dialog('Delete Cluster');
    await expect(dialog).toContainText('Use this operation with due care');
    if (keepSlb) await dialog.getByRole('checkbox', { name: 'Keep the Server Load Balancer instance' }).check();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }

  /** More > Expand: adds `quantity` nodes in `zone`. */
  async expand(name: string, { zone, quantity, password }: { zone: string; quantity: number; password: string }) {
    await this.chooseMore(name, 'Expand');
    const dialog = this.dialog('Expand');
    await expect(dialog).toContainText('Instances added to the cluster are Pay-As-You-Go instances.');
    await dialog.getByLabel('Zone').click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(zone, { exact: true }).click();
    await dialog.getByLabel('Instance Quantity').fill(String(quantity));
    await dialog.getByLabel('Logon Password').fill(password);
    await dialog.getByLabel('Confirm Password').fill(password);
    await dialog.getByRole('button', { name: 'Expand' }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * More > Add Existing Instances > Manually Add with the first instance that can be added; answers
   * the command the dialog shows, leaving the dialog open on it.
   */
  async addExistingInstanceManually(name: string): Promise<{ instanceId: string; command: string }> {
    await this.chooseMore(name, 'Add Existing Instances');
    const dialog = this.dialog('Add Existing Instances');
    // antd draws the radio button over a hidden input: click what is drawn.
    await dialog.getByRole('radio', { name: 'Manually Add' }).locator('xpath=ancestor::label[1]').click();
    const candidates = dialog.getByRole('table', { name: 'ECS instances' }).getByRole('radio', { disabled: false });
    await candidates.first().check();
    const instanceId = (await candidates.first().getAttribute('aria-label')) ?? '';
    await dialog.getByRole('button', { name: 'Next' }).click();
    await expect(dialog).toContainText(instanceId);
    await dialog.getByRole('button', { name: 'Next Step' }).click();
    const command = dialog.getByLabel('Command to execute');
    await expect(command).toContainText(instanceId);
    await dialog.getByRole('button', { name: 'Copy' }).click();
    return { instanceId, command: (await command.textContent()) ?? '' };
  }

  readonly attachDialogDone = () => this.dialog('Add Existing Instances').getByRole('button', { name: 'Done' });
}
