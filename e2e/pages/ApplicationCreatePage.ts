import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/** A Port Mapping row; no host port maps the container port to a random one. */
export interface PortMapping {
  hostPort?: number;
  containerPort: number;
}

/** Create Application: the basic information, then Create with Image or with an orchestration template. */
export class ApplicationCreatePage {
  constructor(private readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { level: 1, name: 'Create Application' });
  readonly name = () => this.page.getByLabel('Name', { exact: true });
  readonly version = () => this.page.getByLabel('Version', { exact: true });
  readonly imageName = () => this.page.getByRole('textbox', { name: 'Image Name' });
  readonly imageVersion = () => this.page.getByRole('textbox', { name: 'Image Version' });
  readonly scale = () => this.page.getByRole('spinbutton', { name: 'Scale' });
  /** The Compose template Create with Image makes from the form. */
  readonly template = () => this.page.getByLabel('Template', { exact: true });
  readonly placement = () => this.page.getByRole('region', { name: 'Placement preview' });
  readonly parameter = (name: string) => this.page.getByLabel(name, { exact: true });
  readonly alerts = () => this.page.getByRole('alert');

  /** Opens Create Application in a cluster, optionally from an image or a template (as their pages link it). */
  async goto(params: { clusterId: string; image?: string; version?: string; templateId?: string }): Promise<void> {
    const search = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])));
    await this.page.goto(`/applications/create?${search.toString()}`);
    await expect(this.heading()).toBeVisible();
  }

  /** Step 1: the basic information, then Create with Image or Create with Orchestration Template. */
  async fillBasicInformation(name: string, next: 'Create with Image' | 'Create with Orchestration Template') {
    await this.name().fill(name);
    await this.page.getByRole('button', { name: next }).click();
    await expect(this.page.getByRole('button', { name: 'Previous' })).toBeVisible();
  }

  /** Adds a Port Mapping row. */
  async addPortMapping({ hostPort, containerPort }: PortMapping): Promise<void> {
    const rows = this.page.getByRole('group', { name: /^Port Mapping \d+$/ });
    const index = (await rows.count()) + 1;
    await this.page.getByRole('button', { name: 'Add Port Mapping' }).click();
    const row = this.page.getByRole('group', { name: `Port Mapping ${index}` });
    if (hostPort !== undefined) await row.getByLabel(`Port Mapping ${index} Host Port`).fill(String(hostPort));
    await row.getByLabel(`Port Mapping ${index} Container Port`).fill(String(containerPort));
  }

  /** Create (with Image) or Create and Deploy (with a template); lands on the application's details. */
  async create(button: 'Create' | 'Create and Deploy'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Application: / })).toBeVisible();
  }
}
