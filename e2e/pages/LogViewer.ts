import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

/** The console's one log viewer and the guide's controls above it (Entries Per Container, filters, Download Logs). */
export class LogViewer {
  constructor(
    private readonly page: Page,
    /** The log's accessible name: "Logs of shop_web_1", "Cluster log". */
    private readonly name: string,
  ) {}

  readonly log = () => this.page.getByRole('log', { name: this.name });
  /** The lines in the DOM (only those in view and a few beyond: the viewer is virtualised). */
  readonly lines = (): Locator => this.log().locator('[data-stream]');
  readonly search = () => this.page.getByRole('textbox', { name: 'Search the logs' });
  readonly matchCount = () => this.page.getByRole('status').filter({ hasText: /matching line/ });
  readonly highlights = () => this.log().locator('mark');
  readonly follow = () => this.page.getByRole('switch', { name: 'Follow' });
  readonly entriesPerContainer = () => this.page.getByRole('combobox', { name: 'Entries Per Container' });
  readonly containerFilter = () => this.page.getByRole('combobox', { name: 'Filter by Container Name' });
  readonly startTime = () => this.page.getByRole('textbox', { name: 'Filter by Start Time' });
  readonly downloadButton = () => this.page.getByRole('link', { name: 'Download Logs' });

  /** The option with this title of the select list that is open. */
  readonly option = (title: string) =>
    this.page.locator('.ant-select-dropdown:visible').getByTitle(title, { exact: true });

  /** The texts of the lines in the DOM, in order. */
  async texts(): Promise<string[]> {
    return (await this.lines().allTextContents()).map((t) => t.trim());
  }

  /** The container names of the lines in the DOM. */
  async sources(): Promise<Set<string>> {
    return new Set((await this.texts()).map((t) => t.split(' | ')[0]!));
  }

  async expectLines(): Promise<void> {
    await expect(this.lines().first()).toBeVisible({ timeout: 20_000 });
  }

  /** Clicks Download Logs and answers the download with its text. */
  async download(): Promise<{ download: Download; text: string }> {
    const waiting = this.page.waitForEvent('download');
    await this.downloadButton().click();
    const download = await waiting;
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, text: await readFile(path, 'utf8') };
  }
}
