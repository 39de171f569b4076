import { test as base } from '@playwright/test';
import { ApplicationCreatePage } from './pages/ApplicationCreatePage.ts';
import { ApplicationDetailPage } from './pages/ApplicationDetailPage.ts';
import { ApplicationListPage } from './pages/ApplicationListPage.ts';
import { ApplicationUpdatePage } from './pages/ApplicationUpdatePage.ts';
import { ClusterCreatePage } from './pages/ClusterCreatePage.ts';
import { ClusterDetailPage } from './pages/ClusterDetailPage.ts';
import { ClusterListPage } from './pages/ClusterListPage.ts';
import { ConsoleShell } from './pages/ConsoleShell.ts';
import { NodesPage } from './pages/NodesPage.ts';
import { OperationLogsPage } from './pages/OperationLogsPage.ts';
import { OverviewPage } from './pages/OverviewPage.ts';
import { SignInPage } from './pages/SignInPage.ts';
import { ImagesPage } from './pages/ImagesPage.ts';
import { TemplateDetailPage } from './pages/TemplateDetailPage.ts';
import { TemplateEditorPage } from './pages/TemplateEditorPage.ts';
import { TemplateListPage } from './pages/TemplateListPage.ts';

export interface Fixtures {
  signInPage: SignInPage;
  shell: ConsoleShell;
  overviewPage: OverviewPage;
  clusterListPage: ClusterListPage;
  clusterCreatePage: ClusterCreatePage;
  clusterDetailPage: ClusterDetailPage;
  nodesPage: NodesPage;
  imagesPage: ImagesPage;
  templateListPage: TemplateListPage;
  templateEditorPage: TemplateEditorPage;
  templateDetailPage: TemplateDetailPage;
  applicationListPage: ApplicationListPage;
  applicationCreatePage: ApplicationCreatePage;
  applicationDetailPage: ApplicationDetailPage;
  applicationUpdatePage: ApplicationUpdatePage;
  operationLogsPage: OperationLogsPage;
}

export const test = base.extend<Fixtures>({
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  shell: async ({ page }, use) => use(new ConsoleShell(page)),
  overviewPage: async ({ page }, use) => use(new OverviewPage(page)),
  clusterListPage: async ({ page }, use) => use(new ClusterListPage(page)),
  clusterCreatePage: async ({ page }, use) => use(new ClusterCreatePage(page)),
  clusterDetailPage: async ({ page }, use) => use(new ClusterDetailPage(page)),
  nodesPage: async ({ page }, use) => use(new NodesPage(page)),
  imagesPage: async ({ page }, use) => use(new ImagesPage(page)),
  templateListPage: async ({ page }, use) => use(new TemplateListPage(page)),
  templateEditorPage: async ({ page }, use) => use(new TemplateEditorPage(page)),
  templateDetailPage: async ({ page }, use) => use(new TemplateDetailPage(page)),
  applicationListPage: async ({ page }, use) => use(new ApplicationListPage(page)),
  applicationCreatePage: async ({ page }, use) => use(new ApplicationCreatePage(page)),
  applicationDetailPage: async ({ page }, use) => use(new ApplicationDetailPage(page)),
  applicationUpdatePage: async ({ page }, use) => use(new ApplicationUpdatePage(page)),
  operationLogsPage: async ({ page }, use) => use(new OperationLogsPage(page)),
});

export { expect } from '@playwright/test';
