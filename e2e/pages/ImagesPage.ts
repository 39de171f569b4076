import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Docker Images: Popular and Official with the guide's columns. */
export class ImagesPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Docker Images' });
  readonly table = () => this.page.getByRole('table', { name: 'Images' });
  readonly tab = (name: 'Popular' | 'Official') => this.page.getByRole('tab', { name });
  /** The row of an image, by the name its Name column shows. */
  readonly row = (name: string) =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByText(name, { exact: true }) });

  async goto(): Promise<void> {
    await this.page.goto('/images');
    await expect(this.heading()).toBeVisible();
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search by image name' }).fill(text);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  /** Create Application, then a version in "Select image version", then OK. */
  async createApplication(image: string, version: string): Promise<void> {
    await this.row(image)
      .getByRole('button', { name: `Create Application from ${image}` })
      .click();
    const drawer = this.page.getByRole('dialog', { name: 'Select image version' });
    await drawer.getByRole('radio', { name: version, exact: true }).check();
    await drawer.getByRole('button', { name: 'OK' }).click();
  }
}
