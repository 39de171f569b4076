import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ContainersTable } from './ContainersTable.ts';

/** A service's details: tabs Containers, Logs, Configurations, Events. */
export class ServiceDetailPage {
  readonly containers: ContainersTable;

  constructor(private readonly page: Page) {
    this.containers = new ContainersTable(page);
  }

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly tab = (name: 'Containers' | 'Logs' | 'Configurations' | 'Events') =>
    this.page.getByRole('tab', { name, exact: true });
  readonly portsTable = () => this.page.getByRole('table', { name: 'Ports' });
  readonly environmentTable = () => this.page.getByRole('table', { name: 'Environment variables' });
  readonly eventsTable = () => this.page.getByRole('table', { name: 'Service events' });

  async goto(serviceId: string, tab?: 'logs' | 'configurations' | 'events'): Promise<void> {
    await this.page.goto(`/services/${serviceId}${tab ? `?tab=${tab}` : ''}`);
    // The first visit loads the page's code: on a busy machine that takes a while.
    await expect(this.heading()).toHaveText(/^Service: /, { timeout: 30_000 });
  }

  async open(tab: 'Containers' | 'Logs' | 'Configurations' | 'Events'): Promise<void> {
    await this.tab(tab).click();
    await expect(this.tab(tab)).toHaveAttribute('aria-selected', 'true');
  }
}
