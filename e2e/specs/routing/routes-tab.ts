import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The application's Routes tab: the routes table, the listener note, Set Service Weight and Test Access. */
export class RoutesTab {
  constructor(private readonly page: Page) {}

  readonly table = () => this.page.getByRole('table', { name: 'Routes' });
  readonly listenerNote = () =>
    this.page.getByRole('alert').filter({ hasText: 'Server Load Balancer listener on this machine' });
  readonly weightDialog = () => this.page.getByRole('dialog', { name: 'Set Service Weight' });
  readonly testAccess = () => this.page.getByRole('region', { name: 'Test access result' });

  /** The route row of a service, by its name in the Service column. */
  readonly row = (service: string): Locator =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByText(service, { exact: true }) });

  async goto(applicationId: string): Promise<void> {
    await this.page.goto(`/applications/${encodeURIComponent(applicationId)}?tab=routes`);
    await expect(this.table()).toBeVisible();
  }

  /** The port the cluster's Server Load Balancer really listens on, as the note says. */
  async listenerPort(): Promise<number> {
    const text = (await this.listenerNote().textContent()) ?? '';
    const port = /listener on this machine: 127\.0\.0\.1:(\d+)/.exec(text)?.[1];
    expect(port, text).toBeDefined();
    return Number(port);
  }

  /** The domain of a service's simple route, from its link. */
  async routeHost(service: string): Promise<string> {
    const href = await this.row(service).getByRole('link').first().getAttribute('href');
    return new URL(href ?? '').hostname;
  }

  /** Set Service Weight: the weights typed in, then the dialog's OK (or Set Anyway). */
  async openWeights(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Set Service Weight', exact: true }).click();
    await expect(this.weightDialog()).toBeVisible();
    return this.weightDialog();
  }

  async typeWeight(service: string, weight: number): Promise<void> {
    const input = this.weightDialog().getByLabel(`Weight of ${service}`);
    await input.fill(String(weight));
    await input.blur();
  }

  /** Test Access with the URL the form offers first, `requests` requests, and the cookie jar on or off. */
  async sendTestAccess(options: { cookieJar: boolean; requests?: number }): Promise<void> {
    const jar = this.page.getByRole('checkbox', { name: 'Keep cookies (browser cookie jar)' });
    if (options.cookieJar) await jar.check();
    else await jar.uncheck();
    if (options.requests) await this.page.getByLabel('Requests', { exact: true }).fill(String(options.requests));
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/test-access') && r.ok());
    await this.page.getByRole('button', { name: 'Send', exact: true }).click();
    await answered;
  }

  /** The bars of one service in the last Test Access result. */
  readonly serviceResult = (service: string) => this.testAccess().getByRole('group', { name: service, exact: true });
  readonly containerBars = (service: string) =>
    this.testAccess()
      .getByRole('list', { name: `Containers of ${service}` })
      .getByRole('listitem');
}
