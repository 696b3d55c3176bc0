import {
  type APIRequestContext,
  expect,
  type Page,
  test,
} from '@playwright/test';
import type { SingleChoiceQuestion } from '@pathwise/assessment';
import type {
  ExamAttemptRow,
  ExamDetail,
  Page as ResultPage,
  QuestionDetail,
} from '@pathwise/contracts';
import { readFile } from 'node:fs/promises';
import { ExamApi } from './support/exam-api';
import { ACCOUNTS, signIn, snapshot, uniqueSuffix } from './support/portal';
import { expectNoSeriousViolations } from './support/axe';

// A laptop screen, as trainers grade and read statistics.
test.use({ viewport: { width: 1440, height: 1000 } });
// One exam flows through grading, the dashboard and the statistics, in that order.
test.describe.configure({ mode: 'serial' });

/** Agents no other spec uses, so their attempts are this spec's alone. */
const AGENT = 'agent15@pathwise.local';
const LATE_AGENT = 'agent16@pathwise.local';
const ESSAY_TEXT = [
  'I am truly sorry that the refund promised within seven days has still not arrived after twelve days, and that you had to call us three times about it.',
  'I will personally escalate your refund ticket to our finance team right now and call you back before 6 pm tomorrow with the exact date the money reaches your account.',
  'After the call I will record the case and the promised callback in the ticket.',
].join('\n');

const PLAN_QUESTION: SingleChoiceQuestion = {
  type: 'single_choice',
  stem: '<p>Which plan includes a free trade-in?</p>',
  options: [
    { id: 'a', text: 'Basic', fraction: 0 },
    { id: 'b', text: 'Plus', fraction: 1 },
    { id: 'c', text: 'Premium', fraction: 0 },
  ],
};

/** At 375 px nothing but the tables' own scroll areas may be wider than the screen. */
async function expectFitsPhone(page: Page, screenshot: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 800 });
  // Polled: the side navigation folds away as the window narrows.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const scroller = document.querySelector('mat-sidenav-content');
        return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
      }),
    )
    .toBeLessThanOrEqual(1);
  await snapshot(page, screenshot);
  if (size) await page.setViewportSize(size);
}

interface Setup {
  trainer: ExamApi;
  agent: ExamApi;
  exam: ExamDetail;
  attemptId: string;
  agentName: string;
  /** Our own single-choice question, so a new version of it (for the regrade) touches no other spec. */
  single: QuestionDetail;
  essayName: string;
  trueFalseName: string;
}

let setup: Setup;
// Made here, not the `request` fixture: the tests keep using the sessions signed in during setup.
let api: APIRequestContext;

test.beforeAll(async ({ playwright, baseURL }) => {
  api = await playwright.request.newContext({ baseURL });
  const request = api;
  const suffix = uniqueSuffix();
  const trainer = await ExamApi.signIn(request, ACCOUNTS.trainer2.email);
  const { bankId, byType } = await trainer.demoBank();
  const essay = byType.get('essay');
  const trueFalse = byType.get('true_false');
  if (!essay || !trueFalse)
    throw new Error('The demo bank lacks an essay or a true/false question');
  const single = await trainer.createQuestion(bankId, {
    categoryId: essay.categoryId,
    name: `E2E insights ${suffix} plan`,
    status: 'active',
    definition: PLAN_QUESTION,
  });
  // Single choice 2 points, true/false 1, the demo essay (rubric 4 + 3 + 3) 10: 13 in all.
  const exam = await trainer.publishExam(
    [
      { kind: 'fixed', questionId: single.id, points: 2 },
      { kind: 'fixed', questionId: trueFalse.id, points: 1 },
      { kind: 'fixed', questionId: essay.id, points: 10 },
    ],
    {
      title: `E2E insights ${suffix}`,
      passPercent: 60,
      shuffleQuestions: false,
    },
  );

  const agent = await ExamApi.signIn(request, AGENT);
  const attempt = await agent.startAttempt(exam.id);
  const position = (type: string) => {
    const found = attempt.questions.find((q) => q.question.type === type);
    if (!found) throw new Error(`No ${type} question in the attempt`);
    return found.position;
  };
  const trueFalseKey = (await trainer.question(trueFalse.id)).definition;
  if (trueFalseKey.type !== 'true_false')
    throw new Error('Not a true/false question');
  await agent.saveAnswer(attempt.id, position('single_choice'), {
    optionId: 'b',
  });
  // The wrong value on purpose: 0 of 1.
  await agent.saveAnswer(attempt.id, position('true_false'), {
    value: !trueFalseKey.correct,
  });
  await agent.saveAnswer(attempt.id, position('essay'), { text: ESSAY_TEXT });
  await agent.submitAttempt(attempt.id);
  await expect
    .poll(
      async () =>
        (
          await agent.call<{ status: string }>(
            'GET',
            `attempts/${attempt.id}/result`,
          )
        ).status,
      { timeout: 20_000 },
    )
    .toBe('needs_grading');
  const rows = await trainer.call<ResultPage<ExamAttemptRow>>(
    'GET',
    `exams/${exam.id}/attempts`,
  );
  setup = {
    trainer,
    agent,
    exam,
    attemptId: attempt.id,
    agentName: rows.items[0].agentName,
    single,
    essayName: essay.name,
    trueFalseName: trueFalse.name,
  };
});

test.afterAll(async () => {
  await api?.dispose();
});

test('a trainer grades the open essay with the keyboard and the agent sees the released result', async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.trainer2.email);
  await page.goto(`/studio/grading?examId=${setup.exam.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grading queue' }),
  ).toBeVisible();
  const item = page.getByTestId('grading-item');
  await expect(
    item.getByRole('heading', {
      level: 2,
      name: `Answer by ${setup.agentName}`,
    }),
  ).toBeVisible();
  await expect(page.getByTestId('grading-progress')).toContainText(
    '0 of 1 graded in this session',
  );
  // The answer keeps its line breaks.
  await expect(page.getByTestId('agent-answer')).toHaveText(ESSAY_TEXT, {
    useInnerText: true,
  });
  await expect(item).toContainText(
    'Full marks need the refund ticket to be escalated',
  );
  const empathy = page.getByTestId('criterion-empathy');
  await expect(empathy).toContainText(
    'Acknowledges the frustration and apologises sincerely',
  );
  await expect(empathy.getByRole('radio')).toHaveCount(3);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Keyboard shortcuts' }),
  ).toBeVisible();
  await snapshot(page, 'grading-queue-item');
  await expectNoSeriousViolations(page);
  await expectFitsPhone(page, 'grading-queue-item-phone');

  // 3 → "Specific and sincere" (4) and on to ownership; K back, J forward again; 2 → "Vague" (2); 2 → "Escalated and recorded" (3).
  await page.keyboard.press('3');
  await expect(
    page.getByTestId('level-empathy-2').getByRole('radio'),
  ).toBeChecked();
  await expect(page.getByTestId('criterion-ownership')).toHaveAttribute(
    'aria-current',
    'true',
  );
  await page.keyboard.press('k');
  await expect(empathy).toHaveAttribute('aria-current', 'true');
  await expect(empathy).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('2');
  await page.keyboard.press('2');
  await expect(
    page.getByTestId('level-ownership-1').getByRole('radio'),
  ).toBeChecked();
  await expect(
    page.getByTestId('level-follow-up-1').getByRole('radio'),
  ).toBeChecked();
  await expect(page.getByTestId('rubric-total')).toHaveText(
    'Total: 9 of 10 points',
  );

  // Typing a comment (digits and an "s" included) changes no level and skips nothing.
  const comment = page.getByTestId('grade-comment');
  await comment.click();
  await page.keyboard.type('Sincere apology; 1 clear next step.');
  await expect(comment).toHaveValue('Sincere apology; 1 clear next step.');
  await expect(page.getByTestId('rubric-total')).toHaveText(
    'Total: 9 of 10 points',
  );
  await expect(
    page.getByTestId('level-empathy-2').getByRole('radio'),
  ).toBeChecked();

  await page.keyboard.press('Control+Enter');
  await expect(
    page.getByText(
      `That was the last open answer of ${setup.agentName}'s attempt: it is now graded and the result is released.`,
    ),
  ).toBeVisible();
  const empty = page.getByTestId('grading-empty');
  await expect(
    empty.getByRole('heading', { level: 2, name: 'Nothing to grade' }),
  ).toBeFocused();
  await expect(page.getByTestId('grading-progress')).toContainText(
    '1 of 1 graded in this session',
  );
  await expectNoSeriousViolations(page);

  // The agent, in their own browser, sees the released score: 2 + 0 + 9 of 13.
  const agentContext = await browser.newContext();
  const agentPage = await agentContext.newPage();
  await signIn(agentPage, AGENT);
  await agentPage.goto(`/learn/exams/attempts/${setup.attemptId}/result`);
  await expect(agentPage.getByTestId('result-score')).toContainText(
    /11\s*(\/|of)\s*13/,
  );
  await agentContext.close();
  const result = await setup.agent.call<{
    status: string;
    score: { points: number; maxPoints: number };
  }>('GET', `attempts/${setup.attemptId}/result`);
  expect(result).toMatchObject({
    status: 'graded',
    score: { points: 11, maxPoints: 13 },
  });
});

test('the dashboard counts the graded attempt, follows new attempts live and exports the results', async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.trainer2.email);
  await page.goto(`/studio/exam-insights/${setup.exam.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: setup.exam.title }),
  ).toBeVisible();
  const tile = (testId: string) => page.getByTestId(testId).locator('.value');
  await expect(tile('count-graded')).toHaveText('1');
  await expect(tile('count-needs_grading')).toHaveText('0');
  await expect(tile('count-submitted')).toHaveText('0');
  await expect(tile('count-in_progress')).toHaveText('0');
  await expect(tile('pass-rate')).toHaveText('100%');
  await expect(page.getByTestId('pass-rate')).toContainText(
    '1 of 1 graded agent passed',
  );
  // 11 of 13.
  await expect(tile('average')).toHaveText('84.6%');
  await expect(page.getByTestId('histogram-svg')).toHaveAttribute(
    'aria-label',
    'Score distribution of 1 graded attempt in steps of 10%. Pass mark 60%.',
  );
  const bins = page.getByTestId('histogram-table').getByRole('row');
  await expect(bins).toHaveCount(11);
  await expect(bins.filter({ hasText: '80–90%' })).toHaveText(/80–90%\s*1/);
  await expect(bins.filter({ hasText: '70–80%' })).toHaveText(/70–80%\s*0/);

  const row = page.getByTestId(`attempt-row-${setup.attemptId}`);
  await expect(row).toContainText(setup.agentName);
  await expect(row).toContainText('Graded');
  await expect(row).toContainText('by the agent');
  await expect(row).toContainText('84.6%');
  await expect(row).toContainText('Passed');
  await snapshot(page, 'exam-dashboard');
  await row
    .getByRole('button', { name: `View result: ${setup.agentName}, attempt 1` })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('result-summary')).toContainText(
    '11 of 13 points (84.6%)',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expectNoSeriousViolations(page);

  // Another agent starts: the poll picks it up within a few seconds and says so politely.
  const late = await ExamApi.signIn(api, LATE_AGENT);
  await late.startAttempt(setup.exam.id);
  await expect(tile('count-in_progress')).toHaveText('1', { timeout: 15_000 });
  await expect(page.getByTestId('live-announcement')).toHaveText(
    'Attempts updated: 1 in progress, 0 submitted, 0 waiting for grading, 1 graded.',
  );
  await expect(page.getByTestId('attempt-count')).toHaveText('2 attempts');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await file.path(), 'utf8');
  expect(csv).toContain(setup.agentName);
  await expect(page.getByTestId('export-done')).toHaveText(
    'The CSV file has been downloaded.',
  );
  await expectFitsPhone(page, 'exam-dashboard-phone');

  // A trainer whose account is in Chinese reads the same dashboard in Chinese.
  const zhContext = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
  });
  const zh = await zhContext.newPage();
  await signIn(zh, ACCOUNTS.trainer1.email);
  await zh.goto(`/studio/exam-insights/${setup.exam.id}`);
  await expect(
    zh.getByRole('heading', { level: 2, name: '当前作答情况' }),
  ).toBeVisible();
  await expect(zh.getByTestId('count-graded')).toContainText('已评分');
  await expect(zh.getByTestId('histogram-svg')).toHaveAttribute(
    'aria-label',
    '1 次已评分作答的成绩分布，每档 10%。及格线 60%。',
  );
  await expect(zh.getByTestId(`attempt-row-${setup.attemptId}`)).toContainText(
    '通过',
  );
  await snapshot(zh, 'exam-dashboard-zh');
  await zhContext.close();
});

test('item statistics recompute, sort by facility, and a regrade after a key fix runs to done', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.trainer2.email);
  await page.goto(`/studio/exam-insights/${setup.exam.id}`);
  await page.getByTestId('open-statistics').click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: `Item statistics: ${setup.exam.title}`,
    }),
  ).toBeVisible();

  const before = await page.getByTestId('computed-at').textContent();
  await page.getByTestId('recompute').click();
  await expect(page.getByTestId('recompute-message')).toHaveText(
    'The statistics are up to date.',
    { timeout: 30_000 },
  );
  await expect(page.getByTestId('computed-at')).not.toHaveText(before ?? '');
  await expect(page.getByTestId('stats-attempts')).toContainText('1');

  const table = page.getByTestId('items-table');
  const rowNames = () =>
    table
      .locator('tr[data-testid^="item-row-"]')
      .evaluateAll((rows) =>
        rows.map((r) =>
          r.getAttribute('data-testid')?.replace('item-row-', ''),
        ),
      );
  await expect(table.locator('tr[data-testid^="item-row-"]')).toHaveCount(3);
  await expect(
    page.getByTestId(`item-row-${setup.single.name}`).getByTestId('facility'),
  ).toHaveText('100%');
  await expect(
    page.getByTestId(`item-row-${setup.essayName}`).getByTestId('facility'),
  ).toHaveText('90%');
  await expect(
    page.getByTestId(`item-row-${setup.trueFalseName}`).getByTestId('facility'),
  ).toHaveText('0%');

  const facilityHeader = page.getByTestId('sort-facility');
  await facilityHeader.getByRole('button').click();
  await expect(facilityHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await rowNames()).toEqual([
    setup.trueFalseName,
    setup.essayName,
    setup.single.name,
  ]);
  await facilityHeader.getByRole('button').press('Enter');
  await expect(facilityHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await rowNames()).toEqual([
    setup.single.name,
    setup.essayName,
    setup.trueFalseName,
  ]);

  // The option choices of our single-choice question: Plus (the key) once.
  const toggle = page.getByTestId(`toggle-options-${setup.single.id}`);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const bars = page.getByRole('list', {
    name: `Choices made in ${setup.single.name}`,
  });
  await expect(bars.getByRole('listitem')).toHaveCount(3);
  await expect(
    bars.getByRole('listitem').filter({ hasText: 'Plus' }),
  ).toContainText('(right answer)');
  await expect(
    bars.getByRole('listitem').filter({ hasText: 'Plus' }),
  ).toContainText('1 time (100%)');
  await snapshot(page, 'item-statistics');
  await expectNoSeriousViolations(page);

  // The key was wrong: Premium is right, Plus only half. A new version, then a regrade from the table.
  const { single } = setup;
  const credit: Record<string, number> = { a: 0, b: 0.5, c: 1 };
  await setup.trainer.updateQuestion(single.id, {
    categoryId: single.categoryId,
    name: single.name,
    baseVersion: single.version,
    definition: {
      ...PLAN_QUESTION,
      options: PLAN_QUESTION.options.map((o) => ({
        ...o,
        fraction: credit[o.id],
      })),
    },
  });
  await page.getByTestId(`regrade-${single.id}`).click();
  const confirmDialog = page.getByRole('alertdialog', {
    name: `Regrade ${single.name}?`,
  });
  await expect(confirmDialog).toContainText(
    'moves to its current version and is graded again',
  );
  await confirmDialog.getByTestId('confirm-button').click();
  const progress = page.locator(
    `app-regrade-progress[data-testid="regrade-${single.id}"]`,
  );
  await expect(progress).toContainText(
    `${single.name} → version ${single.version + 1}`,
  );
  await expect(progress.getByTestId('regrade-status')).toHaveText(
    'Done: 1 attempt regraded, 1 with a changed score.',
    { timeout: 30_000 },
  );
  await expect(progress.getByRole('progressbar')).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expect(page.getByTestId('recompute-message')).toHaveText(
    'Scores changed. Recompute the statistics to include them.',
  );
  await snapshot(page, 'regrade-progress');
  const regraded = await setup.agent.call<{ score: { points: number } }>(
    'GET',
    `attempts/${setup.attemptId}/result`,
  );
  expect(regraded.score.points).toBe(10);
});
