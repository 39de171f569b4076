import type { Page } from '@playwright/test';

/** Where screenshots go: `SCREENSHOT_DIR`, else test-results/screens (cleared by the next run). */
const DIRECTORY = process.env.SCREENSHOT_DIR ?? 'test-results/screens';

/** Saves a full-page screenshot, for looking at what a page looks like. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${DIRECTORY}/${name}.png`, fullPage: true });
}
