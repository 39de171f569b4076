import { expect, test } from '../fixtures.ts';

test('signing out ends the session', async ({ page, signInPage, shell }) => {
  await signInPage.signInAsAdmin();
  await shell.signOutButton().click();
  await expect(signInPage.submit()).toBeVisible();
  await page.goto('/');
  await expect(page).toHaveURL(/\/signin/);
  const session = await page.request.get('/api/v1/session');
  expect(session.status()).toBe(401);
});
