import { expect } from '@playwright/test';
import type { Download, Page } from '@playwright/test';

/** Details of a template: Edit, Download, Delete (Save as My Template for samples). */
export class TemplateDetailPage {
  constructor(private readonly page: Page) {}

  readonly heading = (name: string) => this.page.getByRole('heading', { level: 1, name: `Template: ${name}` });
  readonly button = (name: 'Edit' | 'Delete' | 'Save as My Template') =>
    this.page.getByRole('button', { name, exact: true });

  /** Download in the upper-right corner; answers the download. */
  async download(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('link', { name: 'Download' }).click();
    return download;
  }

  /** Delete, then OK in the pop-up dialog box. */
  async delete(name: string): Promise<void> {
    await this.button('Delete').click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete Template' });
    await expect(dialog).toContainText(`Are you sure you want to delete the orchestration template ${name}?`);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
