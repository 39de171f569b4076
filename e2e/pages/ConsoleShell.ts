import type { Page } from '@playwright/test';

/** The frame around every signed-in page: left navigation and top bar. */
export class ConsoleShell {
  constructor(private readonly page: Page) {}

  readonly navigation = () => this.page.getByRole('navigation');
  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly signOutButton = () => this.page.getByRole('button', { name: 'Sign Out' });
  readonly signedInUser = () => this.page.getByRole('group', { name: 'Signed-in user' });

  /** Clicks a navigation entry; entries inside a submenu open it first. */
  async navigate(entry: string, submenu?: string): Promise<void> {
    if (submenu) {
      const item = this.navigation().getByRole('menuitem', { name: entry });
      if (!(await item.isVisible())) await this.navigation().getByText(submenu, { exact: true }).click();
    }
    await this.navigation().getByRole('menuitem', { name: entry }).click();
  }
}
