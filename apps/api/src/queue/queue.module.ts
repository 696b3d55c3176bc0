import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import IORedis from 'ioredis';
import { AppConfig } from '../config/app-config';
import { BullMqJobQueue } from './bullmq-job-queue';
import { InProcessJobQueue } from './in-process-job-queue';
import { JobHandlerRegistry } from './job-handler.registry';
import { JobQueue } from './job-queue';
import { QueueName } from './jobs';
import { RecurringJobs } from './recurring-jobs';
import { RedisConnection } from './redis-connection';

export interface QueueModuleOptions {
  /** True where jobs are executed: the worker, or the API itself in embedded mode. */
  processJobs: boolean;
}

const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 5000 },
  removeOnFail: { age: 7 * 86400 },
};

@Global()
@Module({})
export class QueueModule {
  static register(config: AppConfig, options: QueueModuleOptions): DynamicModule {
    if (!config.redis) {
      return {
        module: QueueModule,
        imports: [DiscoveryModule],
        providers: [
          JobHandlerRegistry,
          InProcessJobQueue,
          RecurringJobs,
          { provide: JobQueue, useExisting: InProcessJobQueue },
          { provide: RedisConnection, useValue: new RedisConnection(null) },
        ],
        exports: [JobQueue, InProcessJobQueue, RedisConnection],
      };
    }
    const { url } = config.redis;
    const processing: Provider[] = options.processJobs ? [JobHandlerRegistry, RecurringJobs] : [];
    return {
      module: QueueModule,
      imports: [
        DiscoveryModule,
        BullModule.forRoot({ connection: { url, maxRetriesPerRequest: null }, prefix: config.redis.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [
        BullMqJobQueue,
        ...processing,
        { provide: JobQueue, useExisting: BullMqJobQueue },
        { provide: RedisConnection, useFactory: () => new RedisConnection(new IORedis(url, { maxRetriesPerRequest: 2 })) },
      ],
      exports: [JobQueue, RedisConnection, BullModule, ...processing],
    };
  }
}
