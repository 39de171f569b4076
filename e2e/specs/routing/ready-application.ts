import type { Page } from '@playwright/test';
import { createApplication, uniqueApplicationName, waitForApplicationPhase } from '../applications/application-api.ts';
import type { Cleanup } from '../applications/application-test.ts';

/**
 * An application of the test, named `<prefix>-<unique>`, deployed through the API from the template
 * its name makes and Ready; removed after the test. Routing specs route at the name, so applications of
 * other specs on the shared cluster never share their domain.
 */
export async function readyApplication(
  page: Page,
  cleanup: Cleanup,
  clusterId: string,
  prefix: string,
  template: (name: string) => string,
): Promise<{ id: string; name: string }> {
  const name = uniqueApplicationName(prefix);
  const id = await createApplication(page.request, { clusterId, name, template: template(name) });
  cleanup.application(id);
  await waitForApplicationPhase(page.request, id, 'Ready');
  return { id, name };
}
