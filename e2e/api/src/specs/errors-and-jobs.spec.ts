import { getQueueToken } from '@nestjs/bullmq';
import { INestApplicationContext } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { PurgeExpiredRefreshTokensJob } from '@pathwise/api/auth/purge-expired-refresh-tokens.job';
import { RefreshToken } from '@pathwise/api/auth/refresh-token.entity';
import { JobQueue } from '@pathwise/api/queue/job-queue';
import { QueueName } from '@pathwise/api/queue/jobs';
import { UsersService } from '@pathwise/api/users/users.service';
import { bearer, startTestApi, TestApi } from '../support/test-api';
import { TEST_MODE } from '../support/test-mode';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = 86400_000;

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('error bodies, request ids and security headers', () => {
  let api: TestApi;
  let admin: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin@pathwise.local');
  });
  afterAll(() => api.close());

  it('answers an unknown route under /api with 404 NOT_FOUND and a request id equal to the x-request-id header', async () => {
    const response = await api.http().get('/api/no-such-thing?x=1').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-request-id']).toMatch(UUID);
    expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.stringContaining('/api/no-such-thing'), requestId: response.headers['x-request-id'] });
    // Every request gets its own id.
    const again = await api.http().get('/api/no-such-thing').expect(404);
    expect(again.body.requestId).not.toBe(response.body.requestId);
  });

  it('answers a known path with an unsupported method with the same shape', async () => {
    const response = await api.http().delete('/api/auth/me').set(bearer(admin)).expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: response.headers['x-request-id'] });
  });

  it('echoes a caller-supplied x-request-id in the header, the error body and the audit log', async () => {
    const failed = await api.http().get('/api/auth/me').set('x-request-id', 'test-request-0001').expect(401);
    expect(failed.headers['x-request-id']).toBe('test-request-0001');
    expect(failed.body).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'test-request-0001' });

    const ok = await api.http().get('/api/health').set('x-request-id', 'test-request-0001').expect(200);
    expect(ok.headers['x-request-id']).toBe('test-request-0001');

    const created = await api.http().post('/api/teams').set(bearer(admin)).set('x-request-id', 'test-request-0002').send({ name: 'Traced Team' }).expect(201);
    const audit = await api.http().get(`/api/audit-log?entityId=${created.body.id}`).set(bearer(admin)).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'team.create', requestId: 'test-request-0002' })]);
  });

  it('replaces a malformed x-request-id with a fresh one', async () => {
    for (const supplied of ['short', 'has spaces in the id', 'x'.repeat(65), 'semi;colon-id-0001']) {
      const response = await api.http().get('/api/health').set('x-request-id', supplied).expect(200);
      expect(response.headers['x-request-id']).toMatch(UUID);
    }
  });

  it('answers malformed JSON with 400 in the error body shape', async () => {
    const response = await api.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "admin@pathwise.local", "password": ').expect(400);
    expect(response.body).toEqual({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.any(String), requestId: response.headers['x-request-id'] });
  });

  it('answers a JSON body over 1 MiB with 413 PAYLOAD_TOO_LARGE in the error body shape', async () => {
    const response = await api.http().post('/api/auth/login').send({ email: 'admin@pathwise.local', password: 'x'.repeat(1024 * 1024 + 10) }).expect(413);
    expect(response.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.any(String), requestId: response.headers['x-request-id'] });
  });

  it('turns an unexpected failure into 500 INTERNAL naming the request id, never the cause', async () => {
    const spy = jest.spyOn(api.app.get(UsersService), 'list').mockRejectedValueOnce(new Error('connection to db-7 refused: password=hunter2'));
    try {
      const response = await api.http().get('/api/users').set(bearer(admin)).expect(500);
      const requestId = response.headers['x-request-id'];
      expect(response.body).toEqual({ statusCode: 500, code: 'INTERNAL', message: `Unexpected error; quote request id ${requestId} when reporting it`, requestId });
      expect(response.text).not.toMatch(/hunter2|db-7|stack|at /);
    } finally {
      spy.mockRestore();
    }
    await api.http().get('/api/users').set(bearer(admin)).expect(200);
  });

  it('sends the security headers (helmet), on success and on errors', async () => {
    for (const response of [await api.http().get('/api/health').expect(200), await api.http().get('/api/no-such-thing').expect(404)]) {
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      const csp = response.headers['content-security-policy'] as string;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('allows no cross-origin caller when CORS_ORIGINS is not set', async () => {
    const preflight = await api.http().options('/api/auth/login').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await api.http().get('/api/health').set('Origin', 'https://evil.example').expect(200);
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    expect(simple.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('background jobs: purge-expired-refresh-tokens', () => {
  let api: TestApi;
  let tokens: Repository<RefreshToken>;
  let queue: JobQueue;
  let adminId: string;
  let worker: INestApplicationContext | undefined;

  const itInProduction = TEST_MODE === 'production' ? it : it.skip;
  const systemQueue = () => api.app.get<Queue>(getQueueToken(QueueName.System), { strict: false });
  const ensureWorker = async () => (worker ??= await api.startWorker());
  const exists = async (id: string) => (await tokens.countBy({ id })) === 1;
  /** A refresh token row that expires (or expired, when negative) this many milliseconds from now. */
  const insertToken = async (expiresInMs: number): Promise<string> => {
    const id = randomUUID();
    await tokens.insert({ id, userId: adminId, familyId: randomUUID(), tokenHash: '0'.repeat(64), expiresAt: new Date(Date.now() + expiresInMs), revokedAt: null, revokedReason: null, userAgent: 'e2e purge test' });
    return id;
  };
  /** Embedded: the in-process queue drains. Production: a worker takes the job from Redis. */
  const processed = async (jobId: string) => {
    if (TEST_MODE === 'embedded') return api.drainJobs();
    await ensureWorker();
    await waitFor(async () => (await (await systemQueue().getJob(jobId))?.getState()) === 'completed', 10_000, `job ${jobId} to complete`);
  };

  beforeAll(async () => {
    api = await startTestApi();
    tokens = api.app.get(DataSource).getRepository(RefreshToken);
    queue = api.app.get(JobQueue);
    adminId = (await api.http().post('/api/auth/login').send({ email: 'admin@pathwise.local', password: 'Pathwise!2026' }).expect(200)).body.user.id;
  });
  afterAll(() => api.close());

  itInProduction('keeps a job enqueued while no worker runs, and a worker started later processes it', async () => {
    const expiredAnHourAgo = await insertToken(-3600_000);
    const live = await insertToken(DAY);
    // olderThanDays 0 purges what the hourly recurring purge (1 day of grace) would leave: only this job can remove the row.
    const jobId = await queue.enqueue('purge-expired-refresh-tokens', { olderThanDays: 0 }, { deduplicationId: `purge-waiting-${randomUUID()}` });

    await new Promise((resolve) => setTimeout(resolve, 500));
    const job = await systemQueue().getJob(jobId);
    expect(await job?.getState()).toBe('waiting');
    expect(await exists(expiredAnHourAgo)).toBe(true);

    await ensureWorker();
    await waitFor(async () => !(await exists(expiredAnHourAgo)), 10_000, 'the worker to purge the expired row');
    await waitFor(async () => (await (await systemQueue().getJob(jobId))?.getState()) === 'completed', 10_000, 'the job to complete');
    expect((await systemQueue().getJob(jobId))?.returnvalue).toBeGreaterThanOrEqual(1);
    expect(await exists(live)).toBe(true);
  });

  itInProduction('lets a worker that is shutting down finish the job in hand, and the job counts as completed', async () => {
    // Only this worker may take the job: stop the one earlier tests started.
    await worker?.close();
    worker = undefined;
    const shuttingDown = await api.startWorker();
    const handler = shuttingDown.get(PurgeExpiredRefreshTokensJob);
    const real = handler.handle.bind(handler);
    let finished = false;
    // Slow the handler down so the shutdown certainly arrives while the job runs.
    const spy = jest.spyOn(handler, 'handle').mockImplementation(async (payload) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      const purged = await real(payload);
      finished = true;
      return purged;
    });
    const expired = await insertToken(-5 * DAY);
    const jobId = await queue.enqueue('purge-expired-refresh-tokens', { olderThanDays: 2 }, { deduplicationId: `purge-shutdown-${randomUUID()}` });
    await waitFor(async () => spy.mock.calls.length > 0, 10_000, 'the worker to take the job');

    await shuttingDown.close();

    expect(finished).toBe(true);
    expect(await exists(expired)).toBe(false);
    expect(await (await systemQueue().getJob(jobId))?.getState()).toBe('completed');
  });

  it('removes tokens expired longer than a day ago and keeps recent and live ones', async () => {
    const expiredThreeDaysAgo = await insertToken(-3 * DAY);
    const expiredAnHourAgo = await insertToken(-3600_000);
    const live = await insertToken(DAY);
    const sessions = await tokens.countBy({ userId: adminId });

    const jobId = await queue.enqueue('purge-expired-refresh-tokens', {}, { deduplicationId: `purge-${randomUUID()}` });
    await processed(jobId);

    expect(await exists(expiredThreeDaysAgo)).toBe(false);
    // Kept a day past expiry for forensics (reuse detection needs the row until it expires).
    expect(await exists(expiredAnHourAgo)).toBe(true);
    expect(await exists(live)).toBe(true);
    expect(await tokens.countBy({ userId: adminId })).toBe(sessions - 1);
    // The real session from the sign-in above is untouched.
    await api.http().post('/api/auth/login').send({ email: 'admin@pathwise.local', password: 'Pathwise!2026' }).expect(200);
  });

  it('runs a job once when it is enqueued twice with the same deduplication id, and again once it finished', async () => {
    const context = TEST_MODE === 'production' ? await ensureWorker() : api.app;
    const handler = context.get(PurgeExpiredRefreshTokensJob);
    const spy = jest.spyOn(handler, 'handle');
    try {
      const expired = await insertToken(-10 * DAY);
      const deduplicationId = `purge-once-${randomUUID()}`;
      // A payload no recurring run uses, so only calls for this job are counted.
      const payload = { olderThanDays: 7 };
      const jobId = await queue.enqueue('purge-expired-refresh-tokens', payload, { deduplicationId });
      expect(await queue.enqueue('purge-expired-refresh-tokens', payload, { deduplicationId })).toBe(jobId);
      await processed(jobId);
      // Give a duplicate, if any, the time to run.
      await new Promise((resolve) => setTimeout(resolve, TEST_MODE === 'production' ? 1000 : 50));
      await api.drainJobs();

      expect(spy.mock.calls.filter(([called]) => called.olderThanDays === 7)).toHaveLength(1);
      expect(await exists(expired)).toBe(false);

      // Finished jobs no longer block their id: a later trigger (a regrade, a sweeper) runs again.
      const again = await queue.enqueue('purge-expired-refresh-tokens', payload, { deduplicationId });
      expect(again).not.toBe(jobId);
      await processed(again);
      expect(spy.mock.calls.filter(([called]) => called.olderThanDays === 7)).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
  });
});
