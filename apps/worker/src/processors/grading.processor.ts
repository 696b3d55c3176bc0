import { Processor } from '@nestjs/bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '@pathwise/api';
import type { Job } from 'bullmq';
import { GracefulWorkerHost } from './graceful-worker-host';

/** Grading and the attempt sweeper. Scoring is CPU-bound and short; a few at a time keep the database busy without starving the event loop. */
@Processor(QueueName.Grading, { concurrency: 4 })
export class GradingProcessor extends GracefulWorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job<never, unknown, JobName>): Promise<unknown> {
    return this.registry.run(job.name, job.data);
  }
}
