import { expect, type Page, test } from '@playwright/test';
import { ACCOUNTS, signIn, snapshot, uniqueSuffix } from './support/portal';
import { expectNoSeriousViolations } from './support/axe';

const DEMO_BANK = 'Product knowledge 产品知识';

// A laptop screen: the bank's tree, filters and table side by side, as trainers use it.
test.use({ viewport: { width: 1440, height: 1000 } });

async function openDemoBank(page: Page): Promise<void> {
  await page.getByTestId('open-question-banks').click();
  await expect(page).toHaveURL(/\/studio\/question-banks\/[0-9a-f-]{36}/);
  const picker = page.getByTestId('bank-picker');
  await expect(picker).not.toBeEmpty();
  if (!(await picker.textContent())?.includes(DEMO_BANK)) {
    // Another spec may have created a bank, which then sorts first.
    await picker.click();
    await page
      .getByRole('option', { name: new RegExp(`^${DEMO_BANK}`) })
      .click();
  }
  await expect(picker).toContainText(DEMO_BANK);
  await expect(
    page.getByTestId('questions-table').getByRole('row').nth(1),
  ).toBeVisible();
}

/**
 * Three good questions in a category of their own, and one whose numerical answer is not a
 * number: the importer rejects that item with its line and keeps the rest.
 */
function giftFile(suffix: string): {
  name: string;
  mimeType: string;
  buffer: Buffer;
} {
  const lines = [
    '// Pathwise e2e fixture',
    `$CATEGORY: E2E import ${suffix}/Trade-in`,
    '',
    `::E2E ${suffix} window:: How many days does a customer have to send the old phone? {=14 ~7 ~30}`,
    '',
    `::E2E ${suffix} cracked screen:: A phone with a cracked screen can still be traded in. {TRUE}`,
    '',
    `::E2E ${suffix} storage:: What is the largest storage size (GB) in the trade-in price list? {#512}`,
    '',
    `::E2E ${suffix} broken:: How many stores take trade-ins? {#abc}`,
    '',
  ];
  return {
    name: `trade-in-${suffix}.gift`,
    mimeType: 'text/plain',
    buffer: Buffer.from(lines.join('\n'), 'utf8'),
  };
}

test.describe('question bank', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, ACCOUNTS.trainer2.email);
    await expect(page).toHaveURL(/\/studio$/);
  });

  test('the bank shows its category tree, facet counts and passes the WCAG checks', async ({
    page,
  }) => {
    await openDemoBank(page);
    const tree = page.getByTestId('category-tree');
    await expect(
      tree.getByRole('button', { name: /^Products 产品 \d+ questions?$/ }),
    ).toBeVisible();
    await expect(page.getByTestId('match-count')).toContainText(
      /\d+ questions? match/,
    );
    await expect(
      page.getByRole('list', { name: 'Questions by type' }).getByRole('button'),
    ).not.toHaveCount(0);

    await tree
      .getByRole('button', { name: /^Trade-in 以旧换新 \d+ questions?$/ })
      .click();
    await expect(page).toHaveURL(/category=/);
    await expect(
      page.getByRole('heading', { level: 2, name: 'Trade-in 以旧换新' }),
    ).toBeVisible();
    await expect(
      page.getByTestId('question-row-Trade-in: minimum battery health'),
    ).toBeVisible();
    await snapshot(page, 'question-bank');
    await expectNoSeriousViolations(page);
  });

  test('a GIFT file with one bad item: the bad item is flagged with its line, the rest are imported', async ({
    page,
  }) => {
    const suffix = uniqueSuffix();
    await openDemoBank(page);
    await page.getByTestId('import-questions').click();
    await expect(
      page.getByRole('heading', { level: 1, name: /Import questions/ }),
    ).toBeVisible();

    await page.getByLabel('Question file').setInputFiles(giftFile(suffix));
    await expect(page.getByTestId('import-format')).toContainText('GIFT');
    await page.getByTestId('upload-import').click();

    await expect(page.getByTestId('import-counts')).toHaveText(
      '3 questions can be imported; 1 was rejected.',
    );
    const rejected = page.getByTestId('import-rejected');
    await expect(rejected).toContainText('Line 10');
    await expect(rejected).toContainText(`E2E ${suffix} broken`);
    await expect(rejected).toContainText('is not a number');
    await expect(
      page.getByTestId('import-accepted').getByRole('row'),
    ).toHaveCount(4);
    await expect(page.getByTestId('import-new-categories')).toContainText(
      `E2E import ${suffix} › Trade-in`,
    );
    await snapshot(page, 'question-import-preview');
    await expectNoSeriousViolations(page);

    await page.getByTestId('commit-import').click();
    await expect(
      page
        .getByTestId('import-summary')
        .getByRole('heading', { name: '3 questions imported' }),
    ).toBeVisible();
    await snapshot(page, 'question-import-done');

    await page.getByTestId('open-in-bank').click();
    await page.getByTestId('question-search').fill(`E2E ${suffix}`);
    await expect(page.getByTestId('match-count')).toHaveText(
      '3 questions match',
    );
    await expect(
      page.getByTestId(`question-row-E2E ${suffix} window`),
    ).toBeVisible();
    await expect(
      page.getByTestId(`question-row-E2E ${suffix} storage`),
    ).toBeVisible();
    await expect(
      page.getByTestId(`question-row-E2E ${suffix} broken`),
    ).toHaveCount(0);
  });

  test('a question is created, edited and saved: version 2 appears in the history', async ({
    page,
  }) => {
    const suffix = uniqueSuffix();
    const name = `E2E edit ${suffix}`;
    await openDemoBank(page);
    await page.getByTestId('new-question').click();
    await page.getByTestId('new-single_choice').click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'New question' }),
    ).toBeVisible();
    await expect(page.getByTestId('live-problem-count')).toContainText(
      'problems left',
    );

    // Saving too early lists every problem at the top, each where it is.
    await page.getByTestId('save-question').click();
    const summary = page.getByTestId('problem-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Name: Give the question a name.');
    await expect(summary).toContainText('Question text:');
    await expectNoSeriousViolations(page);
    await snapshot(page, 'question-editor-problems');

    await page.getByTestId('question-name').fill(name);
    await page
      .getByTestId('stem')
      .fill('<p>How many days does the trade-in offer last?</p>');
    const options = ['7 days', '14 days', '30 days'];
    for (const [i, text] of options.entries()) {
      await page
        .getByTestId(`option-${i}`)
        .getByRole('textbox', { name: 'Option text' })
        .fill(text);
    }
    await page
      .getByTestId('option-1')
      .getByRole('button', { name: 'Mark as the right answer' })
      .click();
    await expect(page.getByTestId('live-problem-count')).toHaveText(
      'No problems: the question is ready to save.',
    );
    // The live preview is the agent's view: the options, no credits.
    const preview = page.getByTestId('live-preview');
    await expect(preview.getByRole('radio', { name: '14 days' })).toBeVisible();
    await preview.getByRole('radio', { name: '14 days' }).check();
    await page.getByRole('button', { name: 'Score this answer' }).click();
    await expect(page.getByTestId('local-check-score')).toContainText(
      '1 of 1 points',
    );

    await page.getByTestId('save-question').click();
    await expect(page.getByText('Saved as version 1.')).toBeVisible();
    await expect(page).toHaveURL(/\/studio\/questions\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('editor-version')).toHaveText('Version 1');

    await page
      .getByTestId('stem')
      .fill(
        '<p>How many days does the <strong>2026</strong> trade-in offer last?</p>',
      );
    await page.getByTestId('change-note').fill('Name the year of the offer');
    await page.getByTestId('save-question').click();
    await expect(page.getByText('Saved as version 2.')).toBeVisible();
    await expect(page.getByTestId('editor-version')).toHaveText('Version 2');
    await snapshot(page, 'question-editor');

    await page.getByTestId('open-history').click();
    const versions = page.getByTestId('versions-table');
    await expect(versions.getByRole('row')).toHaveCount(3);
    const newest = page.getByTestId('version-row-2');
    await expect(newest).toContainText('v2');
    await expect(newest).toContainText('Name the year of the offer');
    await expect(newest).toContainText('Sam Taylor');

    await page.getByRole('link', { name: 'View version 1' }).click();
    const detail = page.getByTestId('version-detail');
    await expect(
      detail.getByRole('heading', { name: /Version 1/ }),
    ).toBeVisible();
    await expect(detail).toContainText(
      'How many days does the trade-in offer last?',
    );
    await expect(detail).not.toContainText('the 2026 trade-in');
    await snapshot(page, 'question-history');
  });

  test('a saved question is previewed as agents see it and an answer is scored', async ({
    page,
  }) => {
    await openDemoBank(page);
    await page.getByTestId('question-search').fill('minimum battery health');
    await page
      .getByRole('link', { name: 'Trade-in: minimum battery health' })
      .click();
    await expect(page.getByTestId('question-name')).toHaveValue(
      'Trade-in: minimum battery health',
    );
    await expectNoSeriousViolations(page);

    await page.getByTestId('open-preview').click();
    const view = page.getByTestId('server-preview');
    await expect(view).toContainText(
      'What battery health must an old phone have',
    );
    await view.getByRole('radio', { name: '85%' }).check();
    await page.getByTestId('check-answer').click();
    await expect(page.getByTestId('try-score')).toContainText(
      /^\s*1 of 1 points/,
    );
    await expect(page.getByTestId('try-result')).toContainText(
      'grade A needs 85% or more',
    );

    await view.getByRole('radio', { name: '70%' }).check();
    await page.getByTestId('check-answer').click();
    await expect(page.getByTestId('try-score')).toContainText(
      /^\s*0 of 1 points/,
    );
    await snapshot(page, 'question-preview-try');
    await expectNoSeriousViolations(page);
  });

  test('selected questions are tagged in bulk and exported', async ({
    page,
  }) => {
    const tag = `bulk-${uniqueSuffix()}`;
    await openDemoBank(page);
    await page.getByTestId('question-search').fill('Plans:');
    await expect(page.getByTestId('match-count')).toHaveText(
      '2 questions match',
    );
    const table = page.getByTestId('questions-table');
    await table
      .getByRole('checkbox', { name: 'Select all questions on this page' })
      .check();
    await expect(page.getByTestId('bulk-bar')).toContainText('2 selected');

    await page.getByTestId('bulk-tag').click();
    const dialog = page.getByRole('dialog', { name: 'Add tags' });
    await dialog.getByTestId('bulk-tags').fill(tag);
    await dialog.getByTestId('bulk-tags').press('Enter');
    await dialog.getByTestId('confirm-bulk').click();
    await expect(page.getByText('2 questions updated')).toBeVisible();

    await page.getByTestId('question-search').fill('');
    await page.getByTestId('tag-filter').fill(tag);
    await expect(page.getByTestId('match-count')).toHaveText(
      '2 questions match',
    );
    await snapshot(page, 'question-bank-bulk');

    await page.getByTestId('bulk-export').click();
    const exportDialog = page.getByRole('dialog', { name: 'Export questions' });
    await exportDialog.getByTestId('export-format').click();
    await page.getByRole('option', { name: 'CSV (.csv)' }).click();
    const download = page.waitForEvent('download');
    await exportDialog.getByTestId('confirm-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await expect(exportDialog.getByTestId('export-done')).toBeVisible();
  });
});

test('in Chinese, the bank and the editor speak Chinese, validation included', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.trainer1.email);
  await expect(
    page.getByRole('heading', { level: 1, name: '培训工作台' }),
  ).toBeVisible();
  await openDemoBank(page);
  await expect(
    page.getByRole('heading', { level: 1, name: '题库' }),
  ).toBeVisible();
  await expect(page.getByTestId('match-count')).toContainText('道题符合条件');
  await snapshot(page, 'question-bank-zh');

  await page.getByTestId('new-question').click();
  await page.getByTestId('new-ordering').click();
  await expect(
    page.getByRole('heading', { level: 1, name: '新建题目' }),
  ).toBeVisible();
  await page.getByTestId('save-question').click();
  const summary = page.getByTestId('problem-summary');
  await expect(summary).toContainText('名称: 请填写题目名称。');
  await expect(summary).toContainText('题干: 此项不能为空。');
  await snapshot(page, 'question-editor-zh');
});
