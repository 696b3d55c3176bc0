import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import request from 'supertest';
import { AppConfig } from '@pathwise/api/config/app-config';
import { createHttpApp } from '@pathwise/api/http-app';
import { InProcessJobQueue } from '@pathwise/api/queue/in-process-job-queue';
import { WorkerModule } from '@pathwise/worker/worker.module';
import { RUN_PREFIX_ENV, TEST_MODE, TEST_MYSQL_URL, TEST_REDIS_URL } from './test-mode';

export const DEMO_PASSWORD = 'Pathwise!2026';
const TEST_JWT_SECRET = 'e2e-secret-that-is-long-enough-for-hs256-signing';

let databaseCounter = 0;

export interface TestApi {
  app: NestFastifyApplication;
  config: AppConfig;
  mode: typeof TEST_MODE;
  http: () => ReturnType<typeof request>;
  /** Signs in and returns the bearer token. */
  login: (email: string, password?: string) => Promise<string>;
  /** Production mode: a worker process context on the same database and queues. */
  startWorker: () => Promise<INestApplicationContext>;
  /** Waits until queued jobs are done (embedded: in-process queue drained). */
  drainJobs: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Boots the real HTTP application exactly as main.ts does, in the run's mode, on fresh storage:
 * a new SQLite file (embedded) or a new MariaDB/MySQL database plus a Redis key prefix (production).
 */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const storage = await freshStorage();
  const config = AppConfig.fromEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['E2E_LOG_LEVEL'] ?? 'error',
    PORTAL_DIR: 'off',
    SEED_DEMO: 'true',
    JWT_SECRET: TEST_JWT_SECRET,
    ...storage.env,
    ...env,
  });
  const app = await createHttpApp(config);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const workers: INestApplicationContext[] = [];

  const api: TestApi = {
    app,
    config,
    mode: TEST_MODE,
    http: () => request(app.getHttpServer()),
    login: async (email, password = DEMO_PASSWORD) => {
      const response = await request(app.getHttpServer()).post('/api/auth/login').send({ email, password });
      if (response.status !== 200) throw new Error(`Login as ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body.accessToken as string;
    },
    startWorker: async () => {
      if (TEST_MODE !== 'production') throw new Error('The worker runs only in production mode');
      const worker = await NestFactory.createApplicationContext(WorkerModule.register(config), { logger: false });
      await worker.init();
      workers.push(worker);
      return worker;
    },
    drainJobs: async () => {
      if (TEST_MODE === 'embedded') await app.get(InProcessJobQueue).drain();
    },
    close: async () => {
      for (const worker of workers) await worker.close();
      await app.close();
      await storage.cleanup();
    },
  };
  return api;
}

export async function freshStorage(): Promise<{ env: Record<string, string>; cleanup: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pathwise-e2e-'));
  if (TEST_MODE === 'embedded') {
    return { env: { DATA_DIR: dataDir }, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const prefix = process.env[RUN_PREFIX_ENV] ?? 'pwe2e_adhoc';
  // Unique per file even though each test file restarts module state inside one Jest worker.
  const name = `${prefix}_${process.pid}_${++databaseCounter}_${randomBytes(3).toString('hex')}`;
  const server = new URL(TEST_MYSQL_URL);
  server.pathname = '/';
  const connection = await createConnection(server.toString());
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  const databaseUrl = new URL(TEST_MYSQL_URL);
  databaseUrl.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl.toString(), REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: name },
    cleanup: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      const admin = await createConnection(server.toString());
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
