import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

export class SignInPage {
  constructor(private readonly page: Page) {}

  readonly userName = () => this.page.getByLabel('User Name');
  readonly password = () => this.page.getByLabel('Password');
  readonly submit = () => this.page.getByRole('button', { name: 'Sign In' });
  readonly alert = () => this.page.getByRole('alert');

  async goto(): Promise<void> {
    await this.page.goto('/signin');
    await expect(this.submit()).toBeVisible();
  }

  async signIn(username: string, password: string): Promise<void> {
    await this.userName().fill(username);
    await this.password().fill(password);
    await this.submit().click();
  }

  /**
   * Signs in as the admin through the API, for specs about what comes after signing in (the form
   * has a spec of its own): the page's context gets the session cookie, and no page is loaded.
   */
  async signInAsAdminThroughApi(): Promise<void> {
    const response = await this.page.request.post('/api/v1/session', {
      data: { username: 'admin', password: process.env.E2E_ADMIN_PASSWORD! },
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  /** Signs in as the demo primary account the test server was started with. */
  async signInAsAdmin(): Promise<void> {
    await this.goto();
    await this.signIn('admin', process.env.E2E_ADMIN_PASSWORD!);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  }
}
