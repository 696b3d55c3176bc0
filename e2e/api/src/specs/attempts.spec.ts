import { DataSource } from 'typeorm';
import { Attempt } from '@pathwise/api/attempts/attempt.entity';
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
  KEY_FIELDS,
  keys,
  keysIn,
  SECRET,
  Session,
  signIn,
  sleepUntil,
  wholeSecondsFromNow,
} from '../support/exam-fixtures';

interface QuestionView {
  position: number;
  section: number;
  points: number;
  question: Json & { type: string; stem: string };
  answer: unknown;
  flagged: boolean;
  seq: number;
}

interface AttemptBody {
  id: string;
  examId: string;
  number: number;
  status: string;
  startedAt: string;
  deadline: string | null;
  serverNow: string;
  questions: QuestionView[];
}

const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';
const TYPES = ['single_choice', 'multiple_choice', 'true_false', 'fill_blank', 'numerical', 'ordering', 'matching', 'essay', 'scenario'];

describe('attempts', () => {
  let api: TestApi;
  let trainer: Session;
  let bankId: string;
  let categoryId: string;
  /** One fixed question of every type, in TYPES order. */
  let everyTypeIds: string[];
  let everyTypeExam: string;
  const agents = new Map<number, Session>();

  const agent = async (n: number): Promise<Session> => {
    if (!agents.has(n)) agents.set(n, await signIn(api, agentEmail(n)));
    return agents.get(n) as Session;
  };
  const start = (token: string, examId: string) => api.http().post(`/api/exams/${examId}/attempts`).set(bearer(token));
  const started = async (token: string, examId: string): Promise<AttemptBody> => (await start(token, examId).expect(201)).body;
  const view = async (token: string, attemptId: string): Promise<AttemptBody> => (await api.http().get(`/api/attempts/${attemptId}`).set(bearer(token)).expect(200)).body;
  const save = (token: string, attemptId: string, position: number, body: Json) => api.http().put(`/api/attempts/${attemptId}/answers/${position}`).set(bearer(token)).send(body);
  const submit = (token: string, attemptId: string) => api.http().post(`/api/attempts/${attemptId}/submit`).set(bearer(token));
  const positionOf = (attempt: AttemptBody, type: string) => (attempt.questions.find((q) => q.question.type === type) as QuestionView).position;
  const slot = (attempt: AttemptBody, position: number) => attempt.questions.find((q) => q.position === position) as QuestionView;
  const examAttempts = async (examId: string) =>
    (await api.http().get(`/api/exams/${examId}/attempts?pageSize=200`).set(bearer(trainer.token)).expect(200)).body.items as {
      attemptId: string;
      userId: string;
      status: string;
      submittedAt: string | null;
      submittedBy: string | null;
    }[];
  const attemptRows = (examId: string, userId: string) => api.app.get(DataSource).getRepository(Attempt).findBy({ examId, userId });
  const exam = (overrides: Json) => createPublishedExam(api, trainer.token, examInput(overrides));
  const everyTypeSections = () => [{ title: 'Every type', items: everyTypeIds.map((id) => fixed(id, 1)) }];

  beforeAll(async () => {
    // Nothing sweeps on its own during the file: the sweeper test triggers the job itself. A submitted attempt without a grade is re-queued after 5 s.
    api = await startTestApi({ SWEEP_INTERVAL_SECONDS: '3600', GRADING_RETRY_SECONDS: '5' });
    trainer = await signIn(api, 'trainer1@pathwise.local');
    bankId = await createBank(api, trainer.token);
    categoryId = await createCategory(api, trainer.token, bankId, 'Every type');
    const all = [definitions.single(), definitions.multiple(), definitions.trueFalse(), definitions.fillBlank(), definitions.numerical(), definitions.ordering(), definitions.matching(), definitions.essay(), definitions.scenario()];
    everyTypeIds = [];
    for (const definition of all) everyTypeIds.push(await createQuestion(api, trainer.token, bankId, { categoryId, definition }));
    everyTypeExam = await exam({ title: 'Every type', sections: everyTypeSections() });
  });
  afterAll(() => api?.close());

  describe('start', () => {
    it('returns the attempt without any key or scoring data, for every question type, and so does resuming it', async () => {
      const { token } = await agent(1);
      const response = await start(token, everyTypeExam).expect(201);
      const attempt: AttemptBody = response.body;
      expect(attempt).toMatchObject({ examId: everyTypeExam, examTitle: 'Every type', number: 1, status: 'in_progress', deadline: null, sections: [{ title: 'Every type' }] });
      expect(Math.abs(Date.parse(attempt.serverNow) - Date.now())).toBeLessThan(5000);
      expect(attempt.questions.map((q) => q.question.type)).toEqual(TYPES);
      expect(attempt.questions.map((q) => [q.position, q.answer, q.flagged, q.seq])).toEqual(TYPES.map((_t, i) => [i + 1, null, false, 0]));

      const resumed = await api.http().get(`/api/attempts/${attempt.id}`).set(bearer(token)).expect(200);
      for (const body of [response, resumed]) {
        expect(KEY_FIELDS.filter((key) => keysIn(body.body).has(key))).toEqual([]);
        for (const secret of [SECRET.feedback, SECRET.general, SECRET.grader, SECRET.accepted, String(SECRET.numeric), '"correct"', 'Look for', 'levels']) expect(body.text).not.toContain(secret);
      }
      // What the learner does get: options, blanks, units, items, prompts and choices, rubric criteria without levels, scenario parts.
      const byType = Object.fromEntries(attempt.questions.map((q) => [q.question.type, q.question]));
      expect(byType['single_choice']).toEqual({ type: 'single_choice', stem: 'Which plan includes free trade-in?', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: expect.any(String) })) });
      expect(byType['fill_blank']).toMatchObject({ blanks: [{ id: 'brand' }, { id: 'name' }] });
      expect(byType['numerical']).toMatchObject({ units: ['kg', 'g'], unitPolicy: 'required' });
      expect(byType['matching']).toMatchObject({ prompts: [{ id: 'basic', text: 'Basic' }, { id: 'plus', text: 'Plus' }] });
      expect(byType['essay']).toMatchObject({ criteria: [{ id: 'empathy', description: 'Shows empathy' }, { id: 'fix', description: 'Offers a fix' }] });
      expect(byType['scenario']).toMatchObject({ parts: [expect.objectContaining({ id: 'pick', weight: 2 }), expect.objectContaining({ id: 'tf', weight: 1 })] });
      // Ordering items never come in the answer's order.
      expect((byType['ordering'] as unknown as { items: { id: string }[] }).items.map((i) => i.id)).not.toEqual(keys.ordering.order);
    });

    it('returns the open attempt on a second start, and one attempt for two starts at the same moment', async () => {
      const second = await agent(2);
      const first = await started(second.token, everyTypeExam);
      await save(second.token, first.id, 1, { answer: keys.single, seq: 1 }).expect(200);
      const again = await started(second.token, everyTypeExam);
      expect(again.id).toBe(first.id);
      expect(again.number).toBe(1);
      expect(slot(again, 1).answer).toEqual(keys.single);
      const mine: { examId: string; inProgressAttemptId: string | null; canStart: boolean; attemptsUsed: number }[] = (await api.http().get('/api/me/exams').set(bearer(second.token)).expect(200)).body;
      expect(mine.find((e) => e.examId === everyTypeExam)).toMatchObject({ inProgressAttemptId: first.id, canStart: true, attemptsUsed: 1 });

      const racer = await agent(3);
      const [a, b, c] = await Promise.all([start(racer.token, everyTypeExam), start(racer.token, everyTypeExam), start(racer.token, everyTypeExam)]);
      expect([a.status, b.status, c.status]).toEqual([201, 201, 201]);
      expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(1);
      expect(await attemptRows(everyTypeExam, racer.id)).toHaveLength(1);
    });

    it('lets the audience start: a team member and a named user, but not an agent outside both (404)', async () => {
      const admin = await signIn(api, 'admin@pathwise.local');
      const teams: { id: string; name: string }[] = (await api.http().get('/api/teams').set(bearer(admin.token)).expect(200)).body;
      const teamA = teams.find((t) => t.name === 'Customer Care A') as { id: string };
      const named = await agent(12);
      const examId = await exam({ audience: { everyone: false, teamIds: [teamA.id], userIds: [named.id] }, sections: [{ title: 'S', items: [fixed(everyTypeIds[2])] }] });

      const member = await agent(4);
      await start(member.token, examId).expect(201);
      await start(named.token, examId).expect(201);
      const outsider = await agent(11);
      const refused = await start(outsider.token, examId).expect(404);
      expect(refused.body.code).toBe('NOT_FOUND');
      expect(await attemptRows(examId, outsider.id)).toHaveLength(0);

      const listed = async (token: string) => (await api.http().get('/api/me/exams').set(bearer(token)).expect(200)).body.map((e: { examId: string }) => e.examId);
      expect(await listed(member.token)).toContain(examId);
      expect(await listed(named.token)).toContain(examId);
      expect(await listed(outsider.token)).not.toContain(examId);

      // The start page's one exam: the same rules, with the open attempt and its deadline.
      const one = (await api.http().get(`/api/me/exams/${examId}`).set(bearer(member.token)).expect(200)).body;
      expect(one).toMatchObject({ examId, inProgressAttemptId: expect.any(String), attemptsUsed: 1 });
      expect(one.inProgressDeadline).toBeNull();
      await api.http().get(`/api/me/exams/${examId}`).set(bearer(outsider.token)).expect(404);
    });

    it('refuses an exam that is not open yet, or closed, with 409 EXAM_NOT_AVAILABLE and the reason', async () => {
      const { token, id } = await agent(5);
      const opensAt = wholeSecondsFromNow(86400);
      const future = await exam({ opensAt: opensAt.toISOString(), sections: [{ title: 'S', items: [fixed(everyTypeIds[2])] }] });
      const notOpen = await start(token, future).expect(409);
      expect(notOpen.body).toMatchObject({ code: 'EXAM_NOT_AVAILABLE', reason: 'not_open', until: opensAt.toISOString() });

      const past = await exam({ opensAt: '2020-01-01T00:00:00.000Z', closesAt: '2020-01-02T00:00:00.000Z', sections: [{ title: 'S', items: [fixed(everyTypeIds[2])] }] });
      const closed = await start(token, past).expect(409);
      expect(closed.body).toMatchObject({ code: 'EXAM_NOT_AVAILABLE', reason: 'closed' });
      expect(await attemptRows(future, id)).toHaveLength(0);
      expect(await attemptRows(past, id)).toHaveLength(0);

      const mine: { examId: string; canStart: boolean; blockedReason: string | null; blockedUntil: string | null }[] = (await api.http().get('/api/me/exams').set(bearer(token)).expect(200)).body;
      expect(mine.find((e) => e.examId === future)).toMatchObject({ canStart: false, blockedReason: 'not_open', blockedUntil: opensAt.toISOString() });
      expect(mine.find((e) => e.examId === past)).toMatchObject({ canStart: false, blockedReason: 'closed' });
    });

    it('refuses a start once the attempts are used up', async () => {
      const { token, id } = await agent(6);
      const examId = await exam({ maxAttempts: 1, sections: [{ title: 'S', items: [fixed(everyTypeIds[2])] }] });
      const attempt = await started(token, examId);
      await submit(token, attempt.id).expect(200);
      const refused = await start(token, examId).expect(409);
      expect(refused.body).toMatchObject({ code: 'EXAM_NOT_AVAILABLE', reason: 'no_attempts_left' });
      expect(await attemptRows(examId, id)).toHaveLength(1);
      const mine: { examId: string; attemptsUsed: number; blockedReason: string | null }[] = (await api.http().get('/api/me/exams').set(bearer(token)).expect(200)).body;
      expect(mine.find((e) => e.examId === examId)).toMatchObject({ attemptsUsed: 1, blockedReason: 'no_attempts_left' });
    });

    it('refuses a start during the cooldown after the last submission, saying until when', async () => {
      const { token, id } = await agent(7);
      const examId = await exam({ cooldownMinutes: 1, sections: [{ title: 'S', items: [fixed(everyTypeIds[2])] }] });
      const attempt = await started(token, examId);
      await submit(token, attempt.id).expect(200);
      const submittedAt = Date.parse((await examAttempts(examId)).find((a) => a.attemptId === attempt.id)?.submittedAt as string);
      const refused = await start(token, examId).expect(409);
      expect(refused.body).toMatchObject({ code: 'EXAM_NOT_AVAILABLE', reason: 'cooldown' });
      expect(Date.parse(refused.body.until)).toBe(submittedAt + 60_000);
      expect(await attemptRows(examId, id)).toHaveLength(1);
    });

    it('draws questions the agent has not seen in earlier attempts when the pool allows', async () => {
      const pool = await createCategory(api, trainer.token, bankId, 'Pool');
      const all = [1, 2, 3, 4, 5, 6].map((n) => `Pool question ${n}`);
      for (const stem of all) await createQuestion(api, trainer.token, bankId, { categoryId: pool, definition: definitions.trueFalse(stem) });
      const examId = await exam({ sections: [{ title: 'Draw', items: [{ kind: 'draw', count: 2, points: 1, bankId, categoryId: pool }] }] });
      const { token } = await agent(9);
      const stems = (attempt: AttemptBody) => attempt.questions.map((q) => q.question.stem).sort();

      // Pool of 6, draw of 2: three attempts see six different questions (by chance: 1 in 90).
      const seen: string[] = [];
      for (const number of [1, 2, 3]) {
        const attempt = await started(token, examId);
        expect(attempt.number).toBe(number);
        expect(attempt.questions).toHaveLength(2);
        expect(stems(attempt).filter((stem) => seen.includes(stem))).toEqual([]);
        seen.push(...stems(attempt));
        await submit(token, attempt.id).expect(200);
      }
      expect(seen.sort()).toEqual(all);
      // Everything seen: the draw still fills from the whole pool.
      const fourth = await started(token, examId);
      expect(fourth.questions).toHaveLength(2);
      expect(new Set(stems(fourth)).size).toBe(2);
    });
  });

  describe('resume', () => {
    it('materialises the same questions in the same order from the stored seed, with saved answers and flags', async () => {
      const examId = await exam({ shuffleQuestions: true, shuffleOptions: true, timeLimitMinutes: 45, sections: [{ title: 'A', items: everyTypeIds.slice(0, 5).map((id) => fixed(id, 2)) }, { title: 'B', items: everyTypeIds.slice(5).map((id) => fixed(id, 3)) }] });
      const { token } = await agent(8);
      const first = await started(token, examId);
      expect(first.questions.map((q) => q.section)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1]);
      // The points grading scores each question out of: an essay with a rubric (10) and a scenario fix their own totals.
      const ownTotal = (type: string) => (type === 'essay' ? 10 : type === 'scenario' ? 'parts' : null);
      expect(first.questions.filter((q) => !ownTotal(q.question.type)).map((q) => q.points)).toEqual(first.questions.filter((q) => !ownTotal(q.question.type)).map((q) => (q.section === 0 ? 2 : 3)));
      expect(first.questions.find((q) => q.question.type === 'essay')?.points).toBe(10);
      const single = positionOf(first, 'single_choice');
      const tf = positionOf(first, 'true_false');
      const essay = positionOf(first, 'essay');
      await save(token, first.id, single, { answer: keys.single, seq: 1 }).expect(200);
      await save(token, first.id, tf, { flagged: true, seq: 1 }).expect(200);
      await save(token, first.id, essay, { answer: { text: 'I am sorry; here is the fix.' }, flagged: true, seq: 7 }).expect(200);

      for (const resumed of [await view(token, first.id), await started(token, examId)]) {
        expect(resumed.id).toBe(first.id);
        expect(resumed.deadline).toBe(first.deadline);
        expect(resumed.startedAt).toBe(first.startedAt);
        expect(resumed.questions.map(({ position, section, points, question }) => ({ position, section, points, question }))).toEqual(
          first.questions.map(({ position, section, points, question }) => ({ position, section, points, question })),
        );
        expect(resumed.questions.filter((q) => q.seq > 0).map((q) => [q.position, q.answer, q.flagged, q.seq]).sort()).toEqual(
          [
            [single, keys.single, false, 1],
            [tf, null, true, 1],
            [essay, { text: 'I am sorry; here is the fix.' }, true, 7],
          ].sort(),
        );
      }
    });
  });

  describe('autosave', () => {
    let owner: Session;
    let attempt: AttemptBody;
    const stored = async (position: number) => slot(await view(owner.token, attempt.id), position);

    beforeAll(async () => {
      owner = await agent(10);
      attempt = await started(owner.token, everyTypeExam);
    });

    it('accepts a well-formed answer for every question type and returns it on resume', async () => {
      const answers: Record<string, unknown> = {
        multiple_choice: keys.multiple,
        fill_blank: keys.fillBlank,
        numerical: keys.numerical,
        ordering: keys.ordering,
        matching: keys.matching,
        essay: { text: 'Sorry for the trouble, I will fix it today.' },
        scenario: keys.scenario,
      };
      for (const [type, answer] of Object.entries(answers)) {
        const response = await save(owner.token, attempt.id, positionOf(attempt, type), { answer, seq: 1 }).expect(200);
        expect(response.body).toEqual({ position: positionOf(attempt, type), seq: 1, deadline: null, serverNow: expect.any(String) });
      }
      const resumed = await view(owner.token, attempt.id);
      for (const [type, answer] of Object.entries(answers)) expect(slot(resumed, positionOf(attempt, type)).answer).toEqual(answer);
    });

    it('orders saves by seq: a late, older save changes nothing and the response says which seq is stored', async () => {
      const position = positionOf(attempt, 'single_choice');
      expect((await save(owner.token, attempt.id, position, { answer: { optionId: 'b' }, seq: 3 }).expect(200)).body.seq).toBe(3);
      const older = await save(owner.token, attempt.id, position, { answer: { optionId: 'a' }, seq: 2 }).expect(200);
      expect(await stored(position)).toMatchObject({ answer: { optionId: 'b' }, seq: 3 });
      // A retry of the same seq with other content does not overwrite either.
      const retry = await save(owner.token, attempt.id, position, { answer: { optionId: 'c' }, seq: 3 }).expect(200);
      expect(await stored(position)).toMatchObject({ answer: { optionId: 'b' }, seq: 3 });
      // Affected rows count changed rows on MySQL too (no FOUND_ROWS), so a stale save reports the stored seq.
      expect([older.body.seq, retry.body.seq]).toEqual([3, 3]);
      expect((await save(owner.token, attempt.id, position, { answer: { optionId: 'a' }, seq: 4 }).expect(200)).body.seq).toBe(4);
      expect(await stored(position)).toMatchObject({ answer: { optionId: 'a' }, seq: 4 });
    });

    it('keeps the order when saves of one question race each other', async () => {
      const position = positionOf(attempt, 'numerical');
      const base = (await stored(position)).seq;
      const seqs = Array.from({ length: 8 }, (_v, i) => base + 1 + i);
      // Sent at once, in scrambled order.
      const order = [5, 2, 7, 0, 3, 6, 1, 4];
      const responses = await Promise.all(order.map((i) => save(owner.token, attempt.id, position, { answer: { value: `${seqs[i]} kg` }, seq: seqs[i] })));
      expect(responses.map((r) => r.status)).toEqual(Array(8).fill(200));
      // Each acknowledgement names a seq at least as new as its own.
      responses.forEach((response, i) => expect(response.body.seq).toBeGreaterThanOrEqual(seqs[order[i]]));
      expect(await stored(position)).toMatchObject({ answer: { value: `${seqs[7]} kg` }, seq: seqs[7] });
    });

    it('saves a flag on its own without touching the answer, and an answer without touching the flag', async () => {
      const position = positionOf(attempt, 'true_false');
      await save(owner.token, attempt.id, position, { answer: { value: true }, seq: 1 }).expect(200);
      await save(owner.token, attempt.id, position, { flagged: true, seq: 2 }).expect(200);
      expect(await stored(position)).toMatchObject({ answer: { value: true }, flagged: true, seq: 2 });
      await save(owner.token, attempt.id, position, { answer: { value: false }, seq: 3 }).expect(200);
      expect(await stored(position)).toMatchObject({ answer: { value: false }, flagged: true, seq: 3 });
      // null clears the answer; the flag stays.
      await save(owner.token, attempt.id, position, { answer: null, seq: 4 }).expect(200);
      expect(await stored(position)).toMatchObject({ answer: null, flagged: true, seq: 4 });
      await save(owner.token, attempt.id, position, { flagged: false, seq: 5 }).expect(200);
      expect(await stored(position)).toMatchObject({ answer: null, flagged: false, seq: 5 });
      // A flag on a question never answered before.
      const fresh = positionOf(attempt, 'essay');
      await save(owner.token, attempt.id, fresh, { flagged: true, seq: 9 }).expect(200);
      expect(await stored(fresh)).toMatchObject({ flagged: true, seq: 9 });
    });

    it('refuses an answer of the wrong shape with 400 and writes nothing', async () => {
      const single = positionOf(attempt, 'single_choice');
      const ordering = positionOf(attempt, 'ordering');
      const before = await view(owner.token, attempt.id);
      const bad: [number, Json][] = [
        [single, { answer: { optionIds: ['b'] }, seq: 10 }],
        [single, { answer: { optionId: 'zz' }, seq: 11 }],
        [single, { answer: 'b', seq: 12 }],
        [single, { answer: ['b'], seq: 13 }],
        [single, { answer: { optionId: 'b' } }],
        [single, { answer: { optionId: 'b' }, seq: 0 }],
        [single, { answer: { optionId: 'b' }, seq: 1.5 }],
        [single, { answer: { optionId: 'b' }, seq: '14' }],
        [single, { answer: { optionId: 'b' }, seq: 15, extra: true }],
        [single, { flagged: 'yes', seq: 16 }],
        [ordering, { answer: { order: ['listen', 'solve'] }, seq: 17 }],
        [ordering, { answer: { order: ['listen', 'listen', 'solve', 'confirm', 'close'] }, seq: 18 }],
        [positionOf(attempt, 'scenario'), { answer: { parts: { nope: { value: true } } }, seq: 19 }],
        [positionOf(attempt, 'essay'), { answer: { text: 'x'.repeat(10_001) }, seq: 20 }],
      ];
      for (const [position, body] of bad) {
        const response = await save(owner.token, attempt.id, position, body);
        expect([JSON.stringify(body).slice(0, 80), response.status, response.body.code]).toEqual([JSON.stringify(body).slice(0, 80), 400, 'VALIDATION_FAILED']);
      }
      expect(await view(owner.token, attempt.id)).toEqual({ ...before, serverNow: expect.any(String) });
      // The refused seqs were not recorded: the next real save is stored.
      expect((await save(owner.token, attempt.id, single, { answer: keys.single, seq: 5 }).expect(200)).body.seq).toBe(5);
    });

    it('refuses an answer with fields its question does not use, and writes nothing', async () => {
      const position = positionOf(attempt, 'true_false');
      const scenario = positionOf(attempt, 'scenario');
      const before = await view(owner.token, attempt.id);
      const refused = await save(owner.token, attempt.id, position, { answer: { value: true, note: 'not a field of true/false' }, seq: 30 }).expect(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [expect.objectContaining({ field: 'answer.note' })] });
      // Nested inside a scenario part too.
      await save(owner.token, attempt.id, scenario, { answer: { parts: { pick: { optionId: 'b', score: 1 } } }, seq: 30 }).expect(400);
      expect(await view(owner.token, attempt.id)).toEqual({ ...before, serverNow: expect.any(String) });
      // The same answer without the extra field is stored as sent.
      await save(owner.token, attempt.id, position, { answer: { value: true }, seq: 30 }).expect(200);
      expect((await stored(position)).answer).toEqual({ value: true });
    });

    it('answers 404 for a position the attempt does not have, and 400 for one that is not a number', async () => {
      for (const position of [0, 10, 999, -1]) {
        const response = await save(owner.token, attempt.id, position, { answer: { value: true }, seq: 40 });
        expect([position, response.status]).toEqual([position, 404]);
      }
      await api.http().put(`/api/attempts/${attempt.id}/answers/abc`).set(bearer(owner.token)).send({ answer: { value: true }, seq: 40 }).expect(400);
      await save(owner.token, UNKNOWN_ID, 1, { answer: { value: true }, seq: 40 }).expect(404);
    });

    it("hides another agent's attempt (404) and lets no one else write to it", async () => {
      const before = await view(owner.token, attempt.id);
      const other = await agent(13);
      await api.http().get(`/api/attempts/${attempt.id}`).set(bearer(other.token)).expect(404);
      await save(other.token, attempt.id, 1, { answer: keys.single, seq: 100 }).expect(404);
      await submit(other.token, attempt.id).expect(404);
      await api.http().get(`/api/attempts/${attempt.id}/result`).set(bearer(other.token)).expect(404);
      // Staff cannot answer for the agent either.
      await save(trainer.token, attempt.id, 1, { answer: keys.single, seq: 100 }).expect(403);
      await submit(trainer.token, attempt.id).expect(403);
      const after = await view(owner.token, attempt.id);
      expect(after).toEqual({ ...before, serverNow: expect.any(String) });
    });
  });

  describe('submit', () => {
    it('is idempotent: two submits at once both answer 200, and there is one submission and one grading request', async () => {
      const { token, id } = await agent(14);
      const attempt = await started(token, everyTypeExam);
      await save(token, attempt.id, positionOf(attempt, 'true_false'), { answer: { value: true }, seq: 1 }).expect(200);
      const queue = api.app.get(JobQueue);
      const enqueue = jest.spyOn(queue, 'enqueue');
      try {
        const [a, b] = await Promise.all([submit(token, attempt.id), submit(token, attempt.id)]);
        expect([a.status, b.status]).toEqual([200, 200]);
        for (const response of [a, b]) {
          expect(response.body.id).toBe(attempt.id);
          expect(response.body.status).not.toBe('in_progress');
        }
        const grading = enqueue.mock.calls.filter(([name, payload]) => name === 'grade-attempt' && (payload as { attemptId: string }).attemptId === attempt.id);
        expect(grading).toHaveLength(1);
      } finally {
        enqueue.mockRestore();
      }
      const rows = await attemptRows(everyTypeExam, id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ submittedBy: 'agent', openKey: null });
      const submittedAt = rows[0].submittedAt?.getTime();

      // A retry later changes nothing.
      await submit(token, attempt.id).expect(200);
      expect((await attemptRows(everyTypeExam, id))[0].submittedAt?.getTime()).toBe(submittedAt);
    });

    it('never loses a save acknowledged while the submit races it', async () => {
      const { token } = await agent(18);
      const attempt = await started(token, everyTypeExam);
      const positions = attempt.questions.map((x) => x.position);
      const half = Math.floor(positions.length / 2);
      const flag = (position: number) => save(token, attempt.id, position, { flagged: true, seq: 1 });
      // All at once: saves on either side of the submit.
      const [before, submitted, after] = await Promise.all([Promise.all(positions.slice(0, half).map(flag)), submit(token, attempt.id), Promise.all(positions.slice(half).map(flag))]);
      expect(submitted.status).toBe(200);
      const final = await view(token, attempt.id);
      expect(final.status).not.toBe('in_progress');
      [...before, ...after].forEach((response, i) => {
        const position = positions[i];
        if (response.status === 200) expect([position, slot(final, position).flagged]).toEqual([position, true]);
        else expect([position, response.status, response.body.code, slot(final, position).flagged]).toEqual([position, 409, 'ATTEMPT_CLOSED', false]);
      });
    });

    it('freezes the answers: saves after submit are refused with 409 ATTEMPT_CLOSED, and a new start is a new attempt', async () => {
      const { token } = await agent(14);
      const [row] = await examAttempts(everyTypeExam).then((all) => all.filter((a) => a.userId === agents.get(14)?.id));
      const before = await view(token, row.attemptId);
      const tf = positionOf(before, 'true_false');
      const refused = await save(token, row.attemptId, tf, { answer: { value: false }, seq: 99 }).expect(409);
      expect(refused.body.code).toBe('ATTEMPT_CLOSED');
      await save(token, row.attemptId, tf, { flagged: true, seq: 100 }).expect(409);
      const after = await view(token, row.attemptId);
      expect(slot(after, tf)).toMatchObject({ answer: { value: true }, flagged: false, seq: 1 });

      const next = await started(token, everyTypeExam);
      expect(next.id).not.toBe(row.attemptId);
      expect(next.number).toBe(2);
      expect(next.questions.every((q) => q.answer === null && q.seq === 0)).toBe(true);
    });
  });

  describe('time', () => {
    let closesAt: Date;
    let examId: string;
    let late: Session;
    let swept: Session;
    let lateAttempt: AttemptBody;
    let sweptAttempt: AttemptBody;
    let lostAttempt: AttemptBody;
    const jobs = () => new Jobs(api);
    let runner: Jobs;

    beforeAll(async () => {
      runner = jobs();
      // The deadline is min(start + limit, close): the close, a few seconds away.
      closesAt = wholeSecondsFromNow(8);
      examId = await exam({ timeLimitMinutes: 30, closesAt: closesAt.toISOString(), sections: [{ title: 'S', items: [fixed(everyTypeIds[0], 2), fixed(everyTypeIds[2], 1)] }] });
      late = await agent(15);
      swept = await agent(16);
      lateAttempt = await started(late.token, examId);
      sweptAttempt = await started(swept.token, examId);
      await save(late.token, lateAttempt.id, 1, { answer: { optionId: 'a' }, seq: 1 }).expect(200);
      await save(swept.token, sweptAttempt.id, 1, { answer: keys.single, seq: 1 }).expect(200);
      await save(swept.token, sweptAttempt.id, 2, { flagged: true, seq: 1 }).expect(200);

      // A submit whose grading message is lost (the queue refuses it): the attempt is submitted all the same.
      const lost = await agent(19);
      lostAttempt = await started(lost.token, everyTypeExam);
      await save(lost.token, lostAttempt.id, positionOf(lostAttempt, 'true_false'), { answer: { value: true }, seq: 1 }).expect(200);
      const enqueue = jest.spyOn(api.app.get(JobQueue), 'enqueue').mockRejectedValue(new Error('queue unavailable'));
      try {
        expect((await submit(lost.token, lostAttempt.id).expect(200)).body.status).toBe('submitted');
      } finally {
        enqueue.mockRestore();
      }
    });

    it('carries the server deadline in every response: the earlier of start + time limit and the close', async () => {
      expect(lateAttempt.deadline).toBe(closesAt.toISOString());
      const save1 = await save(late.token, lateAttempt.id, 2, { flagged: true, seq: 1 }).expect(200);
      expect(save1.body).toMatchObject({ deadline: closesAt.toISOString(), serverNow: expect.any(String) });
      expect(Math.abs(Date.parse(save1.body.serverNow) - Date.now())).toBeLessThan(5000);

      const limited = await exam({ timeLimitMinutes: 30, closesAt: wholeSecondsFromNow(86400).toISOString(), sections: [{ title: 'S', items: [fixed(everyTypeIds[2])] }] });
      const { token } = await agent(17);
      const attempt = await started(token, limited);
      expect(Date.parse(attempt.deadline as string)).toBe(Date.parse(attempt.startedAt) + 30 * 60_000);
      expect((await view(token, attempt.id)).deadline).toBe(attempt.deadline);
      // My exams shows it too, so a card can say how long is left.
      expect((await api.http().get(`/api/me/exams/${limited}`).set(bearer(token)).expect(200)).body.inProgressDeadline).toBe(attempt.deadline);
    });

    it('still accepts a save that arrives within the grace after the deadline', async () => {
      await sleepUntil(closesAt.getTime() + 1500);
      const response = await save(late.token, lateAttempt.id, 1, { answer: keys.single, seq: 2 }).expect(200);
      expect(response.body).toMatchObject({ seq: 2, deadline: closesAt.toISOString() });
    });

    it('refuses a save after the deadline plus grace with 409 TIME_UP and writes nothing', async () => {
      await sleepUntil(closesAt.getTime() + 11_500);
      const response = await save(late.token, lateAttempt.id, 1, { answer: { optionId: 'c' }, seq: 3 }).expect(409);
      expect(response.body).toMatchObject({ code: 'TIME_UP', deadline: closesAt.toISOString() });
      await save(late.token, lateAttempt.id, 2, { flagged: false, seq: 3 }).expect(409);
      const after = await view(late.token, lateAttempt.id);
      expect(slot(after, 1)).toMatchObject({ answer: keys.single, seq: 2 });
      expect(slot(after, 2)).toMatchObject({ flagged: true, seq: 1 });
    });

    it('submits overdue attempts from the sweeper job with the answers saved so far (submittedBy timeout)', async () => {
      const overdue = [lateAttempt.id, sweptAttempt.id];
      expect((await examAttempts(examId)).filter((a) => overdue.includes(a.attemptId)).map((a) => a.status)).toEqual(['in_progress', 'in_progress']);
      // Nothing has graded the attempt whose grading message was lost (the next test): this sweep must re-queue it.
      expect((await attemptRows(everyTypeExam, (await agent(19)).id)).map((a) => a.status)).toEqual(['submitted']);

      await runner.run('sweep-attempts', {});

      const rows = (await examAttempts(examId)).filter((a) => overdue.includes(a.attemptId));
      expect(rows).toHaveLength(2);
      for (const row of rows) {
        expect(row.submittedBy).toBe('timeout');
        expect(row.status).not.toBe('in_progress');
        expect(Date.parse(row.submittedAt as string)).toBeGreaterThanOrEqual(closesAt.getTime() + 10_000);
      }
      const resumed = await view(swept.token, sweptAttempt.id);
      expect(resumed.status).not.toBe('in_progress');
      expect(slot(resumed, 1)).toMatchObject({ answer: keys.single, seq: 1 });
      expect(slot(resumed, 2)).toMatchObject({ answer: null, flagged: true });

      // Graded with what was saved: the single choice right (2 points), the true/false unanswered.
      await runner.graded(sweptAttempt.id, ['graded']);
      const result = (await api.http().get(`/api/attempts/${sweptAttempt.id}/result`).set(bearer(swept.token)).expect(200)).body;
      expect(result.score).toMatchObject({ points: 2, maxPoints: 3, percent: 66.67 });
      // The result page says the time ran out rather than that the agent submitted.
      expect(result.submittedBy).toBe('timeout');
      // The agent cannot start again: the exam has closed; and a second sweep changes nothing.
      const submittedAt = rows.map((r) => r.submittedAt);
      await runner.run('sweep-attempts', {});
      expect((await examAttempts(examId)).filter((a) => overdue.includes(a.attemptId)).map((r) => r.submittedAt)).toEqual(submittedAt);
      expect((await start(swept.token, examId).expect(409)).body.reason).toBe('closed');
    });

    it('re-queues grading of a submitted attempt whose grading message was lost', async () => {
      // The sweeps of the test above ran more than GRADING_RETRY_SECONDS after this submit, while it was still `submitted`.
      const graded = await runner.graded(lostAttempt.id, ['graded']);
      // Only the true/false was answered, right: 1 point.
      expect(graded).toMatchObject({ status: 'graded', submittedBy: 'agent', points: 1 });
    });
  });
});
