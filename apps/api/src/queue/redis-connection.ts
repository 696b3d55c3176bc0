import { OnApplicationShutdown } from '@nestjs/common';
import type Redis from 'ioredis';

/** A general-purpose Redis client (health checks, rate limits); null in embedded mode. */
export class RedisConnection implements OnApplicationShutdown {
  constructor(readonly client: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}
