import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

const COLUMNS = ['Name', 'Application', 'Status', 'Container Status', 'Image', 'Action'] as const;
type Column = (typeof COLUMNS)[number];

/** Services: the Service List of the selected cluster, with its filters, actions and dialogs. */
export class ServiceListPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Service List' });
  readonly table = () => this.page.getByRole('table', { name: 'Services' });
  readonly clusterSelect = () => this.page.getByRole('combobox', { name: 'Cluster' });
  readonly checkbox = (label: 'Hide System Services' | 'Hide Offline Services' | 'Hide Online Services') =>
    this.page.getByRole('checkbox', { name: label });
  readonly searchBox = () => this.page.getByRole('searchbox', { name: 'Search by service name' });
  readonly dialog = (title: string) => this.page.getByRole('dialog', { name: title });

  /** Checks or unchecks one of the Hide checkboxes (the list follows the URL it writes). */
  async setHidden(
    label: 'Hide System Services' | 'Hide Offline Services' | 'Hide Online Services',
    hidden: boolean,
  ): Promise<void> {
    const box = this.checkbox(label);
    if ((await box.isChecked()) !== hidden) await box.click();
    await expect(box).toBeChecked({ checked: hidden });
  }

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/services?clusterId=${clusterId}`);
    await expect(this.heading()).toBeVisible({ timeout: 30_000 });
  }

  /** The row of a service of an application, found by the link of its name. */
  readonly row = (name: string, application: string): Locator =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) })
      .filter({ has: this.page.getByRole('cell', { name: application, exact: true }) });

  readonly cell = (name: string, application: string, column: Column): Locator =>
    this.row(name, application).getByRole('cell').nth(COLUMNS.indexOf(column));

  /** The applications whose services the table shows. */
  async applications(): Promise<string[]> {
    const cells = this.table().locator('tbody tr.ant-table-row td:nth-child(2)');
    return (await cells.allTextContents()).map((t) => t.trim());
  }

  /** Waits until a service shows the status and, when given, the container status (live, no reload). */
  async expectService(
    name: string,
    application: string,
    { status, containers, timeout = 60_000 }: { status: string | RegExp; containers?: string; timeout?: number },
  ): Promise<void> {
    await expect(this.cell(name, application, 'Status')).toHaveText(status, { timeout });
    if (containers) await expect(this.cell(name, application, 'Container Status')).toHaveText(containers, { timeout });
  }

  /** Clicks an action of a service's Action column (Update, Stop, Activate, Delete, Reschedule, Restart, Events). */
  async act(name: string, application: string, action: string): Promise<void> {
    // Events opens the details page's Events tab: a link; the others are buttons.
    const role = action === 'Events' ? 'link' : 'button';
    await this.row(name, application).getByRole(role, { name: action, exact: true }).click();
  }

  /** Stop, Activate, Restart or Delete, confirmed with OK in the pop-up dialog box. */
  async confirm(name: string, application: string, action: 'Stop' | 'Activate' | 'Restart' | 'Delete') {
    await this.act(name, application, action);
    const dialog = this.dialog(`${action} Service`);
    await expect(dialog).toContainText(`the service ${name} of the application ${application}`);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Reschedule with the guide's two options. */
  async reschedule(
    name: string,
    application: string,
    { ignoreLocalVolumes, force }: { ignoreLocalVolumes: boolean; force: boolean },
  ): Promise<void> {
    await this.act(name, application, 'Reschedule');
    const dialog = this.dialog('Reschedule');
    await expect(dialog).toContainText('only machines with memory usage over 60% and CPU usage over 40%');
    if (ignoreLocalVolumes) await dialog.getByRole('checkbox', { name: 'Ignore Local Volumes' }).check();
    if (force) await dialog.getByRole('checkbox', { name: 'Force Reschedule' }).check();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Update: changes the service's Scale in the Edit Service dialog and confirms with OK. */
  async updateScale(name: string, application: string, scale: number): Promise<void> {
    await this.act(name, application, 'Update');
    const dialog = this.dialog('Edit Service');
    const field = dialog.getByRole('spinbutton', { name: 'Scale' });
    await expect(field).toBeVisible({ timeout: 20_000 });
    await field.fill(String(scale));
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
