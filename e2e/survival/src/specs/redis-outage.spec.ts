import { Cluster } from '../support/cluster';
import { describeWithServices } from '../support/environment';
import type { AttemptView } from '@pathwise/contracts';
import { AGENTS, createChoiceQuestions, drawAll, inParallel, isRightOption, optionsOf, publishExam, Sitting, sitExam } from '../support/exams';
import { gradingProblems, statusCounts } from '../support/grading-checks';
import { sleep, waitUntil } from '../support/processes';

const QUESTIONS = 10;
/** The API bounds the enqueue at submit to 2 s when Redis does not answer; this leaves room for a busy machine. */
const SUBMIT_BUDGET_MS = 5000;

describeWithServices('survival: Redis stops while agents submit', () => {
  let cluster: Cluster;
  let trainer: string;
  let tokens: string[];
  let questions: Awaited<ReturnType<typeof createChoiceQuestions>>;
  let examCount = 0;

  beforeAll(async () => {
    cluster = await Cluster.create('redis');
    await cluster.startRedis({ appendOnly: true });
    await cluster.startApi();
    await cluster.startWorker();
    trainer = await cluster.client.login('trainer1@pathwise.local');
    questions = await createChoiceQuestions(cluster.client, trainer, 'rd', QUESTIONS);
    tokens = await inParallel(AGENTS, 4, (email) => cluster.client.login(email));
  }, 120_000);

  afterAll(() => cluster?.close());

  /** A fresh exam sat by `count` agents, answered but not submitted. */
  async function sittings(count: number): Promise<Sitting[]> {
    const exam = await publishExam(cluster.client, trainer, `Redis outage ${++examCount}`, [drawAll(questions)]);
    return sitExam(cluster.client, tokens.slice(0, count), exam.id, (i) => i % (QUESTIONS + 1));
  }

  /** Submits them all at once; each must succeed within the budget, and be `submitted` in the database. */
  async function submitAll(group: Sitting[]): Promise<number[]> {
    const replies = await Promise.all(group.map(({ attemptId, token }) => cluster.client.request('POST', `/api/attempts/${attemptId}/submit`, { token, timeoutMs: 30_000 })));
    expect(replies.map((r) => [r.status, r.body?.status])).toEqual(group.map(() => [200, 'submitted']));
    const slowest = Math.max(...replies.map((r) => r.ms));
    expect(slowest).toBeLessThan(SUBMIT_BUDGET_MS);
    return replies.map((r) => r.ms);
  }

  const expected = (group: Sitting[]) => new Map(group.map((s) => [s.attemptId, s.expectedPoints]));
  const ids = (group: Sitting[]) => group.map((s) => s.attemptId);

  async function waitGraded(group: Sitting[], timeoutMs: number, what: string): Promise<number> {
    const started = Date.now();
    let last: Record<string, number> = {};
    await waitUntil(
      what,
      async () => {
        last = await statusCounts(cluster.db, ids(group));
        return last['graded'] === group.length;
      },
      timeoutMs,
      250,
      () => `statuses: ${JSON.stringify(last)}\n${cluster.diagnostics()}`,
    );
    return Date.now() - started;
  }

  it('Redis is SIGKILLed mid-way through the submits: resume, autosave and later submits still succeed, and all are graded once it restarts (with its append-only file, as deployed)', async () => {
    const group = await sittings(20);
    const before = group.slice(0, 5);
    const during = group.slice(5);
    await submitAll(before);
    await waitGraded(before, 30_000, 'the submits made before the outage to be graded');

    await sleep(1100); // appendfsync everysec: what Redis acknowledged is on disk
    await cluster.redis?.kill('SIGKILL');
    // Agents carry on while Redis is down: resume the attempt, correct the wrong answer, then submit.
    await Promise.all(
      during.map(async (sitting) => {
        const view = await cluster.client.expect<AttemptView>(200, 'GET', `/api/attempts/${sitting.attemptId}`, { token: sitting.token });
        const wrong = sitting.expectedPoints + 1;
        const optionId = optionsOf(view, wrong).find(isRightOption);
        await cluster.client.expect(200, 'PUT', `/api/attempts/${sitting.attemptId}/answers/${wrong}`, { token: sitting.token, body: { answer: { optionId }, seq: 2 } });
        sitting.expectedPoints++;
      }),
    );
    const times = await submitAll(during);
    console.log(`redis-outage: ${during.length} submits with Redis down took ${Math.min(...times)}–${Math.max(...times)} ms`);
    expect(await statusCounts(cluster.db, ids(during))).toEqual({ submitted: during.length });
    // Nothing can be graded without Redis.
    await sleep(1500);
    expect(await statusCounts(cluster.db, ids(during))).toEqual({ submitted: during.length });

    await cluster.startRedis({ appendOnly: true });
    const took = await waitGraded(during, 60_000, 'the submits made during the outage to be graded once Redis is back');
    console.log(`redis-outage: graded ${took} ms after Redis came back`);
    expect(await gradingProblems(cluster.db, expected(group))).toEqual([]);
  });

  it('Redis hangs (SIGSTOP) during the submits: each still answers within the bound, and all are graded once it resumes', async () => {
    const group = await sittings(10);
    cluster.redis?.signal('SIGSTOP');
    let times: number[];
    try {
      times = await submitAll(group);
    } finally {
      cluster.redis?.signal('SIGCONT');
    }
    console.log(`redis-outage: ${group.length} submits with Redis hung took ${Math.min(...times)}–${Math.max(...times)} ms`);
    const took = await waitGraded(group, 60_000, 'the submits made while Redis hung to be graded after it resumed');
    console.log(`redis-outage: graded ${took} ms after Redis resumed`);
    expect(await gradingProblems(cluster.db, expected(group))).toEqual([]);
  });

  it('Redis crashes and comes back empty (no persistence, or a failover to an empty replica): attempts whose grading messages were lost are still graded', async () => {
    const group = await sittings(10);
    const queuedThenLost = group.slice(0, 5);
    const duringOutage = group.slice(5);
    // The worker is busy elsewhere (paused): these grading jobs wait in Redis …
    cluster.worker?.signal('SIGSTOP');
    try {
      await submitAll(queuedThenLost);
      // … and Redis dies with them, then restarts with nothing: no jobs, no repeatable sweeper schedule.
      await cluster.redis?.kill('SIGKILL');
      await submitAll(duringOutage);
      await cluster.startRedis({ empty: true });
    } finally {
      cluster.worker?.signal('SIGCONT');
    }
    // (The five submitted during the outage may already be graded: their enqueue waited in the client's offline queue.)
    expect((await statusCounts(cluster.db, ids(group)))['in_progress']).toBeUndefined();
    // The sweeper re-queues attempts submitted more than GRADING_RETRY_SECONDS (5 s here) ago, every SWEEP_INTERVAL_SECONDS (1 s).
    // The sweeper's schedule lives in Redis; the worker re-asserts it every six sweeps (6 s here), so it comes back.
    const took = await waitGraded(group, 20_000, 'attempts whose grading messages Redis lost to be graded');
    console.log(`redis-outage: graded ${took} ms after Redis came back empty`);
    expect(await gradingProblems(cluster.db, expected(group))).toEqual([]);
  });
});
