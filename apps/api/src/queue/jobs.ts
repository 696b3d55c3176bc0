/** Queues, in one place. Domain queues (grading, reminders, statistics) join this enum. */
export enum QueueName {
  System = 'system',
  Grading = 'grading',
  Statistics = 'statistics',
}

/**
 * Every job and its payload. Payloads are ids and plain JSON, never entities: a handler re-reads
 * the database, which stays the source of truth, so running a job twice is harmless.
 */
export interface JobPayloads {
  'purge-expired-refresh-tokens': { olderThanDays?: number };
  'grade-attempt': { attemptId: string };
  'sweep-attempts': Record<string, never>;
  regrade: { runId: string };
  'exam-statistics': { examId: string };
}

export type JobName = keyof JobPayloads;

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  'purge-expired-refresh-tokens': QueueName.System,
  'grade-attempt': QueueName.Grading,
  'sweep-attempts': QueueName.Grading,
  regrade: QueueName.Grading,
  'exam-statistics': QueueName.Statistics,
};

export const ALL_JOB_NAMES = Object.keys(QUEUE_OF_JOB) as JobName[];
