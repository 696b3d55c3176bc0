import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, signIn } from './support/portal';

/** WCAG 2.1 A and AA rules that axe can check automatically. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

test('the login page passes the automatic WCAG checks in both languages', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoViolations(page);
  await page.getByTestId('language-toggle').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '登录 Pathwise',
  );
  await expectNoViolations(page);
});

test('the skip link moves keyboard focus to the main content', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.trainer2.email);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page).toHaveURL(/\/studio$/);
});

test('the agent home passes the automatic WCAG checks', async ({ page }) => {
  await signIn(page, ACCOUNTS.agent01.email);
  await expect(page.getByTestId('my-teams')).toBeVisible();
  await expectNoViolations(page);
});

test('the admin console passes the automatic WCAG checks', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin.email);
  await expect(
    page.getByTestId('users-table').getByRole('row').nth(1),
  ).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole('button', { name: 'New user' }).click();
  await expect(page.getByRole('dialog', { name: 'New user' })).toBeVisible();
  await expectNoViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('link', { name: 'Import from CSV' }).click();
  await expect(page.getByLabel('CSV file')).toBeVisible();
  await expectNoViolations(page);
});
