import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';

const HOUR = 3600_000;

/** Repeating jobs, registered where jobs are processed. BullMQ schedulers are upserted by id, so every replica may do it. */
@Injectable()
export class RecurringJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.repeat('purge-expired-refresh-tokens', 'purge-expired-refresh-tokens', {}, { everyMs: HOUR });
    // Overdue attempts are submitted within seconds of their deadline; lost grading requests are re-sent.
    await this.queue.repeat('sweep-attempts', 'sweep-attempts', {}, { everyMs: this.config.attempts.sweepIntervalSeconds * 1000 });
  }
}
