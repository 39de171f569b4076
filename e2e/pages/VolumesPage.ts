import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The Data Volume List and its Create Data Volume dialog. */
export class VolumesPage {
  constructor(private readonly page: Page) {}

  async goto(clusterId: string): Promise<void> {
    await this.page.goto(`/volumes?clusterId=${clusterId}`);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Data Volume List');
  }

  table(): Locator {
    return this.page.getByRole('table', { name: 'Data volumes' });
  }

  rows(text: string): Locator {
    return this.table().getByRole('row').filter({ hasText: text });
  }

  dialog(title: string): Locator {
    return this.page.getByRole('dialog').filter({ hasText: title });
  }

  /** Create → the OSS form, filled as the guide's example, with the bucket picked in Select Bucket. */
  async createOssfsVolume(name: string, bucket: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Create', exact: true }).click();
    const dialog = this.dialog('Create Data Volume');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Access Key ID').fill('LTAI4GexampleKeyId');
    await dialog.getByLabel('Access Key Secret').fill('q7SecretOfTheKey0123');
    await dialog.getByRole('checkbox', { name: 'allow_other' }).check();
    await dialog.getByLabel('Other Parameters').fill('-o default_permission=666');
    await dialog.getByRole('button', { name: 'Select Bucket' }).click();
    const picker = this.dialog('Select Bucket');
    await picker.getByRole('row').filter({ hasText: bucket }).getByRole('radio').check();
    await picker.getByRole('button', { name: 'OK' }).click();
    await expect(dialog.getByLabel('Bucket ID')).toHaveValue(bucket);
    return dialog;
  }
}
