import { expect, type Locator, type Page, test } from '@playwright/test';
import type {
  DrawExamItem,
  DrawPreview,
  ExamDetail,
  MyExam,
  TeamSummary,
} from '@pathwise/contracts';
import { ExamApi, ofType } from './support/exam-api';
import { ACCOUNTS, signIn, snapshot, uniqueSuffix } from './support/portal';
import { expectNoSeriousViolations } from './support/axe';

const DEMO_BANK = /^Product knowledge/;
const TEAM = 'Customer Care A';

// A laptop screen: the builder's cards beside the sticky summary, as trainers use it.
test.use({ viewport: { width: 1440, height: 1000 } });

/** Opens a Material select through its form field (an empty one lies under its floating label). */
async function choose(
  page: Page,
  select: Locator,
  option: string | RegExp,
): Promise<void> {
  await select.locator('xpath=ancestor::mat-form-field').click();
  await page.getByRole('option', { name: option }).click();
}

/** What the live count says: "7 active questions match" or "Only 7 match but …". */
async function liveCount(draw: Locator): Promise<number> {
  const text = await draw.getByTestId('draw-live-count').textContent();
  const match = /(\d+)/.exec(text ?? '');
  if (!match) throw new Error(`No count in "${text}"`);
  return Number(match[1]);
}

test.describe('exam builder', () => {
  test('a trainer builds, checks and publishes an exam that a team can then take', async ({
    page,
    request,
  }) => {
    const title = `E2E builder ${uniqueSuffix()}`;
    const trainer = await ExamApi.signIn(request, ACCOUNTS.trainer2.email);
    const { bankId } = await trainer.demoBank();

    await signIn(page, ACCOUNTS.trainer2.email);
    await page.getByTestId('open-exams').click();
    await expect(page).toHaveURL(/\/studio\/exams$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Exams' }),
    ).toBeVisible();
    await expect(page.getByTestId('exam-count')).toBeVisible();
    await snapshot(page, 'exam-list');

    // Settings.
    await page.getByTestId('new-exam').click();
    await expect(page).toHaveURL(/\/studio\/exams\/new$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'New exam' }),
    ).toBeVisible();
    await page.getByTestId('exam-title').fill(title);
    await page.getByTestId('exam-time-limit').fill('25');
    await page.getByTestId('exam-pass-percent').fill('70');
    await choose(
      page,
      page.getByTestId('exam-review-when'),
      'After the exam closes',
    );
    await page.getByRole('checkbox', { name: 'The correct answers' }).check();
    await expect(
      page.getByText('Leave empty for no time limit.'),
    ).toBeVisible();
    await snapshot(page, 'exam-builder-settings');

    // Two fixed questions through the picker: search, preview, select.
    await page.getByTestId('section-title').fill('Trade-in basics');
    await page.getByTestId('add-questions').click();
    const picker = page.getByRole('dialog', {
      name: 'Add questions to section 1',
    });
    await expect(picker).toBeVisible();
    await choose(page, picker.getByTestId('picker-bank'), DEMO_BANK);
    await picker.getByTestId('picker-search').fill('Trade-in');
    const battery = picker.getByTestId(
      'picker-row-Trade-in: minimum battery health',
    );
    const locked = picker.getByTestId('picker-row-Trade-in: locked phones');
    await expect(battery).toBeVisible();
    await expect(
      picker.getByTestId('picker-row-Greeting: the required opening'),
    ).toHaveCount(0);
    await battery
      .getByRole('button', { name: 'Preview Trade-in: minimum battery health' })
      .click();
    const preview = picker.getByTestId('picker-preview');
    await expect(
      preview.getByRole('heading', {
        name: 'Preview: Trade-in: minimum battery health',
      }),
    ).toBeVisible();
    await expect(preview).toContainText(
      'What battery health must an old phone have',
    );
    await expect(preview.getByRole('radio', { name: '85%' })).toBeVisible();
    await battery.getByRole('checkbox').check();
    await locked.getByRole('checkbox').check();
    await picker.getByTestId('picker-points').fill('2');
    await expect(picker.getByTestId('picker-count')).toContainText(
      '2 selected',
    );
    await snapshot(page, 'exam-picker');
    await picker.getByTestId('picker-add').click();
    await expect(picker).toBeHidden();
    const section = page.getByTestId('exam-section-0');
    await expect(section.getByTestId('fixed-item-name')).toHaveText([
      'Trade-in: minimum battery health',
      'Trade-in: locked phones',
    ]);
    await expect(section.getByTestId('fixed-item-points').first()).toHaveValue(
      '2',
    );

    // A blueprint draw asking for more than the bank holds: the live count says so.
    await section.getByTestId('add-draw').click();
    const draw = page.getByTestId('exam-item-0-2');
    await choose(page, draw.getByTestId('draw-bank'), DEMO_BANK);
    await choose(page, draw.getByTestId('draw-min-difficulty'), 'Level 2');
    await draw.getByTestId('draw-count').fill('50');
    const filter: DrawExamItem = {
      kind: 'draw',
      count: 1,
      points: 0,
      bankId,
      categoryId: null,
      includeSubcategories: true,
      dimension: null,
      minDifficulty: 2,
      maxDifficulty: null,
      tags: [],
      types: [],
    };
    const { available } = await trainer.call<DrawPreview>(
      'POST',
      'exams/draw-preview',
      filter,
    );
    expect(available).toBeGreaterThan(1);
    expect(available).toBeLessThan(50);
    await expect(draw.getByTestId('draw-shortfall')).toHaveText(
      `Not enough questions. Only ${available} match but the draw asks for 50: lower the count or widen the filters.`,
    );
    expect(await liveCount(draw)).toBe(available);
    await snapshot(page, 'exam-draw-live-count');

    // Saved as it is, the checklist lists the unfillable draw (and the missing audience).
    await page.getByTestId('save-exam').click();
    await expect(page).toHaveURL(/\/studio\/exams\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    const checklist = page.getByTestId('checklist');
    await expect(
      checklist.locator('[data-code="draw_unfillable"]'),
    ).toContainText(
      `Section 1, item 3: the draw asks for 50 questions but only ${available} match.`,
    );
    await expect(checklist.locator('[data-code="no_audience"]')).toBeVisible();
    await expect(page.getByTestId('checklist-count')).toHaveText(
      '2 items block publishing.',
    );
    await snapshot(page, 'exam-checklist');
    await checklist.getByRole('button', { name: /Section 1, item 3/ }).click();
    await expect(page.getByTestId('exam-item-0-2')).toBeFocused();

    // Publishing now is refused by the API; the checklist says why.
    await page.getByTestId('publish-exam').click();
    await expect(page.getByTestId('publish-refused')).toBeVisible();
    await expect(page.getByTestId('exam-status')).toHaveText('Draft');

    // Fix the count, assign the team, save: the checklist clears.
    const fixedDraw = page.getByTestId('exam-item-0-2');
    await fixedDraw.getByTestId('draw-count').fill('3');
    await expect(fixedDraw.getByTestId('draw-match-count')).toHaveText(
      `${available} active questions match`,
    );
    await page.getByTestId('audience-chosen').click();
    await page
      .getByRole('checkbox', {
        name: new RegExp(`^${TEAM} \\(\\d+ members\\)`),
      })
      .check();
    await page.getByTestId('save-exam').click();
    await expect(page.getByTestId('checklist-clear')).toHaveText(
      '✓ Ready to publish.',
    );
    await expect(page.getByTestId('summary-question-count')).toHaveText('5');

    await page.getByTestId('publish-exam').click();
    await expect(page.getByTestId('exam-status')).toHaveText('Published');
    await expect(page.getByTestId('open-dashboard')).toBeVisible();
    await expect(page.getByTestId('checklist-clear')).toHaveText(
      '✓ Every check passes.',
    );
    await expect(page.getByTestId('save-exam')).toHaveText('Save changes');
    await snapshot(page, 'exam-published');

    // The list shows it as published.
    await page.getByRole('link', { name: /All exams/ }).click();
    await page.getByTestId('status-filter-published').click();
    const row = page.getByTestId(`exam-row-${title}`);
    await expect(row).toContainText('Published');
    await expect(row).toContainText('5');
    await expect(row).toContainText('25 minutes');

    // An agent of the team can start it, with the planned number of questions; another team cannot see it.
    const agent = await ExamApi.signIn(request, ACCOUNTS.agent01.email);
    const mine = (await agent.call<MyExam[]>('GET', 'me/exams')).find(
      (e) => e.title === title,
    );
    expect(mine).toMatchObject({
      questionCount: 5,
      passPercent: 70,
      timeLimitMinutes: 25,
      canStart: true,
    });
    const outsider = await ExamApi.signIn(request, ACCOUNTS.agent11.email);
    const theirs = await outsider.call<MyExam[]>('GET', 'me/exams');
    expect(theirs.some((e) => e.title === title)).toBe(false);
  });

  test('the builder renders in Chinese for a Chinese-speaking trainer, down to a phone screen', async ({
    page,
  }) => {
    await signIn(page, ACCOUNTS.trainer1.email);
    await expect(
      page.getByRole('heading', { level: 1, name: ACCOUNTS.trainer1.heading }),
    ).toBeVisible();
    await expect(page.getByTestId('card-grading')).toContainText('人工评分');
    await page.getByTestId('open-exams').click();
    await expect(
      page.getByRole('heading', { level: 1, name: '考试' }),
    ).toBeVisible();
    await page.getByTestId('new-exam').click();
    await expect(
      page.getByRole('heading', { level: 1, name: '新建考试' }),
    ).toBeVisible();
    for (const heading of [
      '基本设置',
      '评分',
      '试题',
      '考试对象',
      '作答与回看',
      '概览',
    ]) {
      await expect(
        page.getByRole('heading', { level: 2, name: heading }),
      ).toBeVisible();
    }
    await expect(page.getByTestId('save-exam')).toHaveText('保存草稿');
    await expect(page.getByText('留空表示不限时。')).toBeVisible();

    // An empty title is caught before anything is sent, in Chinese.
    await page.getByTestId('save-exam').click();
    await expect(page.getByTestId('issue-summary')).toBeFocused();
    await expect(page.getByTestId('issue-summary')).toContainText(
      '保存前还有 1 处需要修改',
    );
    await expect(page.getByTestId('issue-summary')).toContainText(
      '标题: 此项为必填。',
    );

    await page.getByTestId('add-draw').click();
    await expect(page.getByTestId('exam-item-0-0')).toContainText(
      '随机抽题 · 第 1 项',
    );
    await expect(
      page.getByTestId('exam-item-0-0').getByTestId('draw-live-count'),
    ).toContainText(/有 \d+ 道启用试题符合条件/);

    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(
      () =>
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await snapshot(page, 'exam-builder-zh-phone');

    // Leaving with unsaved changes asks first.
    await page.getByRole('link', { name: /全部考试/ }).click();
    await expect(
      page.getByRole('alertdialog', { name: '不保存就离开？' }),
    ).toBeVisible();
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page).toHaveURL(/\/studio\/exams\/new$/);
  });

  test('the exam list, the builder and the picker pass the WCAG checks; the list archives an exam', async ({
    page,
    request,
  }) => {
    const trainer = await ExamApi.signIn(request, ACCOUNTS.trainer2.email);
    const { bankId, byType } = await trainer.demoBank();
    const teams = await trainer.call<TeamSummary[]>('GET', 'teams');
    const single = ofType(byType, 'single_choice');
    const exam = await trainer.call<ExamDetail>('POST', 'exams', {
      title: `E2E builder a11y ${uniqueSuffix()}`,
      purpose: 'course_check',
      passPercent: 60,
      dimensionPassPercent: { 'product-knowledge': 50 },
      sections: [
        {
          title: 'Everything',
          items: [
            { kind: 'fixed', questionId: single.id, points: 1 },
            { kind: 'draw', count: 2, points: 1, bankId, tags: ['trade-in'] },
          ],
        },
      ],
      audience: { everyone: false, userIds: [], teamIds: [teams[0].id] },
    });

    await signIn(page, ACCOUNTS.trainer2.email);
    await page.goto('/studio/exams');
    await expect(page.getByTestId(`exam-row-${exam.title}`)).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.goto(`/studio/exams/${exam.id}`);
    await expect(page.getByTestId('fixed-item-name')).toHaveText(single.name);
    await expect(page.getByTestId('draw-match-count')).toBeVisible();
    await expect(page.getByTestId('checklist-clear')).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.getByTestId('add-questions').click();
    const picker = page.getByRole('dialog');
    await expect(
      picker.getByTestId('picker-results').getByRole('listitem').first(),
    ).toBeVisible();
    await picker.getByTestId('picker-preview-button').first().click();
    await expect(
      picker.getByTestId('picker-preview').locator('app-question-view'),
    ).toBeVisible();
    await expectNoSeriousViolations(page);

    // Archiving from the list asks first, then files the exam under Archived.
    await page.goto('/studio/exams');
    await page.getByTestId(`exam-actions-${exam.title}`).click();
    await page.getByTestId('menu-archive').click();
    await expect(
      page.getByRole('alertdialog', { name: `Archive “${exam.title}”?` }),
    ).toBeVisible();
    await page.getByTestId('confirm-button').click();
    await page.getByTestId('status-filter-archived').click();
    await expect(page.getByTestId(`exam-row-${exam.title}`)).toContainText(
      'Archived',
    );
  });
});
