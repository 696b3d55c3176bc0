import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';

/**
 * The portal suite in production mode: the built API on a fresh MariaDB/MySQL database and Redis
 * (its own queue prefix), with the built worker grading. PORTAL_E2E_MODE=production turns it on.
 */
export const PRODUCTION = process.env['PORTAL_E2E_MODE'] === 'production';

const MYSQL_URL =
  process.env['TEST_DATABASE_URL'] ?? 'mysql://root@127.0.0.1:3306/test';
const REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** The environment both processes share; the database is created once per run (workers inherit the name). */
export async function productionEnvironment(): Promise<Record<string, string>> {
  process.env['PORTAL_E2E_DATABASE'] ??=
    `pathwise_portal_${randomBytes(4).toString('hex')}`;
  const name = process.env['PORTAL_E2E_DATABASE'];
  const admin = await createConnection(serverUrl());
  await admin.query(
    `CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
  );
  await admin.end();
  const url = new URL(MYSQL_URL);
  url.pathname = `/${name}`;
  // Production mode refuses to start without a real signing secret.
  return { DATABASE_URL: url.toString(), REDIS_URL, QUEUE_PREFIX: name, JWT_SECRET: `portal-e2e-${name}-signing-secret-000000` };
}

export async function dropProductionDatabase(): Promise<void> {
  const name = process.env['PORTAL_E2E_DATABASE'];
  if (!name) return;
  const admin = await createConnection(serverUrl());
  await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  await admin.end();
}

/** The worker, started once the API has migrated the database (the API answers ready). */
export function startWorker(
  workspaceRoot: string,
  env: Record<string, string>,
): ChildProcess {
  return spawn(
    process.execPath,
    [join(workspaceRoot, 'dist/apps/worker/main.js')],
    {
      cwd: workspaceRoot,
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}

function serverUrl(): string {
  const url = new URL(MYSQL_URL);
  url.pathname = '/';
  return url.toString();
}
