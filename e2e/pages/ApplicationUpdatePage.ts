import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Update: Version, Reschedule, the template in the editor, and the review of the changes before OK. */
export class ApplicationUpdatePage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: /^Update Application: / });
  readonly version = () => this.page.getByLabel('Version', { exact: true });
  readonly reschedule = () => this.page.getByRole('checkbox', { name: 'Reschedule' });
  readonly okButton = () => this.page.getByRole('button', { name: 'OK', exact: true });
  readonly review = () => this.page.getByRole('dialog', { name: /review the changes$/ });
  readonly changes = () => this.review().getByRole('region', { name: 'Template changes' });

  async waitForEditor(): Promise<void> {
    await expect(this.heading()).toBeVisible();
    await expect(this.page.locator('.monaco-editor').first()).toBeVisible();
  }

  /** Replaces the editor's whole text, as a user selecting all and typing over it would. */
  async replaceTemplate(text: string): Promise<void> {
    await this.page.locator('.monaco-editor').first().click();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    // Typed line by line, each at the start of its line: Monaco's auto-indent does not add to it.
    for (const [i, line] of text.split('\n').entries()) {
      if (i > 0) {
        await this.page.keyboard.press('Enter');
        await this.page.keyboard.press('Home');
        await this.page.keyboard.press('Shift+Home');
        await this.page.keyboard.press('Delete');
      }
      await this.page.keyboard.insertText(line);
    }
  }

  /** OK opens the review; its OK sends the update and lands on the details. */
  async confirm(): Promise<void> {
    await this.review().getByRole('button', { name: 'OK', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Application: / })).toBeVisible();
  }
}
