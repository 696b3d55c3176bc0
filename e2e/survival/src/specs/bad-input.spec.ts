import type { AttemptView, QuestionSearchResult } from '@pathwise/contracts';
import { Reply } from '../support/client';
import { Cluster } from '../support/cluster';
import { describeWithServices } from '../support/environment';
import { createChoiceQuestions, drawAll, isRightOption, optionsOf, publishExam, startAttempt } from '../support/exams';
import { sleep } from '../support/processes';

/** Autosave's grace after the deadline (SAVE_GRACE_SECONDS in apps/api/src/attempts/attempts.service.ts). */
const GRACE_MS = 10_000;

interface Case {
  name: string;
  send: () => Promise<Reply>;
  status: number;
  code: string;
}

/**
 * Every refused request must be a 4xx with the API's error body, and change nothing: the answers
 * table and every attempt's state are compared before and after. No worker runs here, so no
 * sweeper submits the overdue attempt behind the deadline cases.
 */
describeWithServices('survival: bad input to autosave and submit — a clear 4xx, nothing written', () => {
  let cluster: Cluster;
  const token: Record<'agent1' | 'agent2' | 'agent3' | 'trainer', string> = { agent1: '', agent2: '', agent3: '', trainer: '' };
  /** agent1 on exam A (mixed question types), agent1 on exam B (10 other questions), agent2 on exam A. */
  let a1: AttemptView;
  let b1: AttemptView;
  let a2: AttemptView;
  /** agent3 on an exam that closes a few seconds after it starts. */
  let closing: AttemptView;
  const position: Record<string, number> = {};

  /** A save, built when the case runs (the attempts exist only after beforeAll). */
  const put = (attempt: () => AttemptView, at: () => number | string, body: () => unknown, who: keyof typeof token = 'agent1') => () =>
    cluster.client.request('PUT', `/api/attempts/${attempt().id}/answers/${at()}`, { token: token[who], body: body() });
  const right = (attempt: AttemptView, at: number) => optionsOf(attempt, at).find(isRightOption) as string;

  async function snapshot(): Promise<string> {
    const answers = await cluster.db.rows('SELECT * FROM attempt_answers ORDER BY attempt_id, position');
    const attempts = await cluster.db.rows('SELECT id, status, open_key, submitted_at, submitted_by, graded_at, points FROM attempts ORDER BY id');
    return JSON.stringify({ answers, attempts });
  }

  async function expectRefused(reply: Reply, status: number, code: string, before: string): Promise<void> {
    expect({ status: reply.status, code: reply.body?.code }).toEqual({ status, code });
    expect(typeof reply.body?.message).toBe('string');
    expect(reply.body.message.length).toBeGreaterThan(0);
    expect(await snapshot()).toBe(before);
  }

  beforeAll(async () => {
    cluster = await Cluster.create('badinput');
    await cluster.startRedis();
    await cluster.startApi();
    const { client } = cluster;
    token.trainer = await client.login('trainer1@pathwise.local');
    for (const [key, email] of [['agent1', 'agent01'], ['agent2', 'agent02'], ['agent3', 'agent03']] as const) token[key] = await client.login(`${email}@pathwise.local`);

    // The closing exam first, so its clock runs while the other cases do.
    const mine = await createChoiceQuestions(client, token.trainer, 'bi', 3);
    const others = await createChoiceQuestions(client, token.trainer, 'bj', 10);
    const closesAt = new Date(Math.ceil((Date.now() + 6000) / 1000) * 1000);
    const closingExam = await publishExam(client, token.trainer, 'Closing soon', [{ kind: 'fixed', questionId: mine.questionIds[0], points: 1 }], { closesAt: closesAt.toISOString() });
    closing = await startAttempt(client, token.agent3, closingExam.id);
    expect(closing.deadline).toBe(closesAt.toISOString());

    // Exam A: three single-choice questions, then one of each other type, in a fixed order.
    const demo = async (type: string) => {
      const page = await client.expect<QuestionSearchResult>(200, 'GET', `/api/question-banks/${mine.bankId}/questions?type=${type}`, { token: token.trainer });
      return page.items[0].id;
    };
    const fillBlanks = await client.expect<{ id: string }>(201, 'POST', `/api/question-banks/${mine.bankId}/questions`, {
      token: token.trainer,
      body: {
        categoryId: mine.categoryId,
        name: 'Three blanks',
        definition: {
          type: 'fill_blank',
          stem: '<p>Fill in the three blanks.</p>',
          text: '<p>[[first]] / [[second]] / [[third]]</p>',
          blanks: ['first', 'second', 'third'].map((id) => ({ id, accepted: [{ value: id, kind: 'text', fraction: 1 }] })),
        },
      },
    });
    const examA = await publishExam(
      client,
      token.trainer,
      'Bad input A',
      [...mine.questionIds, await demo('true_false'), await demo('ordering'), await demo('essay'), fillBlanks.id].map((questionId) => ({ kind: 'fixed' as const, questionId, points: 1 })),
      { shuffleQuestions: false },
    );
    const examB = await publishExam(client, token.trainer, 'Bad input B', [drawAll(others)], { shuffleQuestions: false });
    a1 = await startAttempt(client, token.agent1, examA.id);
    b1 = await startAttempt(client, token.agent1, examB.id);
    a2 = await startAttempt(client, token.agent2, examA.id);
    for (const q of a1.questions) position[q.question.type] ??= q.position;
    expect(a1.questions).toHaveLength(7);
    expect(b1.questions).toHaveLength(10);

    // Something saved already, which no refused request may touch.
    await client.expect(200, 'PUT', `/api/attempts/${a1.id}/answers/1`, { token: token.agent1, body: { answer: { optionId: right(a1, 1) }, flagged: true, seq: 5 } });
    await client.expect(200, 'PUT', `/api/attempts/${a2.id}/answers/1`, { token: token.agent2, body: { answer: { optionId: right(a2, 1) }, seq: 3 } });
  }, 120_000);

  afterAll(() => cluster?.close());

  const pos = (type: string) => () => position[type];
  /** A seq above any stored one, so a save that wrongly got through would show in the snapshot. */
  let lastSeq = 1000;
  const fresh = () => ++lastSeq;
  const orderingItems = () => {
    const q = a1.questions.find((x) => x.position === position['ordering'])?.question;
    return q && q.type === 'ordering' ? q.items.map((i) => i.id) : [];
  };

  describe('answers of the wrong shape', () => {
    const cases: Case[] = [
      { name: 'a bare string as a single-choice answer', send: put(() => a1, () => 1, () => ({ answer: 'a', seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an array as the answer', send: put(() => a1, () => 1, () => ({ answer: [right(a1, 1)], seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'the multiple-choice shape for a single-choice question', send: put(() => a1, () => 1, () => ({ answer: { optionIds: [right(a1, 1)] }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a number as the option id', send: put(() => a1, () => 1, () => ({ answer: { optionId: 0 }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an option id the question does not have', send: put(() => a1, () => 1, () => ({ answer: { optionId: 'no-such-option' }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'text where true/false needs a boolean', send: put(() => a1, pos('true_false'), () => ({ answer: { value: 'true' }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an ordering that leaves an item out', send: put(() => a1, pos('ordering'), () => ({ answer: { order: orderingItems().slice(1) }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an ordering that repeats an item', send: put(() => a1, pos('ordering'), () => ({ answer: { order: [orderingItems()[0], ...orderingItems().slice(0, -1)] }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a number as essay text', send: put(() => a1, pos('essay'), () => ({ answer: { text: 42 }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a blank the question does not have', send: put(() => a1, pos('fill_blank'), () => ({ answer: { blanks: { fourth: 'x' } }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an extra field inside the answer', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1), points: 100 }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'no seq', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) } })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'seq 0', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: 0 })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'seq as text', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: '7' })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a fractional seq', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: fresh() + 0.5 })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a seq beyond 2,000,000,000', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: 3_000_000_000 })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'text as the flag', send: put(() => a1, () => 1, () => ({ flagged: 'yes', seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an unknown field beside the answer', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: fresh(), points: 100 })), status: 400, code: 'VALIDATION_FAILED' },
      {
        name: 'a body that is not JSON',
        send: () => cluster.client.request('PUT', `/api/attempts/${a1.id}/answers/1`, { token: token.agent1, raw: '{"answer": {"optionId": ', contentType: 'application/json' }),
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      { name: 'a position that is not a number', send: put(() => a1, () => 'first', () => ({ answer: null, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'position 0', send: put(() => a1, () => 0, () => ({ answer: null, seq: fresh() })), status: 404, code: 'NOT_FOUND' },
    ];
    it.each(cases)('$name → $status $code', async ({ send, status, code }) => {
      const before = await snapshot();
      await expectRefused(await send(), status, code, before);
    });
  });

  describe('ids from another attempt', () => {
    const cases: Case[] = [
      { name: "an option id of the same position in the agent's other attempt", send: put(() => a1, () => 1, () => ({ answer: { optionId: right(b1, 1) }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an option id of another question of the same attempt', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 2) }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a position only the other attempt has', send: put(() => a1, () => 9, () => ({ answer: { optionId: right(b1, 9) }, seq: fresh() })), status: 404, code: 'NOT_FOUND' },
    ];
    it.each(cases)('$name → $status $code', async ({ send, status, code }) => {
      const before = await snapshot();
      await expectRefused(await send(), status, code, before);
    });
  });

  describe("another agent's attempt", () => {
    const cases: Case[] = [
      { name: "saving into another agent's attempt", send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: fresh() }), 'agent2'), status: 404, code: 'NOT_FOUND' },
      { name: "reading another agent's attempt", send: () => cluster.client.get(`/api/attempts/${a1.id}`, token.agent2), status: 404, code: 'NOT_FOUND' },
      { name: "submitting another agent's attempt", send: () => cluster.client.post(`/api/attempts/${a1.id}/submit`, token.agent2), status: 404, code: 'NOT_FOUND' },
      { name: "a trainer saving into an agent's attempt", send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1) }, seq: fresh() }), 'trainer'), status: 403, code: 'FORBIDDEN' },
      { name: 'no token', send: () => cluster.client.request('PUT', `/api/attempts/${a1.id}/answers/1`, { body: { answer: null, seq: fresh() } }), status: 401, code: 'UNAUTHENTICATED' },
      { name: 'an attempt id that does not exist', send: () => cluster.client.put('/api/attempts/00000000-0000-4000-8000-000000000000/answers/1', token.agent1, { answer: null, seq: fresh() }), status: 404, code: 'NOT_FOUND' },
      { name: 'an attempt id that is not a UUID', send: () => cluster.client.put('/api/attempts/1%20OR%201=1/answers/1', token.agent1, { answer: null, seq: fresh() }), status: 400, code: 'VALIDATION_FAILED' },
    ];
    it.each(cases)('$name → $status $code', async ({ send, status, code }) => {
      const before = await snapshot();
      const reply = await send();
      await expectRefused(reply, status, code, before);
      // Nothing of the attempt leaks into the refusal.
      expect(JSON.stringify(reply.body)).not.toContain(right(a1, 1));
    });
  });

  describe('oversized payloads', () => {
    const cases: Case[] = [
      { name: 'a body over the 1 MB limit', send: put(() => a1, pos('essay'), () => ({ answer: { text: 'x'.repeat(1_100_000) }, seq: fresh() })), status: 413, code: 'PAYLOAD_TOO_LARGE' },
      { name: 'an essay over 10,000 characters', send: put(() => a1, pos('essay'), () => ({ answer: { text: 'x'.repeat(10_001) }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a blank over 10,000 characters', send: put(() => a1, pos('fill_blank'), () => ({ answer: { blanks: { first: 'x'.repeat(10_001) } }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: '200 KB of padding inside a single-choice answer', send: put(() => a1, () => 1, () => ({ answer: { optionId: right(a1, 1), padding: 'x'.repeat(200_000) }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
      { name: 'ten thousand option ids', send: put(() => a1, () => 1, () => ({ answer: { optionIds: Array.from({ length: 10_000 }, (_, i) => `o${i}`) }, seq: fresh() })), status: 400, code: 'VALIDATION_FAILED' },
    ];
    it.each(cases)('$name → $status $code', async ({ send, status, code }) => {
      const before = await snapshot();
      await expectRefused(await send(), status, code, before);
    });

    it('an answer inside every per-field limit but larger than the answer column holds is stored whole or refused with a 4xx, never a 500', async () => {
      // Three blanks of 10,000 characters each (the most one blank may hold) in a 3-byte script: ~90 KB.
      const blanks = { first: '派'.repeat(10_000), second: '思'.repeat(10_000), third: '测'.repeat(10_000) };
      const before = await snapshot();
      const reply = await put(() => a1, pos('fill_blank'), () => ({ answer: { blanks }, seq: fresh() }))();
      // attempt_answers.answer is LONGTEXT on MySQL: a valid answer may exceed TEXT's 64 KB.
      expect(reply.status).toBeLessThan(500);
      if (reply.status === 200) {
        const [row] = await cluster.db.rows<{ answer: string }>('SELECT answer FROM attempt_answers WHERE attempt_id = ? AND position = ?', [a1.id, position['fill_blank']]);
        expect(JSON.parse(row.answer)).toEqual({ blanks });
      } else {
        expect(reply.status).toBeGreaterThanOrEqual(400);
        expect(await snapshot()).toBe(before);
      }
    });
  });

  describe('saves after the deadline or the submit', () => {
    it('a save within the grace after the deadline is still accepted', async () => {
      const deadline = Date.parse(closing.deadline as string);
      await sleep(Math.max(0, deadline + 1500 - Date.now()));
      const reply = await put(() => closing, () => 1, () => ({ answer: { optionId: right(closing, 1) }, seq: 1 }), 'agent3')();
      expect(reply.status).toBe(200);
    });

    it('a save after the deadline and its grace → 409 TIME_UP, with the deadline', async () => {
      const deadline = Date.parse(closing.deadline as string);
      await sleep(Math.max(0, deadline + GRACE_MS + 1500 - Date.now()));
      const before = await snapshot();
      const reply = await put(() => closing, () => 1, () => ({ answer: { optionId: optionsOf(closing, 1).find((id) => !isRightOption(id)) }, seq: 2 }), 'agent3')();
      await expectRefused(reply, 409, 'TIME_UP', before);
      expect(reply.body.deadline).toBe(closing.deadline);
    });

    it('a save after the submit → 409 ATTEMPT_CLOSED', async () => {
      await cluster.client.expect(200, 'POST', `/api/attempts/${a2.id}/submit`, { token: token.agent2 });
      const before = await snapshot();
      await expectRefused(await put(() => a2, () => 1, () => ({ answer: { optionId: optionsOf(a2, 1).find((id) => !isRightOption(id)) }, seq: 4 }), 'agent2')(), 409, 'ATTEMPT_CLOSED', before);
      await expectRefused(await put(() => a2, () => 2, () => ({ flagged: true, seq: 1 }), 'agent2')(), 409, 'ATTEMPT_CLOSED', before);
    });
  });
});
