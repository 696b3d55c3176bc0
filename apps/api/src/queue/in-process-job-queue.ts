import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { EnqueueOptions, JobQueue, RepeatOptions } from './job-queue';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobName, JobPayloads } from './jobs';

const MAX_ATTEMPTS = 3;
const BACKOFF_MS = 500;

/**
 * Embedded mode: jobs run inside the API process, through the same handlers the worker uses.
 * Deduplicates while a job is waiting or running, like BullMQ's deduplication. On shutdown it stops timers and waits for running jobs;
 * a job not yet started is dropped, which is safe because sweepers re-derive work from the database.
 */
@Injectable()
export class InProcessJobQueue extends JobQueue implements BeforeApplicationShutdown {
  private readonly logger = new Logger('InProcessJobQueue');
  /** Deduplication id → id of the job waiting or running under it. */
  private readonly pending = new Map<string, string>();
  private nextJobId = 1;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly repeaters = new Map<string, { timer: NodeJS.Timeout; everyMs: number }>();
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<string> {
    const dedupId = options.deduplicationId;
    const existing = dedupId ? this.pending.get(dedupId) : undefined;
    if (existing) return existing;
    const jobId = `in-process-${this.nextJobId++}`;
    if (this.closing) return jobId;
    if (dedupId) this.pending.set(dedupId, jobId);
    this.later(options.delayMs ?? 0, () => {
      if (dedupId && options.deduplicateUntilStart) this.pending.delete(dedupId);
      this.track(this.attempt(name, payload, 1, dedupId, jobId));
    });
    return jobId;
  }

  /** Like BullMQ's upsert: registering the same schedule again keeps its timer running (an hourly job is not pushed back). */
  async repeat<N extends JobName>(schedulerId: string, name: N, payload: JobPayloads[N], options: RepeatOptions): Promise<void> {
    const existing = this.repeaters.get(schedulerId);
    if (existing?.everyMs === options.everyMs) return;
    clearInterval(existing?.timer);
    const timer = setInterval(() => void this.enqueue(name, payload, { deduplicationId: `repeat.${schedulerId}` }), options.everyMs);
    timer.unref();
    this.repeaters.set(schedulerId, { timer, everyMs: options.everyMs });
  }

  /** Resolves when every job started so far has finished (tests and shutdown use it). */
  async drain(): Promise<void> {
    while (this.running.size || this.timers.size) {
      await Promise.allSettled([...this.running]);
      if (this.timers.size && !this.running.size) await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closing = true;
    for (const timer of [...this.timers, ...[...this.repeaters.values()].map((repeater) => repeater.timer)]) clearTimeout(timer);
    this.timers.clear();
    this.repeaters.clear();
    await Promise.allSettled([...this.running]);
  }

  private later(delayMs: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs);
    this.timers.add(timer);
  }

  private track(job: Promise<void>): void {
    this.running.add(job);
    void job.finally(() => this.running.delete(job));
  }

  private async attempt<N extends JobName>(name: N, payload: JobPayloads[N], attempt: number, dedupId: string | undefined, jobId: string): Promise<void> {
    // Only this job's own hold: a job deduplicated until start may have a successor waiting already.
    const release = () => {
      if (dedupId && this.pending.get(dedupId) === jobId) this.pending.delete(dedupId);
    };
    try {
      await this.registry.run(name, payload);
      release();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || this.closing) {
        release();
        this.logger.error({ err: error, job: name, attempt }, 'Job failed for good');
        return;
      }
      this.logger.warn({ err: error, job: name, attempt }, 'Job failed; retrying');
      this.later(BACKOFF_MS * 2 ** (attempt - 1), () => this.track(this.attempt(name, payload, attempt + 1, dedupId, jobId)));
    }
  }
}
