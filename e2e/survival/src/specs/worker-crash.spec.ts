import { Cluster } from '../support/cluster';
import { describeWithServices } from '../support/environment';
import { AGENTS, createChoiceQuestions, drawAll, inParallel, publishExam, sitExam } from '../support/exams';
import { gradingProblems } from '../support/grading-checks';
import { sleep, waitUntil } from '../support/processes';
import { QueueInspector } from '../support/queue';

/** 20 demo agents × EXAMS exams of QUESTIONS questions: enough attempts that grading them takes a few seconds. */
const EXAMS = Number(process.env['SURVIVAL_WORKER_EXAMS'] ?? 8);
const QUESTIONS = 40;
/** Each attempt answers 0…MAX_RIGHT questions right and one wrong, so every total is known in advance. */
const MAX_RIGHT = 10;

describeWithServices('survival: the worker is SIGKILLed in the middle of grading a batch', () => {
  let cluster: Cluster;
  let queue: QueueInspector;

  beforeAll(async () => {
    cluster = await Cluster.create('worker');
    await cluster.startRedis();
    await cluster.startApi();
    queue = new QueueInspector(cluster.redisUrl, cluster.queuePrefix);
  }, 120_000);

  afterAll(async () => {
    await queue?.close();
    await cluster?.close();
  });

  it('grades every attempt exactly once after the worker restarts', async () => {
    const { client, db } = cluster;
    const trainer = await client.login('trainer1@pathwise.local');
    const questions = await createChoiceQuestions(client, trainer, 'wk', QUESTIONS);
    const exams = [];
    for (let e = 0; e < EXAMS; e++) exams.push(await publishExam(client, trainer, `Crash batch ${e + 1}`, [drawAll(questions)]));
    const tokens = await inParallel(AGENTS, 4, (email) => client.login(email));

    // Every agent sits every exam and submits. No worker runs yet, so every grading job waits in
    // Redis and the whole batch is graded in one go below.
    const started = Date.now();
    const sittings = (await Promise.all(exams.map((exam, e) => sitExam(client, tokens, exam.id, (i) => (e * AGENTS.length + i) % (MAX_RIGHT + 1), 3)))).flat();
    await inParallel(sittings, 8, async ({ attemptId, token }) => {
      const submitted = await client.expect(200, 'POST', `/api/attempts/${attemptId}/submit`, { token });
      expect(submitted.status).toBe('submitted');
    });
    const total = sittings.length;
    console.log(`worker-crash: ${total} attempts of ${QUESTIONS} questions started, answered and submitted in ${Date.now() - started} ms; ${await queue.waiting()} jobs waiting`);
    expect(await db.value('SELECT COUNT(*) FROM attempts WHERE status = ?', ['submitted'])).toBe(total);

    // Grade, and SIGKILL the worker once a tenth of the batch is done.
    const graded = () => db.value<number>("SELECT COUNT(*) FROM attempts WHERE status = 'graded'");
    const worker = await cluster.startWorker();
    const gradingStarted = Date.now();
    await waitUntil('a tenth of the batch to be graded', async () => (await graded()) >= total / 10, 60_000, 10, () => cluster.diagnostics());
    const exit = await worker.kill('SIGKILL');
    const activeAtKill = await queue.active();
    const gradedAtKill = await graded();
    console.log(`worker-crash: SIGKILL after ${Date.now() - gradingStarted} ms with ${gradedAtKill}/${total} graded and ${activeAtKill} job(s) in hand`);
    expect(exit.signal).toBe('SIGKILL');
    // Really in the middle: jobs were in hand, and most of the batch was still to do.
    expect(activeAtKill).toBeGreaterThan(0);
    expect(gradedAtKill).toBeLessThan(total / 2);

    // Nothing grades while no worker runs.
    await sleep(1000);
    expect(await graded()).toBe(gradedAtKill);

    // Restart: the waiting jobs run at once; those the dead worker held come back once BullMQ finds
    // them stalled (their lock lapses after 30 s; the stalled check runs every 30 s).
    const restarted = Date.now();
    await cluster.startWorker();
    await waitUntil(`all ${total} attempts graded after the restart`, async () => (await graded()) === total, 150_000, 250, () => cluster.diagnostics());
    console.log(`worker-crash: all ${total} graded ${Date.now() - restarted} ms after the restart`);
    // Jobs whose group committed just before the kill have graded attempts but were never marked
    // done: they come back stalled and must run again as no-ops.
    const finishedAttempts = async () => new Set((await queue.finishedGradingJobs()).map((job) => job.attemptId)).size;
    await waitUntil('every grading job to finish', async () => (await finishedAttempts()) === total, 150_000, 500, () => cluster.diagnostics());

    // Exactly once, in the database: one result row per question, totals that add up to the answers given.
    expect(await gradingProblems(db, new Map(sittings.map((s) => [s.attemptId, s.expectedPoints])))).toEqual([]);
    expect(await db.value('SELECT COUNT(*) FROM attempt_item_results')).toBe(total * QUESTIONS);

    // In the queue: no grading job failed, every attempt's job completed, and the jobs the dead
    // worker held were found stalled and ran again under their own id (the crash path was taken).
    // Grading is idempotent by design, so a second job for an attempt changes no row; such jobs
    // are counted for the report (the sweeper may re-queue an attempt whose job is just finishing).
    const jobs = await queue.finishedGradingJobs();
    const jobsPerAttempt = new Map<string, number>();
    for (const job of jobs) jobsPerAttempt.set(job.attemptId, (jobsPerAttempt.get(job.attemptId) ?? 0) + 1);
    expect(jobs.filter((job) => job.state === 'failed')).toEqual([]);
    expect(new Set(jobsPerAttempt.keys())).toEqual(new Set(sittings.map((s) => s.attemptId)));
    const rerun = jobs.filter((job) => job.stalled > 0);
    const repeated = [...jobsPerAttempt.entries()].filter(([, n]) => n > 1).map(([id]) => id);
    console.log(
      `worker-crash: ${rerun.length} job(s) held by the dead worker ran again; ${repeated.length} attempt(s) graded by a second job` +
        (repeated.length ? `: ${JSON.stringify(jobs.filter((job) => repeated.includes(job.attemptId)))}` : ''),
    );
    expect(rerun.length).toBeGreaterThan(0);
  });
});
