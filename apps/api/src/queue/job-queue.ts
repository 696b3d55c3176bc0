import type { JobName, JobPayloads } from './jobs';

export interface EnqueueOptions {
  /** Deterministic id, e.g. `grade.<attemptId>`: adding a job whose id is already waiting is a no-op. */
  jobId?: string;
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
  abstract enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options?: EnqueueOptions): Promise<void>;

  /** Registers (or replaces) a repeating job under a stable scheduler id. */
  abstract repeat<N extends JobName>(schedulerId: string, name: N, payload: JobPayloads[N], options: RepeatOptions): Promise<void>;
}
