import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The Job Status of an offline job's details: the job's run, its tasks, their containers and history. */
export class JobStatusPanel {
  constructor(private readonly page: Page) {}

  readonly tasks = () => this.page.getByRole('table', { name: 'Tasks' });
  readonly containers = (task: string) => this.page.getByRole('table', { name: `Containers of task ${task}` });
  readonly history = (container: string) => this.page.getByRole('table', { name: `Operation history of ${container}` });

  /** The job's status word, beside "Job Status". */
  readonly jobStatus = () =>
    this.page.locator('.ant-descriptions-item').filter({ hasText: 'Job Status' }).locator('.ant-tag');

  /** A row by the name in its first column (after the expand button): s2's Depends On names s1 too. */
  private readonly rowNamed = (table: Locator, name: string) =>
    table
      .locator('tr.ant-table-row')
      .filter({ has: this.page.locator('td:nth-child(2)').getByText(name, { exact: true }) });

  readonly taskRow = (task: string) => this.rowNamed(this.tasks(), task);
  readonly containerRow = (task: string, container: string) => this.rowNamed(this.containers(task), container);

  async expectJobStatus(phase: string, timeout = 90_000): Promise<void> {
    await expect(this.jobStatus()).toHaveText(phase, { timeout });
  }

  /** Opens a row's nested table (a task's containers, a container's operation history). */
  async expand(row: Locator): Promise<void> {
    await row.getByRole('button', { name: /expand row/i }).click();
  }
}
