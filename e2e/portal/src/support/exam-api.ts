import { expect, type APIRequestContext } from '@playwright/test';
import type { Answer } from '@pathwise/assessment';
import type {
  AttemptView,
  ExamDetail,
  ExamInput,
  ExamItem,
  QuestionDetail,
  QuestionInput,
  QuestionSummary,
} from '@pathwise/contracts';
import { DEMO_PASSWORD } from './portal';

/** Test data through the real API, so each spec builds exactly the exam it needs. */
export class ExamApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(
    request: APIRequestContext,
    email: string,
    password = DEMO_PASSWORD,
  ): Promise<ExamApi> {
    const response = await request.post('/api/auth/login', {
      data: { email, password },
    });
    expect(response.status(), await response.text()).toBe(200);
    return new ExamApi(
      request,
      ((await response.json()) as { accessToken: string }).accessToken,
    );
  }

  async call<T>(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    data?: unknown,
  ): Promise<T> {
    const response = await this.request.fetch(`/api/${url}`, {
      method,
      data,
      headers: { authorization: `Bearer ${this.token}` },
    });
    expect(
      response.ok(),
      `${method} ${url}: ${response.status()} ${await response.text()}`,
    ).toBe(true);
    return (await response.json()) as T;
  }

  /** The demo bank "Product knowledge 产品知识" and its active questions by type. */
  async demoBank(): Promise<{
    bankId: string;
    byType: Map<string, QuestionSummary>;
  }> {
    const banks = await this.call<{ id: string; name: string }[]>(
      'GET',
      'question-banks',
    );
    const bank = banks.find((b) => b.name.startsWith('Product knowledge'));
    if (!bank) throw new Error('The demo bank is missing');
    const page = await this.call<{ items: QuestionSummary[] }>(
      'GET',
      `question-banks/${bank.id}/questions?pageSize=100&status=active`,
    );
    return {
      bankId: bank.id,
      byType: new Map(page.items.map((q) => [q.type, q])),
    };
  }

  /** A published exam for everyone; `overrides` change any setting. */
  async publishExam(
    items: ExamItem[],
    overrides: Partial<ExamInput> = {},
  ): Promise<ExamDetail> {
    const input: ExamInput = {
      title: `E2E exam ${Date.now().toString(36)}`,
      purpose: 'certification',
      passPercent: 60,
      review: {
        when: 'immediately',
        score: true,
        correctness: true,
        correctAnswers: true,
        feedback: true,
      },
      sections: [{ title: 'Section 1', items }],
      audience: { everyone: true, userIds: [], teamIds: [] },
      ...overrides,
    };
    const draft = await this.call<ExamDetail>('POST', 'exams', input);
    return this.call<ExamDetail>('POST', `exams/${draft.id}/publish`);
  }

  startAttempt(examId: string): Promise<AttemptView> {
    return this.call<AttemptView>('POST', `exams/${examId}/attempts`);
  }

  /** An attempt as its agent sees it: saved answers, flags and status. */
  attempt(attemptId: string): Promise<AttemptView> {
    return this.call<AttemptView>('GET', `attempts/${attemptId}`);
  }

  createQuestion(
    bankId: string,
    input: QuestionInput,
  ): Promise<QuestionDetail> {
    return this.call<QuestionDetail>(
      'POST',
      `question-banks/${bankId}/questions`,
      input,
    );
  }

  question(questionId: string): Promise<QuestionDetail> {
    return this.call<QuestionDetail>('GET', `questions/${questionId}`);
  }

  /** Saves a new version of the question's content. */
  updateQuestion(
    questionId: string,
    input: QuestionInput,
  ): Promise<QuestionDetail> {
    return this.call<QuestionDetail>('PUT', `questions/${questionId}`, input);
  }

  saveAnswer(
    attemptId: string,
    position: number,
    answer: Answer,
    seq = 1,
  ): Promise<unknown> {
    return this.call('PUT', `attempts/${attemptId}/answers/${position}`, {
      answer,
      seq,
    });
  }

  submitAttempt(attemptId: string): Promise<AttemptView> {
    return this.call<AttemptView>('POST', `attempts/${attemptId}/submit`);
  }
}

/** The demo bank's question of a type; throws (failing the test) when the seed lacks it. */
export function ofType(
  byType: Map<string, QuestionSummary>,
  type: string,
): QuestionSummary {
  const question = byType.get(type);
  if (!question) throw new Error(`The demo bank has no ${type} question`);
  return question;
}
