import type { Page } from '@playwright/test';

export class OverviewPage {
  constructor(private readonly page: Page) {}

  /** The count shown on a statistic card ("Clusters", "Nodes", …). */
  readonly count = (title: string) => this.page.getByTestId(`overview-count-${title.toLowerCase()}`);
  readonly phaseTag = (phase: string) => this.page.getByTestId(`overview-phase-${phase}`);
}
