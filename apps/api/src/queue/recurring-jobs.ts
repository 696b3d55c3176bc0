import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';

const HOUR = 3600_000;

/** Repeating jobs, registered where jobs are processed. BullMQ schedulers are upserted by id, so every replica may do it. */
@Injectable()
export class RecurringJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RecurringJobs');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly queue: JobQueue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.register();
    // Schedules live in Redis: re-assert them every few sweeps, so a Redis that restarted empty gets them back.
    const reassertEveryMs = Math.min(60_000, this.config.attempts.sweepIntervalSeconds * 6_000);
    this.timer = setInterval(() => {
      this.register().catch((error: unknown) => this.logger.warn(`Could not re-register recurring jobs: ${(error as Error).message}`));
    }, reassertEveryMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async register(): Promise<void> {
    await this.queue.repeat('purge-expired-refresh-tokens', 'purge-expired-refresh-tokens', {}, { everyMs: HOUR });
    // Overdue attempts are submitted within seconds of their deadline; lost grading requests are re-sent.
    await this.queue.repeat('sweep-attempts', 'sweep-attempts', {}, { everyMs: this.config.attempts.sweepIntervalSeconds * 1000 });
  }
}
