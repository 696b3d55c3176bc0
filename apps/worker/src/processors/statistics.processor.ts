import { Processor } from '@nestjs/bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '@pathwise/api';
import type { Job } from 'bullmq';
import { GracefulWorkerHost } from './graceful-worker-host';

/** Item statistics: heavier queries, one at a time so grading keeps the database first. */
@Processor(QueueName.Statistics, { concurrency: 1 })
export class StatisticsProcessor extends GracefulWorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job<never, unknown, JobName>): Promise<unknown> {
    return this.registry.run(job.name, job.data);
  }
}
