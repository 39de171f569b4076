import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

interface VpcClusterForm {
  name: string;
  nodes: number;
  password: string;
}

/** Create Cluster: the form of the guide. */
export class ClusterCreatePage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Create Cluster' });
  readonly name = () => this.page.getByLabel('Cluster Name');
  readonly submit = () => this.page.getByRole('button', { name: 'Create Cluster' });

  async goto(): Promise<void> {
    await this.page.goto('/clusters/create');
    await expect(this.heading()).toBeVisible();
  }

  /** Chooses one button of a radio-button group ("VPC", "Add", "Do not Add"…). */
  async choose(option: string): Promise<void> {
    const radio = this.page.getByRole('radio', { name: option, exact: true });
    // antd draws the button over a hidden input: click what is drawn.
    await radio.locator('xpath=ancestor::label[1]').click();
    await expect(radio).toBeChecked();
  }

  /** Chooses an option of a select by its label ("Region", "Zone", "VPC", …). */
  async select(label: string, option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).click();
    // The open dropdown's option (the select itself also shows the chosen one's title).
    await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
  }

  /** Fills the form for a VPC cluster in China East 1 (Hangzhou) zone b with new nodes. */
  async fillVpcCluster({ name, nodes, password }: VpcClusterForm): Promise<void> {
    await this.name().fill(name);
    await this.select('Region', 'China East 1 (Hangzhou)');
    await this.select('Zone', 'cn-hangzhou-b');
    await this.choose('VPC');
    await expect(this.page.getByLabel('Initial Network Segment of Container')).toHaveValue('172.18.0.0/16');
    await this.choose('Add');
    await this.page.getByLabel('Instance Quantity').fill(String(nodes));
    await this.page.getByLabel('Logon Password').fill(password);
    await this.page.getByLabel('Confirm Password').fill(password);
  }
}
