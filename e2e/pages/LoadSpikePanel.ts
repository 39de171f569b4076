import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** The simulation panel's Load spike card. */
export class LoadSpikePanel {
  constructor(private readonly page: Page) {}

  readonly form = () => this.page.getByRole('form', { name: 'Load spike' });
  readonly table = () => this.page.getByRole('table', { name: 'Load spikes' });

  /** Starts a spike of a service (`app_service`) and waits for it in the list. */
  async start(service: string, factor: number, minutes: number): Promise<void> {
    const form = this.form();
    await form.getByRole('combobox', { name: 'Service' }).click();
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(service, { exact: true }).click();
    await form.getByRole('spinbutton', { name: 'Load (times usual)' }).fill(String(factor));
    await form.getByRole('spinbutton', { name: 'Minutes' }).fill(String(minutes));
    await form.getByRole('button', { name: 'Start Load Spike' }).click();
    await expect(this.table().getByRole('row').filter({ hasText: service })).toContainText(`${factor} × usual`);
  }
}
