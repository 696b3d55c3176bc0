import type { JobName, JobPayloads } from './jobs';

export interface EnqueueOptions {
  /**
   * E.g. `grade.<attemptId>`: while a job with this id is waiting, delayed or running, adding another
   * is a no-op; once it has finished, the same id may run again (a regrade, a sweeper's retry).
   */
  deduplicationId?: string;
  /**
   * Deduplicate only until the job starts, not until it finishes: for recomputations (statistics)
   * that must see every change — a change made while one runs queues the next run instead of being
   * folded into a run that has already read its data.
   */
  deduplicateUntilStart?: boolean;
  delayMs?: number;
}

export interface RepeatOptions {
  everyMs: number;
}

/**
 * The queue port. BullMQ on Redis in production, in-process in embedded mode; callers cannot tell.
 * A message only triggers work: every handler re-reads state and is idempotent.
 */
export abstract class JobQueue {
  /** Resolves to the id of the job that will do the work: the existing one when deduplicated. */
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<string>;

  /** Registers (or replaces) a repeating job under a stable scheduler id. */
  abstract repeat<N extends JobName>(schedulerId: string, name: N, payload: JobPayloads[N], options: RepeatOptions): Promise<void>;
}
