import { Logger, OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';

/** A general-purpose Redis client (health checks, rate limits); null in embedded mode. */
export class RedisConnection implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private lastWarning = 0;

  constructor(readonly client: Redis | null) {
    // Without a listener ioredis prints every failed reconnect as an unhandled error; one line a minute says enough.
    client?.on('error', (error: Error) => {
      if (Date.now() - this.lastWarning < 60_000) return;
      this.lastWarning = Date.now();
      this.logger.warn(`Redis unavailable: ${error.message}`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}
