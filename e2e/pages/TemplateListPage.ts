import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Orchestration Templates: the Sample and My Templates tabs with their cards. */
export class TemplateListPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Orchestration Templates' });
  readonly tab = (name: 'Sample' | 'My Templates') => this.page.getByRole('tab', { name });
  readonly searchBox = () => this.page.getByRole('searchbox', { name: 'Search by template name prefix' });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create', exact: true });
  /** The card of a template, by its name. */
  readonly card = (name: string) => this.page.getByRole('article', { name, exact: true });
  readonly cards = () => this.page.getByRole('article');

  async goto(tab: 'sample' | 'mine' = 'sample'): Promise<void> {
    await this.page.goto(tab === 'mine' ? '/templates?tab=mine' : '/templates');
    await expect(this.heading()).toBeVisible();
  }

  /** Searches by name prefix with the Search button. */
  async search(prefix: string): Promise<void> {
    await this.searchBox().fill(prefix);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  async openDetails(name: string): Promise<void> {
    await this.card(name)
      .getByRole('button', { name: `Details of ${name}` })
      .click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Template: ${name}` })).toBeVisible();
  }
}
