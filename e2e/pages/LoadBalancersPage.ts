import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The Server Load Balancer console: Instance Management, an instance's Manage page, Add Listener and Certificates. */
export class LoadBalancersPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly table = () => this.page.getByRole('table', { name: 'Server Load Balancers' }).last();
  readonly listeners = () => this.page.getByRole('table', { name: 'Listeners' }).last();
  readonly row = (table: Locator, text: string) => table.locator('tbody tr.ant-table-row').filter({ hasText: text });
  /** The dialog on top (Create Certificate opens over Add Listener). */
  readonly dialog = (title: string) => this.page.getByRole('dialog', { name: title, exact: true });

  async gotoList(): Promise<void> {
    await this.page.goto('/load-balancers');
    await expect(this.heading()).toHaveText('Server Load Balancer');
  }

  async createInstance(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Create Server Load Balancer' }).click();
    const dialog = this.dialog('Create Server Load Balancer');
    await dialog.getByLabel('Load Balancer Name').fill(name);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.row(this.table(), name)).toBeVisible();
  }

  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }

  /** Step 1 of Add Listener: protocols and ports. */
  async configureListener(front: string, frontPort: number, backPort: number): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Create Listener' }).click();
    const wizard = this.dialog('Add Listener');
    await expect(wizard).toContainText('Listener Configuration');
    await this.choose(wizard, 'Frontend Protocol', front);
    await wizard.getByRole('spinbutton', { name: 'Frontend Port' }).fill(String(frontPort));
    await wizard.getByRole('spinbutton', { name: 'Backend Port' }).fill(String(backPort));
    return wizard;
  }

  /** Next Step, then Confirm on Health Check Configuration; the listener shows in the Listening tab. */
  async finishListener(wizard: Locator, label: string, path?: string): Promise<void> {
    await wizard.getByRole('button', { name: 'Next Step' }).click();
    await expect(wizard.getByRole('switch', { name: 'Activate health check' })).toBeVisible();
    if (path) await wizard.getByLabel('Health Check Route').fill(path);
    await wizard.getByRole('button', { name: 'Confirm' }).click();
    await expect(wizard).toBeHidden();
    await expect(this.row(this.listeners(), label)).toBeVisible();
  }

  /** Fills Create Certificate (a server certificate) and confirms. */
  async fillCertificate(name: string, certificate: string, privateKey: string): Promise<Locator> {
    const dialog = this.dialog('Create Certificate');
    await dialog.getByLabel('Certificate Name').fill(name);
    await dialog.getByLabel('Certificate Contents').fill(certificate);
    await dialog.getByLabel('Private Key').fill(privateKey);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    return dialog;
  }
}
