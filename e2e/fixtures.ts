import { test as base } from '@playwright/test';
import { ConsoleShell } from './pages/ConsoleShell.ts';
import { OverviewPage } from './pages/OverviewPage.ts';
import { SignInPage } from './pages/SignInPage.ts';

interface Fixtures {
  signInPage: SignInPage;
  shell: ConsoleShell;
  overviewPage: OverviewPage;
}

export const test = base.extend<Fixtures>({
  signInPage: async ({ page }, use) => use(new SignInPage(page)),
  shell: async ({ page }, use) => use(new ConsoleShell(page)),
  overviewPage: async ({ page }, use) => use(new OverviewPage(page)),
});

export { expect } from '@playwright/test';
