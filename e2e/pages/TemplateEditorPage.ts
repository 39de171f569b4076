import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Create / Edit Template: Name, Description, the Monaco editor, its problems and Services Contained. */
export class TemplateEditorPage {
  constructor(private readonly page: Page) {}

  readonly name = () => this.page.getByLabel('Name', { exact: true });
  readonly description = () => this.page.getByLabel('Description', { exact: true });
  readonly editor = () => this.page.locator('.monaco-editor');
  /** The lines Monaco renders (the whole text, for templates this short). */
  readonly text = () => this.page.locator('.monaco-editor .view-lines');
  readonly errorMarkers = () => this.page.locator('.monaco-editor .squiggly-error');
  readonly problems = () => this.page.getByRole('region', { name: 'Problems' });
  readonly services = () => this.page.getByRole('complementary', { name: 'Services Contained' });
  readonly service = (name: string) => this.services().getByRole('listitem', { name, exact: true });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create Orchestration' });
  readonly saveButton = () => this.page.getByRole('button', { name: 'Save', exact: true });
  /** The list of errors a refused save shows. */
  readonly saveErrors = () => this.page.getByRole('alert').filter({ hasText: 'before saving' });

  async waitForEditor(): Promise<void> {
    await expect(this.editor()).toBeVisible();
  }

  /** Deletes the line showing `text` (Monaco's Delete Line, Ctrl+Shift+K). */
  async deleteLine(text: string): Promise<void> {
    await this.editor().locator('.view-line', { hasText: text }).click();
    await this.page.keyboard.press('Control+Shift+K');
  }

  /**
   * Types lines into Monaco as a user would, one per line: Monaco indents after a colon by
   * itself, and `outdent` steps back a level first. Escape closes suggestions before Enter; a
   * suggestion list that opens after it takes the Enter, so one that made no new line is pressed again.
   */
  async typeLines(lines: readonly (string | { outdent: string })[]): Promise<void> {
    await this.editor().click();
    const rendered = this.page.locator('.monaco-editor .view-lines .view-line');
    for (const [i, line] of lines.entries()) {
      if (typeof line !== 'string') await this.page.keyboard.press('Shift+Tab');
      await this.page.keyboard.type(typeof line === 'string' ? line : line.outdent);
      await this.page.keyboard.press('Escape');
      if (i === lines.length - 1) continue;
      await this.page.keyboard.press('Enter');
      const added = await expect(rendered)
        .toHaveCount(i + 2, { timeout: 1_000 })
        .then(() => true)
        .catch(() => false);
      if (added) continue;
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Enter');
      await expect(rendered).toHaveCount(i + 2);
    }
  }

  /**
   * Milliseconds from a keystroke to the error marker it causes, measured in the page: `key` is
   * pressed with no marker shown, and the time runs from its keydown to the first squiggle.
   */
  async markerLatency(key: string): Promise<number> {
    await expect(this.errorMarkers()).toHaveCount(0);
    await this.page.evaluate(() => {
      const clock = window as unknown as Record<string, number>;
      clock['__keyAt'] = 0;
      clock['__markerAt'] = 0;
      document.addEventListener('keydown', () => (clock['__keyAt'] = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (clock['__keyAt'] && document.querySelector('.monaco-editor .squiggly-error')) {
          clock['__markerAt'] = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await this.page.keyboard.press(key);
    await expect(this.errorMarkers().first()).toBeVisible();
    return this.page.evaluate(() => {
      const clock = window as unknown as Record<string, number>;
      return (clock['__markerAt'] ?? 0) - (clock['__keyAt'] ?? 0);
    });
  }

  /** Add Service: choose an image in the pop-up dialog box, then OK on the service's settings. */
  async addService(image: string): Promise<void> {
    await this.services().getByRole('button', { name: 'Add Service' }).click();
    const picker = this.page.getByRole('dialog', { name: 'Select image' });
    await picker.getByRole('radio', { name: image, exact: true }).check();
    await picker.getByRole('button', { name: 'Next' }).click();
    const settings = this.page.getByRole('dialog', { name: 'Add Service' });
    await expect(settings.getByLabel('Name', { exact: true })).toHaveValue(image);
    await settings.getByRole('button', { name: 'OK' }).click();
    await expect(settings).toBeHidden();
  }

  /** Edit on a service: sets its scale. */
  async setScale(service: string, scale: number): Promise<void> {
    await this.service(service)
      .getByRole('button', { name: `Edit ${service}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: 'Edit Service' });
    await dialog.getByLabel('Scale').fill(String(scale));
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
