import { expect, test } from '@playwright/test';
import {
  ACCOUNTS,
  signIn,
  signOut,
  snapshot,
  uniqueSuffix,
} from './support/portal';

test('an admin creates a user who then signs in and lands on their home', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const email = `e2e-${suffix}@pathwise.local`;
  const displayName = `E2E Agent ${suffix}`;
  // Nothing from the name or email: the API refuses passwords that contain them.
  const password = `Harbour${Math.floor(1000 + Math.random() * 9000)}q`;

  await signIn(page, ACCOUNTS.admin.email);
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByTestId('users-table')).toContainText(
    ACCOUNTS.admin.email,
  );
  await snapshot(page, 'admin-users');

  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await expect(dialog.getByLabel('Email', { exact: true })).toBeFocused();
  await dialog.getByLabel('Email', { exact: true }).fill(email);
  await dialog.getByLabel('Display name').fill(displayName);
  await expect(dialog.getByRole('checkbox', { name: 'Agent' })).toBeChecked();
  await dialog.getByLabel('Employee no.').fill(`E${suffix}`.slice(0, 20));
  await dialog.getByRole('combobox', { name: 'Teams' }).click();
  await page.getByRole('option', { name: 'Customer Care B' }).click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Initial password').fill(password);
  await snapshot(page, 'admin-user-dialog');
  await dialog.getByRole('button', { name: 'Create user' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${displayName} was created.`)).toBeVisible();

  await page.getByLabel('Search by name, email or employee no.').fill(email);
  const row = page.getByTestId(`user-row-${email}`);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Customer Care B');
  await expect(row).toContainText('Agent');

  await signOut(page);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'My learning',
  );
  await expect(page.getByTestId('welcome')).toContainText(displayName);
  await expect(page.getByTestId('my-teams')).toContainText('Customer Care B');
});

test('the user form shows the server’s verdict on a taken email next to the field', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.admin.email);
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  // The dialog moves focus to its first field once open; typing earlier can land in the wrong field.
  await expect(dialog.getByLabel('Email', { exact: true })).toBeFocused();
  await dialog
    .getByLabel('Email', { exact: true })
    .fill(ACCOUNTS.agent01.email);
  await dialog.getByLabel('Display name').fill('Duplicate');
  await dialog.getByLabel('Initial password').fill('Lighthouse2048k');
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(
    dialog.getByText('Another account already uses this email.'),
  ).toBeVisible();
  await expect(dialog.getByLabel('Email', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
});

test('after an admin resets a password the user must choose a new one at sign-in', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const email = `e2e-reset-${suffix}@pathwise.local`;
  const displayName = `E2E Reset ${suffix}`;

  await signIn(page, ACCOUNTS.admin.email);
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await expect(dialog.getByLabel('Email', { exact: true })).toBeFocused();
  await dialog.getByLabel('Email', { exact: true }).fill(email);
  await dialog.getByLabel('Display name').fill(displayName);
  await dialog.getByRole('button', { name: 'Generate' }).click();
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(dialog).toBeHidden();

  await page.getByLabel('Search by name, email or employee no.').fill(email);
  await expect(page.getByTestId('users-table').getByRole('row')).toHaveCount(2);
  await page
    .getByRole('button', { name: `Actions for ${displayName}` })
    .click();
  await page.getByRole('menuitem', { name: 'Reset password' }).click();
  const reset = page.getByRole('dialog', {
    name: `Reset the password of ${displayName}`,
  });
  const temporary = 'Tangerine4821z';
  await reset.getByLabel('Temporary password').fill(temporary);
  await reset.getByRole('button', { name: 'Reset password' }).click();
  await expect(
    page.getByText(`The password of ${displayName} was reset.`),
  ).toBeVisible();

  await signOut(page);
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByTestId('forced-password-notice')).toBeVisible();
  // Every other page waits until the password is changed.
  await page.goto('/learn');
  await expect(page).toHaveURL(/\/change-password$/);
  await snapshot(page, 'forced-password-change');

  await page.getByLabel('Current password').fill(temporary);
  await page.getByLabel('New password', { exact: true }).fill('Marigold7305k');
  await page.getByLabel('Confirm new password').fill('Marigold7305k');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'My learning',
  );
});
