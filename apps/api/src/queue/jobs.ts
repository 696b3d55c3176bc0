/** Queues, in one place. Domain queues (grading, reminders, statistics) join this enum. */
export enum QueueName {
  System = 'system',
}

/**
 * Every job and its payload. Payloads are ids and plain JSON, never entities: a handler re-reads
 * the database, which stays the source of truth, so running a job twice is harmless.
 */
export interface JobPayloads {
  'purge-expired-refresh-tokens': { olderThanDays?: number };
}

export type JobName = keyof JobPayloads;

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  'purge-expired-refresh-tokens': QueueName.System,
};

export const ALL_JOB_NAMES = Object.keys(QUEUE_OF_JOB) as JobName[];
