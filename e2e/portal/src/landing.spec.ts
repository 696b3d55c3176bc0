import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn, snapshot } from './support/portal';

test.describe('each role lands on its home', () => {
  for (const [name, account] of Object.entries(ACCOUNTS)) {
    test(`${name} lands on ${account.home.source}`, async ({ page }) => {
      await signIn(page, account.email);

      await expect(page).toHaveURL(account.home);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        account.heading,
      );
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        account.locale,
      );
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.getByRole('navigation').first()).toBeVisible();
    });
  }

  test('the agent home shows the agent’s team and the planned areas', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.agent01.email);
    await expect(page).toHaveURL(/\/learn$/);
    await expect(page.getByTestId('my-teams')).toContainText('Customer Care A');
    for (const title of ['我的考试', '我的学习路径', '我的能力雷达图']) {
      await expect(
        page.getByRole('heading', { level: 2, name: title }),
      ).toBeVisible();
    }
    // Only the learner's own area is offered.
    await expect(page.getByTestId('nav-learn')).toBeVisible();
    await expect(page.getByTestId('nav-admin')).toHaveCount(0);
    await snapshot(page, 'learn-home');
  });

  test('the supervisor home lists the supervised team with its members', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.supervisor1.email);
    await expect(page).toHaveURL(/\/team$/);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Customer Care A' }),
    ).toBeVisible();
    const members = page.getByRole('table', { name: 'Customer Care A 的成员' });
    // agent01–agent10 are seeded there (other specs may add imported users).
    for (const name of ['王芳', '李娜', '吴婷'])
      await expect(members).toContainText(name);
    expect(await members.getByRole('row').count()).toBeGreaterThanOrEqual(11);
    await expect(page.getByText('Customer Care B')).toHaveCount(0);
    await snapshot(page, 'team-home');
  });

  test('the trainer home and the admin console', async ({ page }) => {
    await signIn(page, ACCOUNTS.trainer2.email);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Trainer studio' }),
    ).toBeVisible();
    await snapshot(page, 'studio-home');
  });

  test('a role cannot open another role’s area', async ({ page }) => {
    await signIn(page, ACCOUNTS.agent11.email);
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/learn$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '我的学习',
    );
  });
});
