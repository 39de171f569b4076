import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ContainersTable } from './ContainersTable.ts';

export type ApplicationTab = 'Services' | 'Containers' | 'Routes' | 'Logs' | 'Events' | 'Version History';

/** An application's details: Basic Information, its tabs, Update and the review of its changes. */
export class ApplicationDetailPage {
  /** The Containers tab: the shared container table. */
  readonly containers: ContainersTable;

  constructor(private readonly page: Page) {
    this.containers = new ContainersTable(page);
  }

  readonly heading = (name: string) => this.page.getByRole('heading', { level: 1, name: `Application: ${name}` });
  readonly basicInformation = () => this.page.getByRole('region', { name: 'Basic Information' });
  readonly tab = (name: ApplicationTab) => this.page.getByRole('tab', { name, exact: true });
  readonly servicesTable = () => this.page.getByRole('table', { name: 'Services' });
  readonly eventsTable = () => this.page.getByRole('table', { name: 'Application events' });
  readonly button = (name: string) => this.page.getByRole('button', { name, exact: true });

  /** A row of the Services tab, by the service's name. */
  readonly serviceRow = (name: string) =>
    this.servicesTable()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });

  async goto(id: string): Promise<void> {
    await this.page.goto(`/applications/${encodeURIComponent(id)}`);
    await expect(this.page.getByRole('heading', { level: 1, name: /^Application: / })).toBeVisible();
  }

  /** The application's id, from the details page's URL. */
  id(): string {
    return new URL(this.page.url()).pathname.split('/')[2] ?? '';
  }

  async open(tab: ApplicationTab): Promise<void> {
    await this.tab(tab).click();
    await expect(this.tab(tab)).toHaveAttribute('aria-selected', 'true');
  }

  /** Waits until the Status of Basic Information shows the phase (live, no reload). */
  async expectStatus(phase: string, timeout = 60_000): Promise<void> {
    await expect(this.basicInformation().getByText(phase, { exact: true })).toBeVisible({ timeout });
  }
}
