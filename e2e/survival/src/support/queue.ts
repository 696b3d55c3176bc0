import IORedis from 'ioredis';

export interface GradingJob {
  id: string;
  attemptId: string;
  state: 'completed' | 'failed';
  returnValue: unknown;
  /** How many times a worker started it (BullMQ `ats`): above 1 after a crash or a retry. */
  started: number;
  /** How many times it was found stalled (its worker died holding it). */
  stalled: number;
  addedAt: number;
  processedAt: number;
  finishedAt: number;
}

/** Reads BullMQ's own records of the grading queue (`<prefix>:grading:*`) from the test's Redis. */
export class QueueInspector {
  private readonly redis: IORedis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new IORedis(url, { maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => null });
  }

  private key(part: string): string {
    return `${this.prefix}:grading:${part}`;
  }

  /** Jobs a worker holds right now (or held when it died). */
  async active(): Promise<number> {
    return this.redis.llen(this.key('active'));
  }

  async waiting(): Promise<number> {
    return (await this.redis.llen(this.key('wait'))) + (await this.redis.zcard(this.key('prioritized')));
  }

  /** Every finished grade-attempt job. */
  async finishedGradingJobs(): Promise<GradingJob[]> {
    const jobs: GradingJob[] = [];
    for (const state of ['completed', 'failed'] as const) {
      const ids = await this.redis.zrange(this.key(state), 0, -1);
      for (const id of ids) {
        const hash = await this.redis.hgetall(this.key(id));
        if (hash['name'] !== 'grade-attempt') continue;
        jobs.push({
          id,
          attemptId: (JSON.parse(hash['data'] ?? '{}') as { attemptId: string }).attemptId,
          state,
          returnValue: hash['returnvalue'] ? JSON.parse(hash['returnvalue']) : null,
          started: Number(hash['ats'] ?? 0),
          stalled: Number(hash['stc'] ?? 0),
          addedAt: Number(hash['timestamp'] ?? 0),
          processedAt: Number(hash['processedOn'] ?? 0),
          finishedAt: Number(hash['finishedOn'] ?? 0),
        });
      }
    }
    return jobs;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}
