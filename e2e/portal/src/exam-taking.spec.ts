import { expect, type Page, test } from '@playwright/test';
import type { FixedExamItem, QuestionSummary } from '@pathwise/contracts';
import {
  clockSeconds,
  signInAsAgentInEnglish,
} from './support/agent-exams-session';
import { expectNoSeriousViolations } from './support/axe';
import { ExamApi } from './support/exam-api';
import { ACCOUNTS, snapshot, uniqueSuffix } from './support/portal';

// Agents no other portal spec uses, one per test: their attempts and language stay their own.
const TAKER = 'agent17@pathwise.local';
const TIMED_TAKER = 'agent18@pathwise.local';
const ESSAY_TAKER = 'agent19@pathwise.local';

/**
 * The seeded demo questions by type, found by name: other specs add questions of the same types
 * to the demo bank, and this spec relies on the demo ones' options and keys.
 */
const DEMO_QUESTIONS = {
  single_choice: 'Trade-in: minimum battery health',
  multiple_choice: 'Trade-in: documents the customer must bring',
  true_false: 'Trade-in: locked phones',
  numerical: 'Plans: data allowance of the Plus plan',
  matching: 'Plans: match the plan to its customer',
  fill_blank: 'Greeting: the required opening',
  ordering: 'Complaints: order of the LEARN steps',
  essay: 'Complaints: an angry customer about a late refund',
  scenario: 'Case: a trade-in valued lower than quoted',
} as const;

type DemoType = keyof typeof DEMO_QUESTIONS;

/** Every demo question type a machine grades, in the order the exam shows them. */
const AUTO_GRADED: DemoType[] = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'numerical',
  'matching',
  'fill_blank',
  'ordering',
  'scenario',
];

async function trainerApi(request: Parameters<typeof ExamApi.signIn>[0]) {
  const trainer = await ExamApi.signIn(request, ACCOUNTS.trainer2.email);
  const { bankId } = await trainer.demoBank();
  const { items } = await trainer.call<{ items: QuestionSummary[] }>(
    'GET',
    `question-banks/${bankId}/questions?pageSize=100&status=active`,
  );
  const item = (type: DemoType): FixedExamItem => {
    const question = items.find((q) => q.name === DEMO_QUESTIONS[type]);
    if (!question) throw new Error(`The demo bank has no ${type} question`);
    return { kind: 'fixed', questionId: question.id, points: 1 };
  };
  return { trainer, item };
}

function attemptIdFrom(page: Page): string {
  const match = /\/learn\/exams\/attempts\/([0-9a-f-]{36})/.exec(page.url());
  if (!match) throw new Error(`Not in the exam player: ${page.url()}`);
  return match[1];
}

async function startFromStartPage(page: Page): Promise<string> {
  await page.getByTestId('start-exam').click();
  await expect(page).toHaveURL(/\/learn\/exams\/attempts\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole('heading', { level: 2, name: /^Question 1 of/ }),
  ).toBeVisible();
  return attemptIdFrom(page);
}

test.describe('taking an exam', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('an agent answers every question type with mouse and keyboard, survives going offline and a reload, submits and sees the result', async ({
    page,
    context,
    request,
  }) => {
    test.setTimeout(120_000);
    const { trainer, item } = await trainerApi(request);
    const title = `Trade-in readiness ${uniqueSuffix()}`;
    const exam = await trainer.publishExam(AUTO_GRADED.map(item), {
      title,
      description: 'Eight questions on the trade-in launch.',
      timeLimitMinutes: 30,
      maxAttempts: 3,
      passPercent: 50,
      closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      shuffleQuestions: false,
      shuffleOptions: false,
      layout: 'one_per_page',
      navigation: 'free',
    });

    await signInAsAgentInEnglish(page, TAKER);
    await expect(page.getByTestId('card-exams-summary')).toContainText(
      'to take',
    );
    await page.getByTestId('open-my-exams').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'My exams',
    );
    const card = page.getByTestId(`exam-card-${exam.id}`);
    await expect(card).toContainText(title);
    await expect(card.getByTestId('exam-badge')).toHaveText('Due in 2 days');
    await expect(card.getByTestId('exam-attempts')).toHaveText('3 of 3 left');
    await expect(card).toContainText('30 minutes');
    await expect(
      page.getByTestId('group-available').getByTestId(`exam-card-${exam.id}`),
    ).toBeVisible();
    await snapshot(page, 'agent-exam-my-exams');

    await card.getByTestId('open-exam').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const rules = page.getByTestId('exam-rules');
    await expect(rules).toContainText('8 questions');
    await expect(rules).toContainText('30 minutes, counted by the server');
    await expect(rules).toContainText('50%');
    await expect(rules).toContainText('One question per page');
    await expect(page.getByTestId('exam-review-promise')).toHaveText(
      'As soon as your answers are graded you will see:',
    );
    await snapshot(page, 'agent-exam-start');

    const attemptId = await startFromStartPage(page);
    const saveStatus = page.getByTestId('save-status');
    const question = (n: number) => page.getByTestId(`question-${n}`);

    // 1 single choice, with the mouse.
    await question(1).getByRole('radio', { name: '85%' }).click();
    await expect(saveStatus).toHaveText('All answers saved');
    await page.getByTestId('next-question').click();

    // 2 multiple choice, with number keys; focus is on the question heading.
    await expect(
      page.getByRole('heading', { level: 2, name: 'Question 2 of 8' }),
    ).toBeFocused();
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(
      question(2).getByRole('checkbox', { name: /ID card/ }),
    ).toBeChecked();
    await expect(
      question(2).getByRole('checkbox', { name: /purchase invoice/ }),
    ).toBeChecked();
    await expect(
      question(2).getByRole('checkbox', { name: /Original box/ }),
    ).not.toBeChecked();

    // 3 true/false, reached with Page Down and answered with "2" (false); flagged with the mouse.
    await page.keyboard.press('PageDown');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Question 3 of 8' }),
    ).toBeFocused();
    await page.keyboard.press('2');
    await expect(
      question(3).getByRole('radio', { name: 'False' }),
    ).toBeChecked();
    const flag = question(3).getByTestId('flag-toggle');
    await flag.click();
    await expect(flag).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('nav-question-3')).toContainText('Flagged');
    await page.getByTestId('next-question').click();

    // 4 numerical, typed.
    await question(4).getByRole('textbox', { name: 'Your answer' }).fill('30');
    await page.getByTestId('next-question').click();

    // 5 matching, through the selects.
    const matches = ['Plus 畅享套餐', 'Basic 基础套餐', 'Family 家庭套餐'];
    for (const [i, choice] of matches.entries()) {
      await question(5)
        .getByRole('combobox', { name: `Match for item ${i + 1}` })
        .click();
      await page.getByRole('option', { name: choice }).click();
    }
    await page.getByTestId('next-question').click();

    // 6 fill in the blanks.
    await question(6)
      .getByRole('textbox', { name: 'Blank 1' })
      .fill('Pathwise');
    await question(6).getByRole('textbox', { name: 'Blank 2' }).fill('1234');
    await expect(saveStatus).toHaveText('All answers saved');
    await expect(page.getByTestId('question-nav')).toContainText(
      'Questions: 6 of 8 answered',
    );

    // Offline for the last two.
    await context.setOffline(true);
    await expect(saveStatus).toHaveText(
      'Offline — all answers so far are saved',
    );
    await page.getByTestId('next-question').click();
    await question(7)
      .getByRole('button', { name: 'Keep this order as my answer' })
      .click();
    await page.getByTestId('next-question').click();
    await question(8)
      .getByRole('radio', {
        name: 'The online quote assumed grade A condition',
      })
      .click();
    await question(8).getByRole('radio', { name: 'True' }).click();
    await expect(saveStatus).toHaveText('Offline — 2 answers waiting');
    await snapshot(page, 'agent-exam-player-offline');

    const agent = await ExamApi.signIn(request, TAKER);
    const whileOffline = await agent.attempt(attemptId);
    expect(whileOffline.questions.slice(6).map((q) => q.answer)).toEqual([
      null,
      null,
    ]);

    await context.setOffline(false);
    await expect(saveStatus).toHaveText('All answers saved');
    const stored = await agent.attempt(attemptId);
    expect(stored.questions.map((q) => q.answer !== null)).toEqual(
      Array(8).fill(true),
    );
    expect(stored.questions[7].answer).toEqual({
      parts: { grade: { optionId: 'a' }, next: { value: true } },
    });
    expect(stored.questions[6].answer).toMatchObject({
      order: expect.any(Array),
    });
    expect(stored.questions.map((q) => q.flagged)).toEqual([
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);

    // A reload restores answers, the flag and the running clock.
    const clock = page.getByTestId('exam-clock');
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Question 8 of 8' }),
    ).toBeVisible();
    await expect(
      question(8).getByRole('radio', { name: 'True' }),
    ).toBeChecked();
    await expect(page.getByTestId('question-nav')).toContainText(
      'Questions: 8 of 8 answered',
    );
    await expect(page.getByTestId('nav-question-3')).toContainText('Flagged');
    const left = clockSeconds(await clock.innerText());
    expect(left).toBeLessThan(30 * 60);
    expect(left).toBeGreaterThan(20 * 60);
    await expect
      .poll(async () => clockSeconds(await clock.innerText()))
      .toBeLessThan(left);
    await page.getByTestId('nav-question-1').click();
    await expect(question(1).getByRole('radio', { name: '85%' })).toBeChecked();
    await page.getByTestId('nav-question-5').click();
    await expect(
      question(5).getByRole('combobox', { name: 'Match for item 1' }),
    ).toContainText('Plus');
    await page.getByTestId('nav-question-6').click();
    await expect(
      question(6).getByRole('textbox', { name: 'Blank 2' }),
    ).toHaveValue('1234');
    await snapshot(page, 'agent-exam-player');
    await expectNoSeriousViolations(page);

    // Another device finds it in progress, with the server's end time, and resumes it.
    await page.goto('/learn/exams');
    const inProgress = page
      .getByTestId('group-inProgress')
      .getByTestId(`exam-card-${exam.id}`);
    await expect(inProgress.getByTestId('exam-attempt-ends')).not.toBeEmpty();
    await inProgress.getByTestId('resume-exam').click();
    await expect(page).toHaveURL(
      new RegExp(`/learn/exams/attempts/${attemptId}$`),
    );
    await expect(page.getByTestId('question-nav')).toContainText(
      'Questions: 8 of 8 answered',
    );

    // A phone: the question list folds behind a toggle and nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 812 });
    const toggle = page.getByTestId('question-nav-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(page.getByTestId('nav-question-8')).toBeVisible();
    const overflow = await page.evaluate(() => {
      const scroller = document.querySelector('mat-sidenav-content');
      return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(1);
    await snapshot(page, 'agent-exam-player-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The embedded queue grades within milliseconds: the first poll is made to find it still
    // queued, so the test sees "Grading…" turn into the result by polling alone.
    let firstPoll = true;
    await page.route('**/api/attempts/*/result', async (route) => {
      const response = await route.fetch();
      if (!firstPoll) return route.fulfill({ response });
      firstPoll = false;
      const body = (await response.json()) as Record<string, unknown>;
      return route.fulfill({
        status: 200,
        json: { ...body, status: 'submitted', score: null, dimensions: null },
      });
    });

    await page.getByTestId('submit-exam').click();
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog).toContainText('You have answered every question.');
    await expect(dialog.getByTestId('submit-flagged')).toHaveText('Question 3');
    await snapshot(page, 'agent-exam-submit-dialog');
    await dialog.getByTestId('confirm-submit').click();

    await expect(page).toHaveURL(
      new RegExp(`/learn/exams/attempts/${attemptId}/result$`),
    );
    await expect(page.getByTestId('grading')).toContainText('Grading…');
    await expect(page.getByTestId('result-score')).toBeVisible({
      timeout: 15_000,
    });
    expect(firstPoll).toBe(false);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByTestId('result-verdict')).toContainText('Passed');
    await expect(page.getByTestId('result-score')).toContainText(/\d+(\.\d)?%/);
    const radar = page.getByTestId('result-radar').getByRole('img');
    await expect(radar).toHaveAttribute(
      'aria-label',
      /^Score by capability dimension: .*Product knowledge \d/,
    );
    const reviews = page.getByTestId('result-questions').getByRole('article');
    await expect(reviews).toHaveCount(8);
    await expect(
      page.getByTestId('review-1').getByTestId('review-verdict'),
    ).toHaveText('Correct');
    await expect(
      page.getByTestId('review-1').getByRole('radio', { name: '85%' }),
    ).toBeChecked();
    await expect(
      page.getByTestId('review-3').getByTestId('review-verdict'),
    ).toHaveText('Correct');
    await snapshot(page, 'agent-exam-result');
    await expectNoSeriousViolations(page);

    const submitted = await agent.attempt(attemptId);
    expect(submitted.status).toBe('graded');

    // Back in the list the passed exam is finished, with its score.
    await page.getByRole('link', { name: 'My exams' }).first().click();
    const finished = page
      .getByTestId('group-finished')
      .getByTestId(`exam-card-${exam.id}`);
    await expect(finished.getByTestId('exam-best')).toContainText('Passed');
  });

  test('time running out submits the attempt automatically after the 5- and 1-minute warnings', async ({
    page,
    request,
  }) => {
    const { trainer, item } = await trainerApi(request);
    const exam = await trainer.publishExam(
      [item('true_false'), item('single_choice')],
      {
        title: `Timed check ${uniqueSuffix()}`,
        timeLimitMinutes: 10,
        shuffleQuestions: false,
      },
    );

    await page.clock.install();
    await signInAsAgentInEnglish(page, TIMED_TAKER);
    await page.goto(`/learn/exams/${exam.id}`);
    const attemptId = await startFromStartPage(page);
    const clock = page.getByTestId('exam-clock');
    expect(clockSeconds(await clock.innerText())).toBeGreaterThan(9 * 60 + 30);

    await page.keyboard.press('1');
    await expect(
      page.getByTestId('question-1').getByRole('radio', { name: 'True' }),
    ).toBeChecked();
    await expect(page.getByTestId('save-status')).toHaveText(
      'All answers saved',
    );
    const warning = page.getByTestId('time-warning');
    await expect(warning).toBeEmpty();

    await page.clock.fastForward('05:10');
    await expect(warning).toHaveText(
      'Less than 5 minutes left. Check your answers.',
    );
    expect(clockSeconds(await clock.innerText())).toBeLessThanOrEqual(5 * 60);

    await page.clock.fastForward('04:00');
    await expect(warning).toHaveText(/^Less than 1 minute left\./);
    expect(clockSeconds(await clock.innerText())).toBeLessThanOrEqual(60);

    await page.clock.fastForward('01:00');
    await expect(page.getByTestId('time-up')).toHaveText(
      'Time is up — your answers were submitted.',
    );
    await expect(page).toHaveURL(
      new RegExp(`/learn/exams/attempts/${attemptId}/result\\?timeUp=true$`),
    );
    await expect(page.getByTestId('result-score')).toBeVisible({
      timeout: 15_000,
    });

    const agent = await ExamApi.signIn(request, TIMED_TAKER);
    const attempt = await agent.attempt(attemptId);
    expect(attempt.status).not.toBe('in_progress');
    expect(attempt.questions[0].answer).toEqual({ value: true });
  });

  test('sequential navigation never goes back, and an essay waits for a trainer', async ({
    page,
    request,
  }) => {
    const { trainer, item } = await trainerApi(request);
    const title = `Complaint handling ${uniqueSuffix()}`;
    const exam = await trainer.publishExam(
      [item('true_false'), item('essay')],
      {
        title,
        maxAttempts: 1,
        shuffleQuestions: false,
        layout: 'all_on_one_page',
        navigation: 'sequential',
      },
    );

    await signInAsAgentInEnglish(page, ESSAY_TAKER);
    await page.goto(`/learn/exams/${exam.id}`);
    await expect(page.getByTestId('exam-rules')).toContainText(
      'questions come in order and you cannot go back',
    );
    const attemptId = await startFromStartPage(page);

    // One question at a time, whatever the layout says, and no way back.
    await expect(
      page.getByText(
        'Questions come in order: once you move on you cannot come back.',
      ),
    ).toBeVisible();
    await expect(page.getByTestId('question-2')).toHaveCount(0);
    await expect(page.getByTestId('previous-question')).toHaveCount(0);
    await page.keyboard.press('2');
    await expect(
      page.getByTestId('question-1').getByRole('radio', { name: 'False' }),
    ).toBeChecked();
    await page.keyboard.press('PageDown');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Question 2 of 2' }),
    ).toBeFocused();
    await expect(
      page.locator('button[data-testid="nav-question-1"]'),
    ).toHaveCount(0);
    await page.keyboard.press('PageUp');
    await expect(page.getByTestId('question-2')).toBeVisible();

    const essay = Array(12)
      .fill('I am sorry for the delay and I will escalate your refund today.')
      .join(' ');
    await page
      .getByTestId('question-2')
      .getByRole('textbox', { name: 'Your answer' })
      .fill(essay);
    await expect(page.getByTestId('save-status')).toHaveText(
      'All answers saved',
    );

    await page.getByTestId('submit-exam').click();
    const dialog = page.getByRole('dialog', { name: 'Submit your answers?' });
    await expect(dialog).toContainText('You have answered every question.');
    await expect(dialog.getByTestId('submit-flagged')).toHaveCount(0);
    await dialog.getByTestId('confirm-submit').click();

    await expect(page.getByTestId('needs-grading')).toContainText(
      'Waiting for grading',
      { timeout: 15_000 },
    );
    await expect(page.getByTestId('needs-grading')).toContainText(
      'a trainer grades by hand',
    );
    await expect(page.getByTestId('result-score')).toHaveCount(0);
    await snapshot(page, 'agent-exam-result-needs-grading');

    const agent = await ExamApi.signIn(request, ESSAY_TAKER);
    expect((await agent.attempt(attemptId)).status).toBe('needs_grading');

    await page.getByRole('link', { name: 'My exams' }).first().click();
    const finished = page
      .getByTestId('group-finished')
      .getByTestId(`exam-card-${exam.id}`);
    await expect(finished).toContainText('Waiting for grading');
    await expect(finished).toContainText('0 of 1 left');
  });
});
