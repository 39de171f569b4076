import { expect, test } from '../fixtures.ts';

test('a wrong password is refused, the right one opens Overview', async ({ page, signInPage, shell }) => {
  await signInPage.goto();
  await signInPage.signIn('admin', 'Not-the-password1');
  await expect(signInPage.alert()).toContainText('The user name or password is incorrect.');
  await expect(page).toHaveURL(/\/signin/);

  await signInPage.signIn('admin', process.env.E2E_ADMIN_PASSWORD!);
  await expect(shell.heading()).toHaveText('Overview');
  await expect(shell.signedInUser()).toContainText('admin');
});

test('empty fields are named before anything is sent', async ({ page, signInPage }) => {
  await signInPage.goto();
  await signInPage.submit().click();
  await expect(page.getByText('Enter the user name.')).toBeVisible();
  await expect(page.getByText('Enter the password.')).toBeVisible();
});

test('a signed-out visitor is sent to sign in, and back to the page asked for', async ({ page, signInPage, shell }) => {
  await page.goto('/clusters');
  await expect(page).toHaveURL(/\/signin\?next=%2Fclusters/);
  await signInPage.signIn('admin', process.env.E2E_ADMIN_PASSWORD!);
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(shell.heading()).toHaveText('Cluster List');
});
