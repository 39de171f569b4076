import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The panel's faults aimed at a service. */
export type ServiceFaultTitle = 'Probe failure' | 'Container crash' | 'Task exits with an error';

/** Simulation: node and zone outages, faults and image digest pushes on the simulated cloud. */
export class SimulationPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Simulation' });
  readonly nodesTable = () => this.page.getByRole('table', { name: 'Nodes' });
  readonly zones = () => this.page.getByRole('list', { name: 'Zones' });
  readonly faultsTable = () => this.page.getByRole('table', { name: 'Armed faults' });
  readonly pushedImages = () => this.page.getByRole('table', { name: 'Pushed images' });
  readonly faultForm = (title: 'Image pull failure' | ServiceFaultTitle) =>
    this.page.getByRole('form', { name: title });

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/simulation?clusterId=${clusterId}`);
    await expect(this.heading()).toBeVisible({ timeout: 30_000 });
  }

  readonly nodeRow = (ip: string) =>
    this.nodesTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: ip, exact: true }) });

  /** The private IPs of the cluster's nodes, in the table's order. */
  async nodeIps(): Promise<string[]> {
    await expect(this.nodesTable().locator('tbody tr.ant-table-row').first()).toBeVisible();
    return (await this.nodesTable().locator('tbody tr.ant-table-row td:first-child').allTextContents()).map((t) =>
      t.trim(),
    );
  }

  async takeDown(ip: string): Promise<void> {
    await this.nodeRow(ip).getByRole('button', { name: 'Take Down' }).click();
    await expect(this.nodeRow(ip).getByRole('cell').nth(3)).toHaveText('Offline', { timeout: 30_000 });
  }

  async bringUp(ip: string): Promise<void> {
    await this.nodeRow(ip).getByRole('button', { name: 'Bring Up' }).click();
    await expect(this.nodeRow(ip).getByRole('cell').nth(3)).toHaveText('Normal', { timeout: 30_000 });
  }

  /** Pushes a new digest for an image and answers the row the pushed list shows for it. */
  async pushImage(image: string) {
    const form = this.page.getByRole('form', { name: 'Push a new image digest' });
    await form.getByLabel('Image').fill(image);
    await form.getByRole('button', { name: 'Push', exact: true }).click();
    return this.pushedImages().getByRole('row').filter({ hasText: image });
  }

  /** Arms a probe failure or a container crash for a service (`app_service`), `count` times. */
  async armServiceFault(title: ServiceFaultTitle, service: string, count: number): Promise<void> {
    const form = this.faultForm(title);
    await form.getByRole('combobox', { name: 'Service' }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(service, { exact: true }).click();
    await form.getByRole('spinbutton').fill(String(count));
    await form.getByRole('button', { name: `Arm ${title}` }).click();
  }

  /** Arms an image pull failure, `count` times. */
  async armPullFailure(image: string, count: number): Promise<void> {
    const form = this.faultForm('Image pull failure');
    await form.getByLabel('Image').fill(image);
    await form.getByRole('spinbutton').fill(String(count));
    await form.getByRole('button', { name: 'Arm Image pull failure' }).click();
  }
}
