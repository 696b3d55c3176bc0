import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn, snapshot } from './support/portal';

test('the login page switches to Chinese and back without a reload', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Sign in to Pathwise',
  );

  await page.getByTestId('language-toggle').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '登录 Pathwise',
  );
  await expect(page.getByLabel('邮箱')).toBeVisible();
  await expect(
    page.getByRole('button', { name: '登录', exact: true }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page).toHaveTitle(/登录/);
  await snapshot(page, 'login-zh');

  await page.getByTestId('language-toggle').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Sign in to Pathwise',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('signed in, the toolbar toggle switches every visible text and is remembered', async ({
  page,
}) => {
  const account = ACCOUNTS.trainer2;
  await signIn(page, account.email);
  const heading = page.getByRole('heading', { level: 1 });
  // The account's stored locale is English (each run starts from a fresh demo organisation).
  await expect(heading).toHaveText('Trainer studio');
  await expect(page.getByTestId('nav-studio')).toHaveText('Studio');

  await page.getByTestId('language-toggle').click();
  await expect(heading).toHaveText('培训工作台');
  await expect(page.getByTestId('nav-studio')).toHaveText('培训工作台');
  await expect(page.getByText('即将推出').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await snapshot(page, 'studio-zh');

  // The choice is saved to the profile: a reload restores the session in Chinese.
  await page.reload();
  await expect(heading).toHaveText('培训工作台');

  await page.getByTestId('language-toggle').click();
  await expect(heading).toHaveText('Trainer studio');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(heading).toHaveText('Trainer studio');
});
