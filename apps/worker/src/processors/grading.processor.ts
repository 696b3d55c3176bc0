import { Processor } from '@nestjs/bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '@pathwise/api';
import type { Job } from 'bullmq';
import { GracefulWorkerHost } from './graceful-worker-host';

/**
 * Grading and the attempt sweeper. Many jobs at once so the grading batcher can group their attempts
 * into one transaction (it keeps at most two transactions running, whatever the concurrency).
 */
@Processor(QueueName.Grading, { concurrency: 32 })
export class GradingProcessor extends GracefulWorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job<never, unknown, JobName>): Promise<unknown> {
    return this.registry.run(job.name, job.data);
  }
}
