import type { AttemptView } from '@pathwise/contracts';
import { Cluster } from '../support/cluster';
import { describeWithServices } from '../support/environment';
import { AGENTS, createChoiceQuestions, drawAll, inParallel, isRightOption, optionsOf, publishExam, startAttempt } from '../support/exams';
import { gradingProblems } from '../support/grading-checks';
import { waitUntil } from '../support/processes';

const QUESTIONS = 30;
/** Autosaves acknowledged (across all agents) before the API is killed. */
const ACKS_BEFORE_KILL = 600;

interface Save {
  seq: number;
  position: number;
  optionId: string;
  flagged: boolean;
}

/**
 * One agent's browser tab: autosaves one answer at a time with an increasing seq, and goes offline
 * at the first network failure, remembering the save it could not get acknowledged.
 */
class AgentTab {
  seq = 0;
  readonly sent = new Map<number, Save>();
  /** position → the last acknowledged save there */
  readonly acknowledged = new Map<number, Save>();
  unacknowledged: Save | null = null;
  acks = 0;
  readonly errors: string[] = [];

  constructor(
    readonly index: number,
    readonly token: string,
    readonly attempt: AttemptView,
    private readonly cluster: Cluster,
  ) {}

  next(): Save {
    const seq = ++this.seq;
    // Jump around the paper, change answers, flag now and then.
    const position = 1 + ((seq * 7 + this.index) % QUESTIONS);
    const options = optionsOf(this.attempt, position);
    return { seq, position, optionId: options[(seq + this.index) % options.length], flagged: seq % 5 === 0 };
  }

  /** True when acknowledged; false on a network failure (the API is gone). */
  async send(save: Save): Promise<boolean> {
    this.sent.set(save.seq, save);
    let reply;
    try {
      reply = await this.cluster.client.request('PUT', `/api/attempts/${this.attempt.id}/answers/${save.position}`, {
        token: this.token,
        body: { answer: { optionId: save.optionId }, flagged: save.flagged, seq: save.seq },
        timeoutMs: 10_000,
      });
    } catch {
      this.unacknowledged = save;
      return false;
    }
    if (reply.status !== 200 || reply.body.seq !== save.seq) {
      this.errors.push(`seq ${save.seq}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
      return true;
    }
    this.acknowledged.set(save.position, save);
    this.unacknowledged = null;
    this.acks++;
    return true;
  }

  /** Autosaves until the API goes away or `stop()` says so. */
  async run(stop: () => boolean): Promise<void> {
    while (!stop()) if (!(await this.send(this.next()))) return;
  }
}

describeWithServices('survival: the API is SIGKILLed during an exam', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await Cluster.create('api');
    await cluster.startRedis();
    await cluster.startApi();
    await cluster.startWorker();
  }, 120_000);

  afterAll(() => cluster?.close());

  it('every autosave that was acknowledged is there after the restart, and the exam carries on', async () => {
    const { client, db } = cluster;
    const trainer = await client.login('trainer1@pathwise.local');
    const questions = await createChoiceQuestions(client, trainer, 'ap', QUESTIONS);
    const exam = await publishExam(client, trainer, 'API crash', [drawAll(questions)], { timeLimitMinutes: 60 });
    const tabs = await inParallel(AGENTS, 4, async (email, i) => {
      const token = await client.login(email);
      return new AgentTab(i, token, await startAttempt(client, token, exam.id), cluster);
    });

    // Twenty agents autosave flat out; the API is SIGKILLed once enough saves were acknowledged.
    const acks = () => tabs.reduce((sum, tab) => sum + tab.acks, 0);
    const typing = Promise.all(tabs.map((tab) => tab.run(() => false)));
    await waitUntil(`${ACKS_BEFORE_KILL} acknowledged autosaves`, async () => acks() >= ACKS_BEFORE_KILL, 60_000, 5, () => cluster.diagnostics());
    const exit = await cluster.api?.kill('SIGKILL');
    expect(exit?.signal).toBe('SIGKILL');
    await typing; // every tab is offline now
    const inFlight = tabs.filter((tab) => tab.unacknowledged).length;
    console.log(`api-crash: SIGKILL after ${acks()} acknowledged autosaves; ${inFlight} tab(s) had a save unacknowledged`);
    expect(tabs.flatMap((tab) => tab.errors)).toEqual([]);

    await cluster.startApi();

    // After the restart, the resume view (and the table behind it) holds, per question, the last
    // acknowledged save — or a newer one that reached the database just before the crash (it was
    // sent, then the reply was lost), but never anything older.
    const problems: string[] = [];
    let writtenButUnacknowledged = 0;
    for (const tab of tabs) {
      const view = await client.expect<AttemptView>(200, 'GET', `/api/attempts/${tab.attempt.id}`, { token: tab.token });
      const rows = await db.rows<{ position: number; seq: number; answer: string | null; flagged: number }>('SELECT position, seq, answer, flagged FROM attempt_answers WHERE attempt_id = ?', [tab.attempt.id]);
      const stored = new Map(rows.map((r) => [r.position, { seq: r.seq, optionId: r.answer ? (JSON.parse(r.answer) as { optionId: string }).optionId : null, flagged: Boolean(r.flagged) }]));
      for (const question of view.questions) {
        const inView = { seq: question.seq, optionId: (question.answer as { optionId?: string } | null)?.optionId ?? null, flagged: question.flagged };
        const inTable = stored.get(question.position) ?? { seq: 0, optionId: null, flagged: false };
        if (JSON.stringify(inView) !== JSON.stringify(inTable)) problems.push(`${tab.attempt.id}#${question.position}: resume view ${JSON.stringify(inView)} but table ${JSON.stringify(inTable)}`);
        const acked = tab.acknowledged.get(question.position);
        const pending = tab.unacknowledged?.position === question.position ? tab.unacknowledged : null;
        const expected = inTable.seq === pending?.seq ? pending : acked;
        if (expected && inTable.seq === pending?.seq) writtenButUnacknowledged++;
        if (!expected) {
          if (inTable.seq !== 0) problems.push(`${tab.attempt.id}#${question.position}: holds seq ${inTable.seq}, but nothing was acknowledged there`);
          continue;
        }
        if (inTable.seq !== expected.seq || inTable.optionId !== expected.optionId || inTable.flagged !== expected.flagged) {
          problems.push(`${tab.attempt.id}#${question.position}: acknowledged ${JSON.stringify(acked)}${pending ? `, in flight ${JSON.stringify(pending)}` : ''}, but after the restart holds ${JSON.stringify(inTable)}`);
        }
      }
    }
    console.log(`api-crash: ${writtenButUnacknowledged} save(s) in flight at the crash had reached the database`);
    expect(problems).toEqual([]);

    // The tabs come back online: each re-sends its unacknowledged save (same seq: idempotent),
    // keeps answering, and submits. Grading sees the final answers.
    for (const tab of tabs) {
      if (tab.unacknowledged) {
        expect(await tab.send(tab.unacknowledged)).toBe(true);
        expect(tab.unacknowledged).toBeNull();
      }
    }
    let more = 0;
    await Promise.all(tabs.map((tab) => tab.run(() => ++more > tabs.length * 10)));
    expect(tabs.flatMap((tab) => tab.errors)).toEqual([]);
    await inParallel(tabs, 8, (tab) => client.expect(200, 'POST', `/api/attempts/${tab.attempt.id}/submit`, { token: tab.token }));
    const expectedPoints = new Map(tabs.map((tab) => [tab.attempt.id, [...tab.acknowledged.values()].filter((save) => isRightOption(save.optionId)).length]));
    await waitUntil('every attempt graded', async () => (await db.value<number>("SELECT COUNT(*) FROM attempts WHERE status = 'graded'")) === tabs.length, 60_000, 250, () => cluster.diagnostics());
    expect(await gradingProblems(db, expectedPoints)).toEqual([]);
  });
});
