import type { Page } from '@playwright/test';

export class OverviewPage {
  constructor(private readonly page: Page) {}

  /** The card of one count ("Clusters", "Nodes", …). */
  readonly card = (title: string) => this.page.getByRole('region', { name: title, exact: true });
  /** The number shown on a count's card. */
  readonly count = (title: string) => this.card(title).locator('.ant-statistic-content-value');
  /** The tag counting clusters in one phase ("Inactive 1"). */
  readonly phaseTag = (phase: string) =>
    this.page.getByRole('list', { name: 'Clusters by status' }).getByRole('listitem').filter({ hasText: phase });
}
