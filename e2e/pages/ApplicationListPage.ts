import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The operations of the Action column that ask "click OK" in a pop-up dialog box. */
export type ApplicationOperation = 'Stop' | 'Activate' | 'Redeploy' | 'Delete';

const DIALOG_TITLES: Record<ApplicationOperation, string> = {
  Stop: 'Stop Application',
  Activate: 'Activate Application',
  Redeploy: 'Redeploy Application',
  Delete: 'Delete Application',
};

/** Applications: the Application List of a cluster, with its columns, actions and their dialogs. */
export class ApplicationListPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Application List' });
  readonly table = () => this.page.getByRole('table', { name: 'Applications' });
  readonly clusterSelect = () => this.page.getByRole('combobox', { name: 'Cluster' });
  readonly searchBox = () => this.page.getByRole('searchbox', { name: 'Search by application name' });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create Application' });
  readonly dialog = (operation: ApplicationOperation) =>
    this.page.getByRole('dialog', { name: DIALOG_TITLES[operation] });

  /** The row of an application, found by the link of its name. */
  readonly row = (name: string): Locator =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });

  readonly status = (name: string) => this.row(name).getByRole('cell').nth(2);
  readonly containerStatus = (name: string) => this.row(name).getByRole('cell').nth(3);
  readonly action = (name: string, label: string) =>
    this.row(name)
      .getByRole('group', { name: `Actions of ${name}` })
      .getByRole(label === 'Events' ? 'link' : 'button', { name: label, exact: true });

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/applications?clusterId=${encodeURIComponent(clusterId)}`);
    await expect(this.heading()).toBeVisible();
  }

  async search(name: string): Promise<void> {
    await this.searchBox().fill(name);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  /** Waits until the Status column shows the phase (live, no reload). */
  async expectStatus(name: string, phase: string, timeout = 60_000): Promise<void> {
    await expect(this.status(name)).toHaveText(phase, { timeout });
  }

  /** Stop, Activate, Redeploy or Delete, then OK in the pop-up dialog box. */
  async operate(name: string, operation: ApplicationOperation): Promise<void> {
    await this.action(name, operation).click();
    const dialog = this.dialog(operation);
    await expect(dialog).toContainText(name);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
