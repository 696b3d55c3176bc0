import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn, snapshot, uniqueSuffix } from './support/portal';

test('an admin creates a team, picks its supervisor and members, then deletes it', async ({
  page,
}) => {
  const name = `E2E Team ${uniqueSuffix()}`;
  await signIn(page, ACCOUNTS.admin.email);
  await page.getByRole('tab', { name: 'Teams' }).click();
  await expect(page).toHaveURL(/\/admin\/teams$/);
  const table = page.getByTestId('teams-table');
  await expect(table).toContainText('Customer Care A');

  await page.getByRole('button', { name: 'New team' }).click();
  const dialog = page.getByRole('dialog', { name: 'New team' });
  await dialog.getByLabel('Name').fill(name);
  await dialog
    .getByLabel('Description')
    .fill('Created by the portal end-to-end suite');
  await dialog.getByRole('combobox', { name: 'Supervisor' }).click();
  await page.getByRole('option', { name: /Jordan Lee/ }).click();
  await dialog.getByRole('button', { name: 'Create team' }).click();
  await expect(dialog).toBeHidden();
  // The confirmation toast is transient (4 s); the table row is the lasting proof.

  const row = table.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Jordan Lee');
  await expect(row).toContainText('0');

  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Members' }).click();
  const members = page.getByRole('dialog', { name: `Members of ${name}` });
  await expect(members.getByText('No members yet.')).toBeVisible();
  await members.getByLabel('Search users').fill('agent05@');
  await members.getByRole('button', { name: 'Add 陈静' }).click();
  await expect(members.getByTestId('current-members')).toContainText(
    'agent05@pathwise.local',
  );
  await snapshot(page, 'admin-team-members');
  await members.getByRole('button', { name: 'Save' }).click();
  await expect(members).toBeHidden();
  await expect(row).toContainText('1');

  await row.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirmation = page.getByRole('alertdialog', {
    name: `Delete team ${name}?`,
  });
  await expect(confirmation).toContainText('1 membership is removed');
  await confirmation.getByRole('button', { name: 'Delete team' }).click();
  await expect(table.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await snapshot(page, 'admin-teams');

  await page.getByRole('tab', { name: 'Audit log' }).click();
  const audit = page.getByTestId('audit-table');
  await expect(
    audit.getByRole('row').filter({ hasText: 'team.delete' }).first(),
  ).toContainText('Alex Morgan');
  await snapshot(page, 'admin-audit-log');
});
