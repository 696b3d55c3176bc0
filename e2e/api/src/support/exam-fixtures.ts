import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Attempt } from '@pathwise/api/attempts/attempt.entity';
import { JobHandlerRegistry } from '@pathwise/api/queue/job-handler.registry';
import { JobQueue } from '@pathwise/api/queue/job-queue';
import { JobName, JobPayloads, QUEUE_OF_JOB } from '@pathwise/api/queue/jobs';
import { bearer, DEMO_PASSWORD, TestApi } from './test-api';

/**
 * Helpers for the exam, attempt and grading specs: a bank of questions of every type built through
 * the API, exam inputs with sensible defaults, and a way to run a background job to completion in
 * either runtime mode (embedded: the in-process queue; production: a real worker on BullMQ).
 */

export type Json = Record<string, unknown>;

export interface Session {
  token: string;
  id: string;
  email: string;
}

/** Marker strings that live only in keys, feedback and grader notes: a learner view must never contain them. */
export const SECRET = {
  feedback: 'SECRET-FEEDBACK-7f3a',
  general: 'SECRET-GENERAL-FEEDBACK-7f3a',
  grader: 'SECRET-GRADER-NOTE-7f3a',
  accepted: 'Secretbrand7f3a',
  numeric: 4242.75,
} as const;

/** Keys that carry scoring data somewhere in a question definition. */
export const KEY_FIELDS = ['fraction', 'accepted', 'choiceId', 'graderInfo', 'correct', 'tolerance', 'feedback', 'feedbackTrue', 'feedbackFalse', 'generalFeedback', 'levels', 'answers', 'multiplier', 'rubric', 'caseSensitive'];

/** Every key present anywhere in a JSON value. */
export function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  }
  return found;
}

/** One valid definition per question type, each with a unique stem so a test can find it in an attempt. */
export const definitions = {
  single: (stem = 'Which plan includes free trade-in?') => ({
    type: 'single_choice',
    stem,
    generalFeedback: SECRET.general,
    options: [
      { id: 'a', text: 'Basic', fraction: 0, feedback: SECRET.feedback },
      { id: 'b', text: 'Plus', fraction: 1, feedback: SECRET.feedback },
      { id: 'c', text: 'Plus (old)', fraction: 0.5 },
      { id: 'd', text: 'None', fraction: -0.5 },
    ],
  }),
  multiple: (stem = 'Which documents prove identity?') => ({
    type: 'multiple_choice',
    stem,
    scoring: 'partial',
    options: [
      { id: 'id', text: 'ID card', fraction: 0.5 },
      { id: 'pp', text: 'Passport', fraction: 0.5 },
      { id: 'bill', text: 'Phone bill', fraction: -1 },
      { id: 'card', text: 'Loyalty card', fraction: 0 },
    ],
  }),
  trueFalse: (stem = 'Refunds take 3 days.', correct = true) => ({ type: 'true_false', stem, correct, feedbackTrue: SECRET.feedback, feedbackFalse: SECRET.feedback }),
  fillBlank: (stem = 'Complete the greeting.') => ({
    type: 'fill_blank',
    stem,
    text: 'Thank you for calling [[brand]], my name is [[name]].',
    blanks: [
      { id: 'brand', accepted: [{ value: SECRET.accepted, kind: 'text' }] },
      { id: 'name', accepted: [{ value: '[A-Z][a-z]+', kind: 'regex' }], caseSensitive: true },
    ],
  }),
  numerical: (stem = 'Maximum parcel weight?') => ({
    type: 'numerical',
    stem,
    answers: [{ value: SECRET.numeric, tolerance: 0.5, fraction: 1, feedback: SECRET.feedback }],
    units: [
      { unit: 'kg', multiplier: 1 },
      { unit: 'g', multiplier: 1000 },
    ],
    unitPolicy: 'required',
    unitPenalty: 0.2,
  }),
  ordering: (stem = 'Order the complaint steps.') => ({
    type: 'ordering',
    stem,
    scoring: 'all_or_nothing',
    items: ['listen', 'apologise', 'solve', 'confirm', 'close'].map((id) => ({ id, text: `step ${id}` })),
  }),
  matching: (stem = 'Match plan and price.') => ({
    type: 'matching',
    stem,
    scoring: 'partial',
    prompts: [
      { id: 'basic', text: 'Basic', choiceId: 'p10' },
      { id: 'plus', text: 'Plus', choiceId: 'p20' },
    ],
    choices: [
      { id: 'p10', text: '¥10' },
      { id: 'p20', text: '¥20' },
      { id: 'p99', text: '¥99' },
    ],
  }),
  /** Rubric worth 10: empathy 0/2/4, fix 0/6. */
  essay: (stem = 'Reply to the angry customer.') => ({
    type: 'essay',
    stem,
    responseFormat: 'long',
    graderInfo: SECRET.grader,
    rubric: {
      criteria: [
        { id: 'empathy', description: 'Shows empathy', levels: [{ points: 0, description: 'None' }, { points: 2, description: 'Some' }, { points: 4, description: 'Strong' }] },
        { id: 'fix', description: 'Offers a fix', levels: [{ points: 0, description: 'No' }, { points: 6, description: 'Yes' }] },
      ],
    },
  }),
  scenario: (stem = 'Read the case.') => ({
    type: 'scenario',
    stem,
    caseText: '<p>A customer wants to trade in a phone.</p>',
    parts: [
      { id: 'pick', weight: 2, question: definitions.single('Which plan fits the customer?') },
      { id: 'tf', weight: 1, question: definitions.trueFalse('Trade-in needs a receipt.', false) },
    ],
  }),
};

/** Answers that earn full credit for the definitions above. */
export const keys = {
  single: { optionId: 'b' },
  multiple: { optionIds: ['id', 'pp'] },
  trueFalse: (correct = true) => ({ value: correct }),
  fillBlank: { blanks: { brand: SECRET.accepted, name: 'Anna' } },
  numerical: { value: `${SECRET.numeric} kg` },
  ordering: { order: ['listen', 'apologise', 'solve', 'confirm', 'close'] },
  matching: { pairs: { basic: 'p10', plus: 'p20' } },
  scenario: { parts: { pick: { optionId: 'b' }, tf: { value: false } } },
};

export async function signIn(api: TestApi, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await api.http().post('/api/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`Login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { token: response.body.accessToken, id: response.body.user.id, email };
}

export const agentEmail = (n: number) => `agent${String(n).padStart(2, '0')}@pathwise.local`;

function expectStatus(response: { status: number; body: unknown }, status: number, what: string): void {
  if (response.status !== status) throw new Error(`${what}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
}

export async function createBank(api: TestApi, token: string, name = `Exam e2e bank ${randomUUID().slice(0, 8)}`): Promise<string> {
  const response = await api.http().post('/api/question-banks').set(bearer(token)).send({ name });
  expectStatus(response, 201, 'create bank');
  return response.body.id;
}

export async function createCategory(api: TestApi, token: string, bankId: string, name: string, parentId: string | null = null): Promise<string> {
  const response = await api.http().post(`/api/question-banks/${bankId}/categories`).set(bearer(token)).send({ name, parentId });
  expectStatus(response, 201, `create category ${name}`);
  return response.body.id;
}

export interface QuestionOptions {
  categoryId: string;
  definition: Json;
  name?: string;
  difficulty?: 1 | 2 | 3 | 4 | 5 | null;
  tags?: string[];
  dimensionCodes?: string[];
  status?: 'draft' | 'active' | 'retired';
}

export async function createQuestion(api: TestApi, token: string, bankId: string, options: QuestionOptions): Promise<string> {
  const { definition, name, ...rest } = options;
  const response = await api
    .http()
    .post(`/api/question-banks/${bankId}/questions`)
    .set(bearer(token))
    .send({ name: name ?? String(definition['stem']).slice(0, 200), definition, ...rest });
  expectStatus(response, 201, `create question ${String(definition['stem'])}`);
  return response.body.id;
}

export async function setQuestionStatus(api: TestApi, token: string, bankId: string, questionIds: string[], action: 'retire' | 'activate'): Promise<void> {
  const response = await api.http().post(`/api/question-banks/${bankId}/questions/bulk`).set(bearer(token)).send({ action, questionIds });
  expectStatus(response, 200, `${action} questions`);
}

export const fixed = (questionId: string, points = 1) => ({ kind: 'fixed' as const, questionId, points });

/** A practice exam for everyone, unshuffled, untimed, reviewable at once; override what the test is about. */
export function examInput(overrides: Json = {}): Json {
  return {
    title: `Exam ${randomUUID().slice(0, 8)}`,
    purpose: 'practice',
    shuffleQuestions: false,
    shuffleOptions: false,
    review: { when: 'immediately', score: true, correctness: true, correctAnswers: false, feedback: true },
    audience: { everyone: true, userIds: [], teamIds: [] },
    sections: [],
    ...overrides,
  };
}

export async function createExam(api: TestApi, token: string, input: Json): Promise<Json & { id: string }> {
  const response = await api.http().post('/api/exams').set(bearer(token)).send(input);
  expectStatus(response, 201, 'create exam');
  return response.body;
}

export async function publishExam(api: TestApi, token: string, examId: string): Promise<Json> {
  const response = await api.http().post(`/api/exams/${examId}/publish`).set(bearer(token));
  expectStatus(response, 200, 'publish exam');
  return response.body;
}

export async function createPublishedExam(api: TestApi, token: string, input: Json): Promise<string> {
  const exam = await createExam(api, token, input);
  await publishExam(api, token, exam.id);
  return exam.id;
}

export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Sleeps until the wall clock reaches this moment. */
export const sleepUntil = (at: number) => sleep(at - Date.now());

/** A moment a whole number of seconds away, so every database keeps it exactly (MySQL DATETIME has no fraction). */
export const wholeSecondsFromNow = (seconds: number) => new Date(Math.ceil(Date.now() / 1000) * 1000 + seconds * 1000);

/**
 * Runs background jobs as each mode does: embedded, the API's in-process queue; production, a
 * worker context (started on first use) taking jobs from BullMQ.
 */
export class Jobs {
  private worker: INestApplicationContext | undefined;

  constructor(private readonly api: TestApi) {}

  /** Production: the worker that grades and sweeps. Embedded: nothing to start. */
  async ensureWorker(): Promise<void> {
    if (this.api.mode === 'production') this.worker ??= await this.api.startWorker();
  }

  /** Enqueues a job through the app's queue (a fresh deduplication id, so it always runs) and waits until it finished. */
  async run<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    await this.ensureWorker();
    if (this.api.mode === 'embedded') return this.runInProcess(name, payload);
    const jobId = await this.api.app.get(JobQueue).enqueue(name, payload, { deduplicationId: `e2e-${name}-${randomUUID()}` });
    await this.settle(name, jobId);
  }

  /**
   * Embedded: waits for this very job, not for the whole queue. `drainJobs` also waits for delayed
   * jobs, and every grading queues the exam's statistics 30 s later.
   */
  private async runInProcess<N extends JobName>(name: N, payload: JobPayloads[N]): Promise<void> {
    const done = new Promise<void>((resolve, reject) => this.waiting.set(payload, { resolve, reject }));
    this.watchHandlers();
    try {
      await this.api.app.get(JobQueue).enqueue(name, payload, { deduplicationId: `e2e-${name}-${randomUUID()}` });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(`Timed out waiting for job ${name}`)), 20_000)));
      await Promise.race([done, timeout]).finally(() => clearTimeout(timer));
    } finally {
      this.waiting.delete(payload);
    }
  }

  /** Payload (by identity: the in-process queue hands the same object to the handler) → who waits for its job. */
  private readonly waiting = new Map<unknown, { resolve: () => void; reject: (error: unknown) => void }>();

  /** One wrapper around the handler registry that tells waiters when their job finished (installed again if a test restored mocks). */
  private watchHandlers(): void {
    const registry = this.api.app.get(JobHandlerRegistry);
    if (jest.isMockFunction(registry.run)) return;
    const real = registry.run.bind(registry);
    jest.spyOn(registry, 'run').mockImplementation(async (job, data) => {
      try {
        const result = await real(job, data);
        this.waiting.get(data)?.resolve();
        return result;
      } catch (error) {
        this.waiting.get(data)?.reject(error);
        throw error;
      }
    });
  }

  async settle(name: JobName, jobId: string): Promise<void> {
    const queue = this.api.app.get<Queue>(getQueueToken(QUEUE_OF_JOB[name]), { strict: false });
    await waitFor(
      async () => {
        const state = await (await queue.getJob(jobId))?.getState();
        if (state === 'failed') throw new Error(`Job ${name} ${jobId} failed: ${(await queue.getJob(jobId))?.failedReason}`);
        return state === 'completed';
      },
      20_000,
      `job ${name} ${jobId} to complete`,
    );
  }

  /** Waits until grading has run for the attempt (graded, or waiting for a trainer). */
  async graded(attemptId: string, statuses: Attempt['status'][] = ['graded', 'needs_grading']): Promise<Attempt> {
    await this.ensureWorker();
    const attempts = this.api.app.get(DataSource).getRepository(Attempt);
    let attempt: Attempt | null = null;
    await waitFor(async () => {
      attempt = await attempts.findOneBy({ id: attemptId });
      return !!attempt && statuses.includes(attempt.status);
    }, 20_000, `attempt ${attemptId} to be ${statuses.join(' or ')}`);
    return attempt as unknown as Attempt;
  }
}
