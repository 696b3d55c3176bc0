import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { EnqueueOptions, JobQueue, RepeatOptions } from './job-queue';
import { JobName, JobPayloads, QUEUE_OF_JOB } from './jobs';

/** Production: jobs go to BullMQ on Redis and the worker app processes them. */
@Injectable()
export class BullMqJobQueue extends JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  async enqueue<N extends JobName>(name: N, payload: JobPayloads[N], options: EnqueueOptions = {}): Promise<string> {
    const job = await this.queueOf(name).add(name, payload, {
      delay: options.delayMs,
      // Simple mode holds until the job completes or fails; keepLastIfActive holds while it waits, and
      // a request made while it runs becomes one more run after it.
      ...(options.deduplicationId && { deduplication: { id: options.deduplicationId, ...(options.deduplicateUntilStart && { keepLastIfActive: true }) } }),
    });
    return job.id as string;
  }

  async repeat<N extends JobName>(schedulerId: string, name: N, payload: JobPayloads[N], options: RepeatOptions): Promise<void> {
    await this.queueOf(name).upsertJobScheduler(schedulerId, { every: options.everyMs }, { name, data: payload });
  }

  private queueOf(name: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(QUEUE_OF_JOB[name]), { strict: false });
  }
}
