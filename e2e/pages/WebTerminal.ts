import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** A container's Web Terminal tab: the "shell  sh  Execute" bar, its output, and the xterm.js shell. */
export class WebTerminal {
  constructor(private readonly page: Page) {}

  readonly command = () => this.page.getByRole('combobox', { name: 'Command' });
  readonly executeButton = () => this.page.getByRole('button', { name: 'Execute' });
  readonly output = () => this.page.getByRole('region', { name: 'Command output' });
  readonly screen = () => this.page.getByTestId('web-terminal').locator('.xterm-rows');
  readonly disconnected = () => this.page.getByRole('status').filter({ hasText: 'Disconnected' });

  /** Types a line into the shell, as a user at the keyboard. */
  async typeLine(line: string): Promise<void> {
    await this.page.getByTestId('web-terminal').click();
    await this.page.keyboard.type(line);
    await this.page.keyboard.press('Enter');
  }

  async interrupt(): Promise<void> {
    await this.page.keyboard.press('Control+C');
  }

  /** Runs one command with the bar's Execute. */
  async execute(command: string): Promise<void> {
    await this.command().fill(command);
    await this.executeButton().click();
  }

  async expectPrompt(): Promise<void> {
    await expect(this.screen()).toContainText('/ #');
  }
}
