import { createCluster, removeCluster, uniqueClusterName, waitForPhase } from '../../cluster-api.ts';
import { test as base } from '../../fixtures.ts';
import { ServiceDetailPage } from '../../pages/ServiceDetailPage.ts';
import { ServiceListPage } from '../../pages/ServiceListPage.ts';
import { SimulationPage } from '../../pages/SimulationPage.ts';
import { WEB_TEMPLATE, createApplication, waitForReadyService } from './workload-api.ts';
import type { ServiceView } from './workload-api.ts';

/** The cluster and application a spec runs on; change them with `test.use({ shopOptions })`. */
export interface ShopOptions {
  nodes: number;
  template: string;
  /** How many `web` containers the template asks for: the fixture waits until all are ready. */
  webScale: number;
}

/** A Running cluster of its own with the application `shop` deployed, removed after the test. */
export interface Shop {
  clusterId: string;
  applicationId: string;
  web: ServiceView;
}

interface ServiceFixtures {
  serviceListPage: ServiceListPage;
  serviceDetailPage: ServiceDetailPage;
  simulationPage: SimulationPage;
  shopOptions: ShopOptions;
  shop: Shop;
}

/** The console's fixtures plus the Services pages, the simulation panel and a deployed `shop`. */
export const test = base.extend<ServiceFixtures>({
  serviceListPage: async ({ page }, use) => use(new ServiceListPage(page)),
  serviceDetailPage: async ({ page }, use) => use(new ServiceDetailPage(page)),
  simulationPage: async ({ page }, use) => use(new SimulationPage(page)),
  shopOptions: [{ nodes: 1, template: WEB_TEMPLATE, webScale: 3 }, { option: true }],
  shop: async ({ page, signInPage, shopOptions }, use) => {
    await signInPage.signInAsAdminThroughApi();
    const { nodes, template, webScale } = shopOptions;
    const clusterId = await createCluster(page.request, { name: uniqueClusterName('e2e-shop'), nodes });
    try {
      await waitForPhase(page.request, clusterId, 'Running');
      const applicationId = await createApplication(page.request, { clusterId, name: 'shop', template });
      const web = await waitForReadyService(page.request, clusterId, 'shop', 'web', webScale);
      await use({ clusterId, applicationId, web });
    } finally {
      // The account's quota is 5 clusters: leave it free for the next spec.
      await removeCluster(page.request, clusterId);
    }
  },
});

export { expect } from '@playwright/test';
