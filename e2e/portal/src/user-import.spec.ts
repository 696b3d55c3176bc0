import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn, snapshot, uniqueSuffix } from './support/portal';

const HEADER =
  'email,display_name,roles,teams,employee_no,locale,hired_on,password';

function csvFile(lines: string[]): {
  name: string;
  mimeType: string;
  buffer: Buffer;
} {
  return {
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([HEADER, ...lines].join('\n') + '\n', 'utf8'),
  };
}

test.beforeEach(async ({ page }) => {
  await signIn(page, ACCOUNTS.admin.email);
  await page.getByRole('link', { name: 'Import from CSV' }).click();
  await expect(page).toHaveURL(/\/admin\/users\/import$/);
  await expect(
    page.getByRole('heading', { name: 'Import users from CSV' }),
  ).toBeVisible();
});

test('a file with one bad row shows that row and offers no import', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  await page
    .getByLabel('CSV file')
    .setInputFiles(
      csvFile([
        `imp-a-${suffix}@pathwise.local,Import A,agent,Customer Care A,,en,,`,
        `not-an-email,Import B,agent,Customer Care A,,en,,`,
        `imp-c-${suffix}@pathwise.local,Import C,agent;supervisor,,,zh-CN,2026-01-05,`,
      ]),
    );

  await expect(page.getByTestId('import-summary')).toHaveText(
    '2 of 3 rows are valid.',
  );
  const errors = page.getByRole('table', { name: 'Problems by row' });
  await expect(errors.getByRole('row')).toHaveCount(2);
  const badRow = errors.getByRole('row').nth(1);
  await expect(badRow.getByRole('cell').nth(0)).toHaveText('3');
  await expect(badRow.getByRole('cell').nth(1)).toHaveText('email');
  await expect(badRow.getByRole('cell').nth(2)).toContainText(
    'not a valid email',
  );
  await expect(
    page.getByRole('button', { name: /^Import \d+ users$/ }),
  ).toHaveCount(0);
  await snapshot(page, 'admin-import-errors');
});

test('in Chinese, a bad e-mail is explained in Chinese', async ({ page }) => {
  const suffix = uniqueSuffix();
  // The toggle saves the language to the admin's profile; switch back so later tests sign in in English.
  await page.getByTestId('language-toggle').click();
  try {
    await expect(
      page.getByRole('heading', { name: '从 CSV 导入用户' }),
    ).toBeVisible();
    await page
      .getByLabel('CSV 文件')
      .setInputFiles(
        csvFile([
          `imp-zh-a-${suffix}@pathwise.local,导入甲,agent,,,zh-CN,,`,
          `not-an-email,导入乙,agent,,,zh-CN,,`,
        ]),
      );

    await expect(page.getByTestId('import-summary')).toHaveText(
      '共 2 行，其中 1 行有效。',
    );
    const errors = page.getByRole('table', { name: '各行的问题' });
    await expect(errors.getByRole('row')).toHaveCount(2);
    const badRow = errors.getByRole('row').nth(1);
    await expect(badRow.getByRole('cell').nth(0)).toHaveText('3');
    await expect(badRow.getByRole('cell').nth(1)).toHaveText('邮箱（email）');
    await expect(badRow.getByRole('cell').nth(2)).toHaveText(
      '“not-an-email”不是有效的邮箱地址。',
    );
    await snapshot(page, 'admin-import-errors-zh');
  } finally {
    await page.getByTestId('language-toggle').click();
    await expect(
      page.getByRole('heading', { name: 'Import users from CSV' }),
    ).toBeVisible();
  }
});

test('a valid file is previewed, then imported once with temporary passwords', async ({
  page,
}) => {
  const suffix = uniqueSuffix();
  const emails = [
    `imp-x-${suffix}@pathwise.local`,
    `imp-y-${suffix}@pathwise.local`,
  ];
  await page
    .getByLabel('CSV file')
    .setInputFiles(
      csvFile([
        `${emails[0]},Import X,agent,Customer Care A,,en,,`,
        `${emails[1]},Import Y,agent,Customer Care B,,zh-CN,,`,
      ]),
    );

  await expect(page.getByTestId('import-summary')).toHaveText(
    '2 of 2 rows are valid.',
  );
  await page.getByRole('button', { name: 'Import 2 users' }).click();

  const result = page.getByTestId('import-result');
  await expect(
    result.getByRole('heading', { name: '2 users imported' }),
  ).toBeVisible();
  const created = result.getByRole('table', { name: 'Imported users' });
  for (const email of emails) await expect(created).toContainText(email);
  await expect(created.locator('code')).toHaveCount(2);
  await snapshot(page, 'admin-import-done');
});

test('the template downloads with the expected columns', async ({ page }) => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download template' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('pathwise-users-template.csv');
  const text = await new Promise<string>((resolve, reject) => {
    void file.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      stream.on('error', reject);
    }, reject);
  });
  expect(text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(HEADER);
});
