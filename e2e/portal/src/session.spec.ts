import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn, signOut, snapshot } from './support/portal';

test('a protected page sends a visitor to the login page', async ({ page }) => {
  await page.goto('/admin/teams');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fadmin%2Fteams$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Sign in to Pathwise',
  );
  await snapshot(page, 'login');
});

test('wrong credentials are explained in the page language', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill(ACCOUNTS.agent11.email);
  await page.getByLabel('Password').fill('not-the-password-1');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'The email or password is not correct.',
  );
  await expect(page).toHaveURL(/\/login$/);
});

test('a reload keeps the session; logout ends it and protected pages go back to login', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.supervisor2.email);
  await expect(page).toHaveURL(/\/team$/);

  await page.reload();
  await expect(page).toHaveURL(/\/team$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My team');

  await signOut(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Sign in to Pathwise',
  );

  await page.goto('/team');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fteam$/);

  // Signing in again returns to the page that was asked for.
  await page.getByLabel('Email').fill(ACCOUNTS.supervisor2.email);
  await page.getByLabel('Password').fill('Pathwise!2026');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/team$/);
});

test.describe('on a phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });

  test('the navigation is a drawer opened from the toolbar', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.agent11.email);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '我的学习',
    );
    const toggle = page.getByTestId('nav-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('nav-learn')).toBeVisible();
    await snapshot(page, 'phone-drawer');
    await page.getByTestId('nav-learn').click();
    await expect(page.getByTestId('nav-learn')).toBeHidden();
  });
});
