import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** Clusters > Manage > Node Scaling: the rule list and the Create Auto Scaling Rule wizard. */
export class NodeScalingPage {
  constructor(private readonly page: Page) {}

  readonly ruleTable = () => this.page.getByRole('table', { name: 'Auto Scaling' });
  readonly wizard = () => this.page.getByRole('dialog', { name: /Auto Scaling Rule$/ });
  readonly createButton = () => this.page.getByRole('button', { name: 'Create Auto Scaling Rule' });

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/clusters/${clusterId}?tab=node-scaling`);
    await expect(this.page.getByRole('heading', { name: 'Auto Scaling:' })).toBeVisible();
  }

  /** Step 1: the CPU bounds, the Expansion Step and the range of nodes. */
  async setPolicy(policy: { expansion: number; contraction: number; step: number; min: number; max: number }) {
    const wizard = this.wizard();
    await wizard.getByLabel('CPU Utilization Expansion Condition').fill(String(policy.expansion));
    await wizard.getByLabel('CPU Utilization Contraction Condition').fill(String(policy.contraction));
    await wizard.getByLabel('Expansion Step').fill(String(policy.step));
    await wizard.getByLabel('Min Number of Cluster Nodes').fill(String(policy.min));
    await wizard.getByLabel('Max Number of Cluster Nodes').fill(String(policy.max));
  }

  async next(): Promise<void> {
    await this.wizard().getByRole('button', { name: 'Next' }).click();
    await expect(this.wizard().getByLabel('Instance Type')).toBeVisible();
  }

  /** Step 2: adds the new nodes' IPs to the white list of the first RDS instance offered. */
  async chooseFirstRdsInstance(): Promise<void> {
    await this.wizard()
      .getByRole('checkbox', { name: /RDS instance white lists/ })
      .check();
    await this.wizard().getByLabel('RDS Instances').click();
    await this.page.locator('.ant-select-dropdown .ant-select-item-option').first().click();
    await this.page.keyboard.press('Escape');
  }

  async submit(): Promise<void> {
    await this.wizard().getByRole('button', { name: 'Submit' }).click();
    await expect(this.wizard()).toBeHidden();
  }
}
