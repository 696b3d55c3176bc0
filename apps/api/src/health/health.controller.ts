import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthResponse, RuntimeInfo } from '@pathwise/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { RedisConnection } from '../queue/redis-connection';

const TIMEOUT_MS = 2000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: RedisConnection,
    private readonly config: AppConfig,
  ) {}

  /** Liveness: the process answers. Never touches dependencies, so a database outage does not restart every pod. */
  @Get()
  @HttpCode(200)
  live(): HealthResponse {
    return { status: 'ok' };
  }

  /** Readiness: the database answers, and Redis when configured. 503 takes the replica out of rotation. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthResponse> {
    const checks: HealthResponse['checks'] = { database: await probe(() => this.dataSource.query('SELECT 1')) };
    if (this.redis.client) checks['redis'] = await probe(() => (this.redis.client as NonNullable<RedisConnection['client']>).ping());
    const healthy = Object.values(checks).every((check) => check.status === 'up');
    void reply.status(healthy ? 200 : 503);
    return { status: healthy ? 'ok' : 'error', checks };
  }

  @Get('runtime')
  runtime(): RuntimeInfo {
    return { mode: this.config.mode, version: process.env['npm_package_version'] ?? '0.0.0' };
  }
}

async function probe(check: () => Promise<unknown>): Promise<{ status: 'up' | 'down'; error?: string }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([check(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)))]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}
