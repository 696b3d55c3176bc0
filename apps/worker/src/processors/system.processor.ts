import { Processor } from '@nestjs/bullmq';
import { JobHandlerRegistry, JobName, QueueName } from '@pathwise/api';
import type { Job } from 'bullmq';
import { GracefulWorkerHost } from './graceful-worker-host';

/** Housekeeping jobs. Each processor only routes: the job's handler lives in its feature, shared with embedded mode. */
@Processor(QueueName.System, { concurrency: 2 })
export class SystemProcessor extends GracefulWorkerHost {
  constructor(private readonly registry: JobHandlerRegistry) {
    super();
  }

  process(job: Job<never, unknown, JobName>): Promise<unknown> {
    return this.registry.run(job.name, job.data);
  }
}
