import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown } from '@nestjs/common';

/**
 * @nestjs/bullmq closes workers in onApplicationShutdown, the same phase in which TypeORM destroys
 * the DataSource, so a job still running could lose its database mid-way. Closing here, one phase
 * earlier, lets the jobs in hand finish first (worker.close() waits for them; a second close is a no-op).
 */
export abstract class GracefulWorkerHost extends WorkerHost implements BeforeApplicationShutdown {
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
