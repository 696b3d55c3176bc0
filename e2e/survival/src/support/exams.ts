import type { AttemptView, ExamDetail, ExamInput, ExamItem } from '@pathwise/contracts';
import { ApiClient } from './client';

export const AGENTS = Array.from({ length: 20 }, (_, i) => `agent${String(i + 1).padStart(2, '0')}@pathwise.local`);

/** Option ids of the questions made here end in `-o0` … `-o3`; `-o0` is the right one. */
export const isRightOption = (optionId: string) => optionId.endsWith('-o0');

export interface ChoiceQuestions {
  bankId: string;
  categoryId: string;
  questionIds: string[];
}

/**
 * Adds `count` single-choice questions (4 options, one right, option ids unique across the suite)
 * to the demo bank, in a category of their own so a draw can take exactly them.
 */
export async function createChoiceQuestions(client: ApiClient, trainer: string, tag: string, count: number): Promise<ChoiceQuestions> {
  const [bank] = await client.expect<{ id: string }[]>(200, 'GET', '/api/question-banks', { token: trainer });
  const category = await client.expect<{ id: string }>(201, 'POST', `/api/question-banks/${bank.id}/categories`, { token: trainer, body: { name: `Survival ${tag}`, parentId: null } });
  const questionIds: string[] = [];
  for (let start = 0; start < count; start += 10) {
    const batch = Array.from({ length: Math.min(10, count - start) }, (_, k) => start + k);
    const created = await Promise.all(
      batch.map((i) =>
        client.expect<{ id: string }>(201, 'POST', `/api/question-banks/${bank.id}/questions`, {
          token: trainer,
          body: {
            categoryId: category.id,
            name: `${tag} question ${i + 1}`,
            definition: {
              type: 'single_choice',
              stem: `<p>${tag}: question ${i + 1}</p>`,
              options: [0, 1, 2, 3].map((o) => ({ id: `${tag}-q${i + 1}-o${o}`, text: `Option ${o}`, fraction: o === 0 ? 1 : 0 })),
            },
          },
        }),
      ),
    );
    questionIds.push(...created.map((q) => q.id));
  }
  return { bankId: bank.id, categoryId: category.id, questionIds };
}

/** Creates and publishes an exam open to everyone. */
export async function publishExam(client: ApiClient, trainer: string, title: string, items: ExamItem[], settings: Partial<ExamInput> = {}): Promise<ExamDetail> {
  const input: ExamInput = { title, purpose: 'practice', sections: [{ title: 'Section 1', items }], audience: { everyone: true, userIds: [], teamIds: [] }, ...settings };
  const draft = await client.expect<ExamDetail>(201, 'POST', '/api/exams', { token: trainer, body: input });
  return client.expect<ExamDetail>(200, 'POST', `/api/exams/${draft.id}/publish`, { token: trainer });
}

/** A draw of every question of a category. */
export const drawAll = (questions: ChoiceQuestions, points = 1): ExamItem => ({
  kind: 'draw',
  count: questions.questionIds.length,
  points,
  bankId: questions.bankId,
  categoryId: questions.categoryId,
});

export function startAttempt(client: ApiClient, token: string, examId: string): Promise<AttemptView> {
  return client.expect<AttemptView>(201, 'POST', `/api/exams/${examId}/attempts`, { token });
}

/** The option ids of a single-choice question of an attempt, right one first. */
export function optionsOf(attempt: AttemptView, position: number): string[] {
  const question = attempt.questions.find((q) => q.position === position)?.question;
  if (!question || question.type !== 'single_choice') throw new Error(`Position ${position} of attempt ${attempt.id} is not a single-choice question`);
  return question.options.map((o) => o.id).sort();
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function inParallel<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index], index);
      }
    }),
  );
  return results;
}

export interface Sitting {
  attemptId: string;
  token: string;
  /** Points the attempt must be graded with (one per right answer). */
  expectedPoints: number;
}

/**
 * Starts an attempt per token and answers it: `right(i)` questions with the right option, one with a
 * wrong one, the rest left blank. Returns what each attempt must score.
 */
export async function sitExam(client: ApiClient, tokens: string[], examId: string, right: (index: number) => number, parallel = 8): Promise<Sitting[]> {
  return inParallel(tokens, parallel, async (token, i) => {
    const attempt = await startAttempt(client, token, examId);
    const rightCount = Math.min(right(i), attempt.questions.length - 1);
    for (let position = 1; position <= rightCount + 1; position++) {
      const options = optionsOf(attempt, position);
      const optionId = position <= rightCount ? options.find(isRightOption) : options.find((id) => !isRightOption(id));
      await client.expect(200, 'PUT', `/api/attempts/${attempt.id}/answers/${position}`, { token, body: { answer: { optionId }, seq: 1 } });
    }
    return { attemptId: attempt.id, token, expectedPoints: rightCount };
  });
}
