import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Clusters > Manage: a cluster's sections, chosen in its left navigation. */
export class ClusterDetailPage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1 });
  readonly sections = () => this.page.getByRole('navigation', { name: 'Cluster sections' });
  readonly downloadCertificate = () => this.page.getByRole('link', { name: 'Download Certificate' });
  readonly nodesTable = () => this.page.getByRole('table', { name: 'Nodes and their user tags' });
  readonly dialog = (title: string) => this.page.getByRole('dialog', { name: title });

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}`);
    await expect(this.heading()).toHaveText(/^Cluster: /);
  }

  /** Opens a section: Basic Information, Connection Information, Load Balancer Settings, User Tags, Events. */
  async open(section: string): Promise<void> {
    await this.sections().getByRole('menuitem', { name: section }).click();
  }

  /** The row of a node in User Tags, by its IP address or instance. */
  readonly nodeRow = (text: string) => this.nodesTable().getByRole('row').filter({ hasText: text });

  /** User Tags: selects every node, then Add Tag with the key and value. */
  async addTagToAllNodes(key: string, value: string): Promise<void> {
    await this.open('User Tags');
    await this.nodesTable().getByRole('checkbox').first().check();
    await this.page.getByRole('button', { name: 'Add Tag' }).click();
    const dialog = this.dialog('Add Tag');
    await dialog.getByLabel('Tag Key').fill(key);
    await dialog.getByLabel('Tag Value').fill(value);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
  }
}
