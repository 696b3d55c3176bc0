import { DataSource } from 'typeorm';
import { Attempt } from '@pathwise/api/attempts/attempt.entity';
import { AttemptItemResult } from '@pathwise/api/grading/attempt-item-result.entity';
import { GradingService } from '@pathwise/api/grading/grading.service';
import { JobQueue } from '@pathwise/api/queue/job-queue';
import { bearer, startTestApi, TestApi } from '../support/test-api';
import {
  agentEmail,
  createBank,
  createCategory,
  createPublishedExam,
  createQuestion,
  definitions,
  examInput,
  fixed,
  Jobs,
  Json,
  keys,
  SECRET,
  Session,
  signIn,
  sleep,
  sleepUntil,
  wholeSecondsFromNow,
} from '../support/exam-fixtures';

interface ResultBody {
  attemptId: string;
  status: string;
  submittedAt: string | null;
  gradedAt: string | null;
  score: { points: number; maxPoints: number; percent: number; passed: boolean | null } | null;
  dimensions: { code: string; percent: number; passPercent: number | null }[] | null;
  questions: { position: number; question: Json & { stem: string }; answer: unknown; correct: string | null; points: number | null; maxPoints: number; feedback: string[] | null; graderComment: string | null; correctAnswer: unknown }[];
}

interface QueueItem {
  attemptId: string;
  position: number;
  examId: string;
  examTitle: string;
  agentName: string;
  submittedAt: string;
  question: Json & { type: string };
  answer: unknown;
}

interface AttemptBody {
  id: string;
  questions: { position: number; points: number; question: { stem: string } }[];
}

const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';

describe('grading', () => {
  let api: TestApi;
  let jobs: Jobs;
  let trainer: Session;
  let bankId: string;
  let categoryId: string;
  const q: Record<'single' | 'tf' | 'multiple' | 'numerical' | 'ordering' | 'essay', string> = { single: '', tf: '', multiple: '', numerical: '', ordering: '', essay: '' };
  const agents = new Map<number, Session>();

  const agent = async (n: number): Promise<Session> => {
    if (!agents.has(n)) agents.set(n, await signIn(api, agentEmail(n)));
    return agents.get(n) as Session;
  };
  const exam = (overrides: Json) => createPublishedExam(api, trainer.token, examInput(overrides));
  const startAttempt = async (token: string, examId: string): Promise<AttemptBody> => (await api.http().post(`/api/exams/${examId}/attempts`).set(bearer(token)).expect(201)).body;
  const positionOf = (attempt: AttemptBody, stem: string) => (attempt.questions.find((x) => x.question.stem === stem) as { position: number }).position;
  /** Starts, answers by question stem, submits. */
  const sit = async (token: string, examId: string, answers: Record<string, unknown>): Promise<AttemptBody> => {
    const attempt = await startAttempt(token, examId);
    for (const [stem, answer] of Object.entries(answers)) {
      await api.http().put(`/api/attempts/${attempt.id}/answers/${positionOf(attempt, stem)}`).set(bearer(token)).send({ answer, seq: 1 }).expect(200);
    }
    await api.http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(token)).expect(200);
    return attempt;
  };
  const result = async (token: string, attemptId: string): Promise<ResultBody> => (await api.http().get(`/api/attempts/${attemptId}/result`).set(bearer(token)).expect(200)).body;
  /** Item rows without their grading time, which a re-run rewrites. */
  const withoutTime = (rows: AttemptItemResult[]) => rows.map((row) => ({ ...row, gradedAt: undefined }));
  const itemRows = (attemptId: string) => api.app.get(DataSource).getRepository(AttemptItemResult).find({ where: { attemptId }, order: { position: 'ASC' } });
  const attemptRow = (attemptId: string) => api.app.get(DataSource).getRepository(Attempt).findOneByOrFail({ id: attemptId });
  const queue = async (query = ''): Promise<{ items: QueueItem[]; total: number; page: number; pageSize: number }> =>
    (await api.http().get(`/api/grading/queue${query}`).set(bearer(trainer.token)).expect(200)).body;
  const grade = (token: string, attemptId: string, position: number, body: Json) => api.http().post(`/api/attempts/${attemptId}/items/${position}/grade`).set(bearer(token)).send(body);

  const STEM = { single: 'G single', tf: 'G true or false', multiple: 'G multiple', numerical: 'G numerical', ordering: 'G ordering', essay: 'G essay' };

  beforeAll(async () => {
    api = await startTestApi();
    jobs = new Jobs(api);
    await jobs.ensureWorker();
    trainer = await signIn(api, 'trainer1@pathwise.local');
    bankId = await createBank(api, trainer.token);
    categoryId = await createCategory(api, trainer.token, bankId, 'Grading');
    const make = async (key: keyof typeof q, definition: Json, dimensionCodes: string[]) => (q[key] = await createQuestion(api, trainer.token, bankId, { categoryId, definition, dimensionCodes }));
    await make('single', definitions.single(STEM.single), ['product-knowledge']);
    await make('tf', definitions.trueFalse(STEM.tf, true), ['product-knowledge']);
    await make('multiple', definitions.multiple(STEM.multiple), ['communication']);
    await make('numerical', definitions.numerical(STEM.numerical), ['communication', 'product-knowledge']);
    await make('ordering', definitions.ordering(STEM.ordering), []);
    await make('essay', definitions.essay(STEM.essay), ['communication']);
  });
  afterAll(() => api?.close());

  describe('automatic grading', () => {
    let examId: string;
    let partial: AttemptBody;
    let perfect: AttemptBody;
    let blank: AttemptBody;

    beforeAll(async () => {
      // 2 + 1 + 4 + 2 + 1 = 10 points; pass at 60% overall and 70% in communication.
      examId = await exam({
        title: 'Scored exam',
        purpose: 'certification',
        passPercent: 60,
        dimensionPassPercent: { communication: 70 },
        review: { when: 'immediately', score: true, correctness: true, correctAnswers: false, feedback: false },
        sections: [{ title: 'S', items: [fixed(q.single, 2), fixed(q.tf, 1), fixed(q.multiple, 4), fixed(q.numerical, 2), fixed(q.ordering, 1)] }],
      });
      partial = await sit((await agent(1)).token, examId, {
        [STEM.single]: keys.single, // 2 of 2
        [STEM.tf]: { value: false }, // 0 of 1
        [STEM.multiple]: { optionIds: ['id'] }, // partial: 1 of 2 right options → 2 of 4
        [STEM.numerical]: keys.numerical, // 2 of 2
        [STEM.ordering]: keys.ordering, // 1 of 1
      });
      perfect = await sit((await agent(2)).token, examId, { [STEM.single]: keys.single, [STEM.tf]: { value: true }, [STEM.multiple]: keys.multiple, [STEM.numerical]: keys.numerical, [STEM.ordering]: keys.ordering });
      blank = await sit((await agent(3)).token, examId, {});
      for (const attempt of [partial, perfect, blank]) await jobs.graded(attempt.id, ['graded']);
    });

    it('writes points per question, the total, the percent, the percent per dimension and pass/fail, as computed by hand', async () => {
      const mine = await result((await agent(1)).token, partial.id);
      expect(mine).toMatchObject({ attemptId: partial.id, examTitle: 'Scored exam', passPercent: 60, reviewOpensAt: null, status: 'graded', submittedAt: expect.any(String), submittedBy: 'agent', gradedAt: expect.any(String) });
      // 7 of 10 = 70% ≥ 60%, but communication is (2 + 2) of (4 + 2) = 66.67% < 70%: failed. Product knowledge (2 + 0 + 2) of (2 + 1 + 2) = 80%.
      expect(mine.score).toEqual({ points: 7, maxPoints: 10, percent: 70, passed: false });
      expect(mine.dimensions).toEqual([
        { code: 'communication', percent: 66.67, passPercent: 70 },
        { code: 'product-knowledge', percent: 80, passPercent: null },
      ]);
      expect(mine.questions.map((x) => [x.question.stem, x.points, x.maxPoints, x.correct])).toEqual([
        [STEM.single, 2, 2, 'right'],
        [STEM.tf, 0, 1, 'wrong'],
        [STEM.multiple, 2, 4, 'partial'],
        [STEM.numerical, 2, 2, 'right'],
        [STEM.ordering, 1, 1, 'right'],
      ]);
      // The policy shows neither correct answers nor feedback.
      expect(mine.questions.map((x) => [x.correctAnswer, x.feedback])).toEqual(Array(5).fill([null, null]));
      expect(JSON.stringify(mine)).not.toContain(SECRET.feedback);
      expect(mine.questions.map((x) => x.answer)).toEqual([keys.single, { value: false }, { optionIds: ['id'] }, keys.numerical, keys.ordering]);

      expect((await itemRows(partial.id)).map((r) => [r.position, r.points, r.maxPoints, r.status, r.manual])).toEqual([
        [1, 2, 2, 'graded', false],
        [2, 0, 1, 'graded', false],
        [3, 2, 4, 'graded', false],
        [4, 2, 2, 'graded', false],
        [5, 1, 1, 'graded', false],
      ]);

      expect((await result((await agent(2)).token, perfect.id)).score).toEqual({ points: 10, maxPoints: 10, percent: 100, passed: true });
      expect((await result((await agent(2)).token, perfect.id)).dimensions?.map((d) => d.percent)).toEqual([100, 100]);
      expect((await result((await agent(3)).token, blank.id)).score).toEqual({ points: 0, maxPoints: 10, percent: 0, passed: false });
    });

    it('shows the grades in the exam attempts list and in the agent exam list', async () => {
      const rows: { attemptId: string; status: string; percent: number | null; passed: boolean | null; submittedBy: string }[] = (
        await api.http().get(`/api/exams/${examId}/attempts`).set(bearer(trainer.token)).expect(200)
      ).body.items;
      expect(rows.map((r) => [r.attemptId, r.status, r.percent, r.passed, r.submittedBy]).sort()).toEqual(
        [
          [partial.id, 'graded', 70, false, 'agent'],
          [perfect.id, 'graded', 100, true, 'agent'],
          [blank.id, 'graded', 0, false, 'agent'],
        ].sort(),
      );
      const mine: { examId: string; bestPercent: number | null; passed: boolean | null; attemptsUsed: number }[] = (await api.http().get('/api/me/exams').set(bearer((await agent(1)).token)).expect(200)).body;
      expect(mine.find((e) => e.examId === examId)).toMatchObject({
        bestPercent: 70,
        passed: false,
        attemptsUsed: 1,
        // What the start page and the result link need.
        questionCount: 5,
        passPercent: 60,
        layout: 'one_per_page',
        review: { when: 'immediately', score: true, correctness: true, correctAnswers: false, feedback: false },
        lastAttemptId: partial.id,
        lastAttemptStatus: 'graded',
        inProgressAttemptId: null,
      });
    });

    it("gives the trainer's dashboard its figures: counts by status, the distribution and the pass rate by agent", async () => {
      const overview = (await api.http().get(`/api/exams/${examId}/overview`).set(bearer(trainer.token)).expect(200)).body;
      // 70 % (fails the communication mark), 100 %, 0 %.
      expect(overview).toMatchObject({ examId, inProgress: 0, submitted: 0, needsGrading: 0, graded: 3, agents: 3, agentsGraded: 3, agentsPassed: 1, passPercent: 60 });
      expect(overview.passRate).toBeCloseTo(1 / 3, 5);
      expect(overview.averagePercent).toBeCloseTo(170 / 3, 1);
      expect(overview.histogram).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 1]);

      // A start shows up at once in the live count.
      const fourth = await agent(4);
      await api.http().post(`/api/exams/${examId}/attempts`).set(bearer(fourth.token)).expect(201);
      const live = (await api.http().get(`/api/exams/${examId}/overview`).set(bearer(trainer.token)).expect(200)).body;
      expect(live).toMatchObject({ inProgress: 1, graded: 3, agents: 4, agentsGraded: 3 });

      await api.http().get(`/api/exams/${examId}/overview`).set(bearer(fourth.token)).expect(403);
      await api.http().get('/api/exams/00000000-0000-4000-8000-000000000000/overview').set(bearer(trainer.token)).expect(404);
    });

    it('grading the same attempt again, or twice at once, leaves the same rows and no duplicates', async () => {
      const grading = api.app.get(GradingService);
      const before = await itemRows(partial.id);
      const attemptBefore = await attemptRow(partial.id);
      expect(before).toHaveLength(5);
      const totals = (a: Attempt) => ({ status: a.status, points: a.points, maxPoints: a.maxPoints, percent: a.percent, passed: a.passed, dimensionResults: a.dimensionResults });
      const rawCount = async () => Number((await api.app.get(DataSource).query('SELECT COUNT(*) AS n FROM attempt_item_results WHERE attempt_id = ?', [partial.id]))[0].n);

      // A second grading message for an attempt already graded.
      await jobs.run('grade-attempt', { attemptId: partial.id });
      expect(withoutTime(await itemRows(partial.id))).toEqual(withoutTime(before));
      // A full second grading (what a manual grade or a regrade runs), once and twice at the same moment.
      expect(await grading.grade(partial.id)).toBe('graded');
      expect(withoutTime(await itemRows(partial.id))).toEqual(withoutTime(before));
      expect(await Promise.all([grading.grade(partial.id), grading.grade(partial.id)])).toEqual(['graded', 'graded']);
      const after = await itemRows(partial.id);
      expect(withoutTime(after)).toEqual(withoutTime(before));
      expect(totals(await attemptRow(partial.id))).toEqual(totals(attemptBefore));
      // Raw count, in case an entity read hid a duplicate.
      expect(await rawCount()).toBe(5);
    });

    it('grades once when two grading messages for a submitted attempt race each other', async () => {
      const { token } = await agent(11);
      const attempt = await startAttempt(token, examId);
      await api.http().put(`/api/attempts/${attempt.id}/answers/${positionOf(attempt, STEM.multiple)}`).set(bearer(token)).send({ answer: keys.multiple, seq: 1 }).expect(200);
      // The submit's own message is lost, so only the two below grade it.
      const enqueue = jest.spyOn(api.app.get(JobQueue), 'enqueue').mockRejectedValue(new Error('queue unavailable'));
      try {
        await api.http().post(`/api/attempts/${attempt.id}/submit`).set(bearer(token)).expect(200);
      } finally {
        enqueue.mockRestore();
      }
      expect((await attemptRow(attempt.id)).status).toBe('submitted');
      await Promise.all([jobs.run('grade-attempt', { attemptId: attempt.id }), jobs.run('grade-attempt', { attemptId: attempt.id })]);
      expect(await attemptRow(attempt.id)).toMatchObject({ status: 'graded', points: 4, maxPoints: 10, percent: 40, passed: false });
      expect((await itemRows(attempt.id)).map((r) => [r.position, r.points])).toEqual([
        [1, 0],
        [2, 0],
        [3, 4],
        [4, 0],
        [5, 0],
      ]);
    });

    it('ignores a grading request for an attempt still in progress', async () => {
      const { token } = await agent(4);
      const open = await startAttempt(token, examId);
      await api.http().put(`/api/attempts/${open.id}/answers/1`).set(bearer(token)).send({ answer: keys.single, seq: 1 }).expect(200);
      await jobs.run('grade-attempt', { attemptId: open.id });
      expect(await itemRows(open.id)).toEqual([]);
      expect((await attemptRow(open.id)).status).toBe('in_progress');
    });
  });

  describe('review policy', () => {
    let neverExam: string;

    it("'never': the agent sees their answers but no score, correctness, feedback or key; a trainer sees everything", async () => {
      const examId = (neverExam = await exam({
        review: { when: 'never', score: true, correctness: true, correctAnswers: true, feedback: true },
        passPercent: 50,
        sections: [{ title: 'S', items: [fixed(q.single, 1), fixed(q.tf, 1)] }],
      }));
      const { token } = await agent(5);
      const attempt = await sit(token, examId, { [STEM.single]: keys.single });
      await jobs.graded(attempt.id, ['graded']);

      const response = await api.http().get(`/api/attempts/${attempt.id}/result`).set(bearer(token)).expect(200);
      const hidden: ResultBody = response.body;
      expect(hidden).toMatchObject({ status: 'graded', score: null, dimensions: null });
      expect(hidden.questions.map((x) => [x.answer, x.correct, x.points, x.feedback, x.correctAnswer, x.maxPoints])).toEqual([
        [keys.single, null, null, null, null, 1],
        [null, null, null, null, null, 1],
      ]);
      expect(response.text).not.toContain(SECRET.feedback);
      // Nor through the agent's lists.
      const history: { attemptId: string; percent: number | null; passed: boolean | null; dimensions: unknown }[] = (await api.http().get('/api/me/attempts').set(bearer(token)).expect(200)).body;
      expect(history.find((h) => h.attemptId === attempt.id)).toMatchObject({ percent: null, passed: null, dimensions: null });

      const staff = await result(trainer.token, attempt.id);
      expect(staff.score).toEqual({ points: 1, maxPoints: 2, percent: 50, passed: true });
      expect(staff.dimensions).toEqual([{ code: 'product-knowledge', percent: 50, passPercent: null }]);
      expect(staff.questions.map((x) => [x.correct, x.points, x.correctAnswer])).toEqual([
        ['right', 1, keys.single],
        ['wrong', 0, { value: true }],
      ]);
      expect(staff.questions[0].feedback).toEqual(expect.arrayContaining([SECRET.feedback, SECRET.general]));
      // An admin too.
      expect((await result((await signIn(api, 'admin@pathwise.local')).token, attempt.id)).score?.percent).toBe(50);
    });

    it("'never': the agent's exam list does not give the score away either", async () => {
      const mine: { examId: string; attemptsUsed: number; bestPercent: number | null; passed: boolean | null }[] = (await api.http().get('/api/me/exams').set(bearer((await agent(5)).token)).expect(200)).body;
      expect(mine.find((e) => e.examId === neverExam)).toMatchObject({ attemptsUsed: 1 });
      // My exams follow the review policy: no score for an exam that never shows one.
      expect(mine.find((e) => e.examId === neverExam)).toMatchObject({ bestPercent: null, passed: null });
    });

    it("'after_close': nothing until the exam closes, then what the policy allows, correct answers included", async () => {
      const closesAt = wholeSecondsFromNow(6);
      const examId = await exam({
        review: { when: 'after_close', score: true, correctness: true, correctAnswers: true, feedback: true },
        closesAt: closesAt.toISOString(),
        sections: [{ title: 'S', items: [fixed(q.single, 1), fixed(q.tf, 1)] }],
      });
      const { token } = await agent(6);
      const attempt = await sit(token, examId, { [STEM.single]: { optionId: 'c' } });
      await jobs.graded(attempt.id, ['graded']);
      expect(Date.now()).toBeLessThan(closesAt.getTime());

      const before = await result(token, attempt.id);
      expect(before).toMatchObject({ status: 'graded', score: null, dimensions: null, reviewOpensAt: closesAt.toISOString() });
      expect(before.questions.map((x) => [x.correct, x.points, x.feedback, x.correctAnswer])).toEqual([
        [null, null, null, null],
        [null, null, null, null],
      ]);
      expect((await result(trainer.token, attempt.id)).score).toEqual({ points: 0.5, maxPoints: 2, percent: 25, passed: null });

      await sleepUntil(closesAt.getTime() + 300);
      const after = await result(token, attempt.id);
      expect(after.score).toEqual({ points: 0.5, maxPoints: 2, percent: 25, passed: null });
      expect(after.questions.map((x) => [x.correct, x.points, x.correctAnswer])).toEqual([
        ['partial', 0.5, keys.single],
        ['wrong', 0, { value: true }],
      ]);
      expect(after.questions[0].feedback).toEqual([SECRET.general]);
    });
  });

  describe('manual grading', () => {
    let essayExam: string;
    let otherEssayExam: string;
    let first: AttemptBody;
    let second: AttemptBody;
    let third: AttemptBody;
    const essayText = 'I am so sorry about this. I will replace the phone today.';

    beforeAll(async () => {
      essayExam = await exam({ title: 'Essay exam', passPercent: 50, sections: [{ title: 'S', items: [fixed(q.essay, 5), fixed(q.tf, 1)] }] });
      otherEssayExam = await exam({ title: 'Other essay exam', sections: [{ title: 'S', items: [fixed(q.essay, 5)] }] });
      // Submitted more than a second apart: MySQL keeps submission times to the second.
      first = await sit((await agent(7)).token, otherEssayExam, { [STEM.essay]: { text: 'First essay, other exam.' } });
      await sleep(1100);
      second = await sit((await agent(8)).token, essayExam, { [STEM.essay]: { text: essayText }, [STEM.tf]: { value: true } });
      await sleep(1100);
      third = await sit((await agent(9)).token, essayExam, { [STEM.essay]: { text: 'Not my problem.' }, [STEM.tf]: { value: false } });
      for (const attempt of [first, second, third]) await jobs.graded(attempt.id, ['needs_grading']);
    });

    it('puts an attempt with an essay in needs_grading and shows the agent no score yet', async () => {
      const { token } = await agent(8);
      const pending = await result(token, second.id);
      expect(pending).toMatchObject({ status: 'needs_grading', gradedAt: null, score: null, dimensions: null });
      const staff = await result(trainer.token, second.id);
      expect(staff.questions.map((x) => [x.question.stem, x.correct])).toEqual([
        [STEM.essay, 'pending'],
        [STEM.tf, 'right'],
      ]);
      expect((await attemptRow(second.id)).passed).toBeNull();
    });

    it('queues open answers oldest submission first, filterable by exam, with the rubric for the grader', async () => {
      const ours = new Set([first.id, second.id, third.id]);
      const all = await queue('?pageSize=200');
      expect(all.items.filter((i) => ours.has(i.attemptId)).map((i) => i.attemptId)).toEqual([first.id, second.id, third.id]);
      const newest = await queue('?pageSize=200&order=newest');
      expect(newest.items.filter((i) => ours.has(i.attemptId)).map((i) => i.attemptId)).toEqual([third.id, second.id, first.id]);

      const filtered = await queue(`?examId=${essayExam}`);
      expect(filtered).toMatchObject({ total: 2, page: 1, pageSize: 20 });
      expect(filtered.items.map((i) => [i.attemptId, i.position, i.examId, i.examTitle, i.answer])).toEqual([
        [second.id, positionOf(second, STEM.essay), essayExam, 'Essay exam', { text: essayText }],
        [third.id, positionOf(third, STEM.essay), essayExam, 'Essay exam', { text: 'Not my problem.' }],
      ]);
      expect(filtered.items[0]).toMatchObject({ agentName: expect.any(String), submittedAt: expect.any(String), question: { type: 'essay', graderInfo: SECRET.grader, rubric: expect.any(Object) } });
      expect(Date.parse(filtered.items[0].submittedAt)).toBeLessThan(Date.parse(filtered.items[1].submittedAt));
      const paged = await queue(`?examId=${essayExam}&pageSize=1&page=2`);
      expect(paged.items.map((i) => i.attemptId)).toEqual([third.id]);
      expect(paged.total).toBe(2);
      expect((await queue(`?examId=${UNKNOWN_ID}`)).total).toBe(0);
    });

    it('grades an essay against its rubric with a comment; the last open answer finalises the attempt and the agent sees the score', async () => {
      const position = positionOf(second, STEM.essay);
      const response = await grade(trainer.token, second.id, position, { rubric: { empathy: 1, fix: 1 }, comment: 'Apologised and fixed it.' }).expect(200);
      expect(response.body).toEqual({ attemptStatus: 'graded', remaining: 0 });

      const [row] = (await itemRows(second.id)).filter((r) => r.position === position);
      expect(row).toMatchObject({ points: 8, maxPoints: 10, status: 'graded', manual: true, gradedById: trainer.id, comment: 'Apologised and fixed it.' });
      // The essay's rubric (2 + 6 of 4 + 6) plus the true/false: 9 of 11.
      const seen = await result((await agent(8)).token, second.id);
      expect(seen).toMatchObject({ status: 'graded', gradedAt: expect.any(String), score: { points: 9, maxPoints: 11, percent: 81.82, passed: true } });
      expect(seen.dimensions).toEqual([
        { code: 'communication', percent: 80, passPercent: null },
        { code: 'product-knowledge', percent: 100, passPercent: null },
      ]);
      expect(seen.questions.find((x) => x.position === position)).toMatchObject({ correct: 'partial', points: 8, maxPoints: 10, graderComment: 'Apologised and fixed it.' });

      // Out of the queue; the other attempt of the exam still waits.
      expect((await queue(`?examId=${essayExam}`)).items.map((i) => i.attemptId)).toEqual([third.id]);
      const admin = await signIn(api, 'admin@pathwise.local');
      const audit = (await api.http().get(`/api/audit-log?entityId=${second.id}`).set(bearer(admin.token)).expect(200)).body.items;
      expect(audit).toEqual([expect.objectContaining({ action: 'attempt.manual-grade', details: expect.objectContaining({ position, points: 8 }) })]);
    });

    it('keeps a manual grade when the grading job runs again', async () => {
      const before = await itemRows(second.id);
      // The queued job (a late duplicate message), then a full grading run as a regrade does.
      await jobs.run('grade-attempt', { attemptId: second.id });
      expect(await api.app.get(GradingService).grade(second.id)).toBe('graded');
      const after = await itemRows(second.id);
      // The manual row untouched, to its grading time; the automatic ones rewritten the same.
      expect(after.filter((r) => r.manual)).toEqual(before.filter((r) => r.manual));
      expect(withoutTime(after)).toEqual(withoutTime(before));
      expect(await attemptRow(second.id)).toMatchObject({ status: 'graded', points: 9, maxPoints: 11, percent: 81.82, passed: true });
    });

    it('grades with plain points too, and refuses what does not fit the question', async () => {
      const essay = positionOf(third, STEM.essay);
      const tf = positionOf(third, STEM.tf);
      const refusals: [number, Json, number][] = [
        [essay, { rubric: { empathy: 1 } }, 400], // a criterion missing
        [essay, { rubric: { empathy: 1, fix: 1, tone: 0 } }, 400], // an unknown criterion
        [essay, { rubric: { empathy: 3, fix: 0 } }, 400], // no such level
        [essay, { points: 10.5 }, 400], // above the maximum
        [essay, { points: -1 }, 400],
        [essay, {}, 400], // neither points nor rubric
        [essay, { points: 1, extra: true }, 400],
        [tf, { points: 1 }, 400], // not an open answer
        [99, { points: 1 }, 404],
      ];
      for (const [position, body, status] of refusals) {
        const response = await grade(trainer.token, third.id, position, body);
        expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), status]);
      }
      await grade(trainer.token, UNKNOWN_ID, 1, { points: 1 }).expect(404);
      expect((await itemRows(third.id)).find((r) => r.position === essay)).toMatchObject({ status: 'pending', manual: false, points: 0 });
      expect((await attemptRow(third.id)).status).toBe('needs_grading');

      expect((await grade(trainer.token, third.id, essay, { points: 3.5 }).expect(200)).body).toEqual({ attemptStatus: 'graded', remaining: 0 });
      expect((await result((await agent(9)).token, third.id)).score).toEqual({ points: 3.5, maxPoints: 11, percent: 31.82, passed: false });
      // A grader may revise a grade; the attempt stays graded with the new total.
      expect((await grade(trainer.token, third.id, essay, { rubric: { empathy: 2, fix: 1 }, comment: 'Revised' }).expect(200)).body).toEqual({ attemptStatus: 'graded', remaining: 0 });
      expect((await result((await agent(9)).token, third.id)).score).toEqual({ points: 10, maxPoints: 11, percent: 90.91, passed: true });
    });

    it('does not grade an attempt that is still in progress', async () => {
      const { token } = await agent(10);
      const open = await startAttempt(token, essayExam);
      await api.http().put(`/api/attempts/${open.id}/answers/${positionOf(open, STEM.essay)}`).set(bearer(token)).send({ answer: { text: 'Draft answer' }, seq: 1 }).expect(200);
      const response = await grade(trainer.token, open.id, positionOf(open, STEM.essay), { points: 5 });
      expect([404, 409]).toContain(response.status);
      expect(await itemRows(open.id)).toEqual([]);
      expect((await attemptRow(open.id)).status).toBe('in_progress');
    });

    it('refuses the queue and grading to agents and supervisors (403), and changes nothing', async () => {
      const before = await itemRows(first.id);
      for (const email of [agentEmail(7), 'supervisor1@pathwise.local']) {
        const { token } = await signIn(api, email);
        expect((await api.http().get('/api/grading/queue').set(bearer(token))).status).toBe(403);
        expect((await grade(token, first.id, 1, { points: 5 })).status).toBe(403);
        expect((await api.http().get(`/api/exams/${otherEssayExam}/attempts`).set(bearer(token))).status).toBe(403);
      }
      await api.http().get('/api/grading/queue').expect(401);
      expect(await itemRows(first.id)).toEqual(before);
      expect((await attemptRow(first.id)).status).toBe('needs_grading');
    });

    it('states the same total in the builder, the attempt and the grade', async () => {
      const detail = (await api.http().get(`/api/exams/${essayExam}`).set(bearer(trainer.token)).expect(200)).body;
      const sitting = await api.http().get(`/api/attempts/${second.id}`).set(bearer((await agent(8)).token)).expect(200);
      const graded = await result(trainer.token, second.id);
      const essay = positionOf(second, STEM.essay);
      // Builder, attempt view and grading agree: an essay with a rubric and a scenario are worth their own totals.
      expect([detail.totalPoints, sitting.body.questions.find((x: { position: number }) => x.position === essay).points]).toEqual([graded.score?.maxPoints, graded.questions.find((x) => x.position === essay)?.maxPoints]);
    });
  });
});
