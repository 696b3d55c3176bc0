import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';

/** The repository root, whose node_modules the built apps load their dependencies from. */
export const ROOT = resolve(__dirname, '..', '..', '..', '..');
/** The built apps, as `npx nx build api|worker` leaves them. */
export const BUILT_APPS = { api: join(ROOT, 'dist', 'apps', 'api'), worker: join(ROOT, 'dist', 'apps', 'worker') };

/** The machine's MariaDB/MySQL server; each test file creates (and drops) its own database on it. */
export const MYSQL_URL = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'mysql://root@127.0.0.1:3306/test';

/** Set by global setup for every test worker: the run's id, its scratch directory, and why the suite is skipped (if it is). */
export const RUN_ID_ENV = 'PATHWISE_SURVIVAL_RUN';
export const RUN_DIR_ENV = 'PATHWISE_SURVIVAL_DIR';
export const SKIP_ENV = 'PATHWISE_SURVIVAL_SKIP';

/** Where redis-server is: REDIS_SERVER, else the PATH. Null when it is not installed. */
export function redisServerBinary(): string | null {
  const explicit = process.env['REDIS_SERVER'];
  if (explicit) return existsSync(explicit) ? explicit : null;
  try {
    return execFileSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** What this suite needs and is missing: a redis-server binary, a reachable MariaDB/MySQL, the built API and worker. */
export async function missingServices(): Promise<string[]> {
  const missing: string[] = [];
  if (!redisServerBinary()) missing.push('redis-server binary (apt-get install redis-server, or set REDIS_SERVER)');
  const { hostname, port } = new URL(MYSQL_URL);
  if (!(await reachable(hostname, Number(port || 3306)))) missing.push(`MariaDB/MySQL at ${hostname}:${port || 3306} (TEST_DATABASE_URL)`);
  return missing;
}

export function missingBuilds(): string[] {
  return Object.values(BUILT_APPS)
    .map((dir) => join(dir, 'main.js'))
    .filter((file) => !existsSync(file))
    .map((file) => `${file} (run \`npx nx run-many -t build -p api worker\`)`);
}

/**
 * Global setup copies the built apps here, so every start and restart of a run uses the same build
 * even if someone rebuilds dist/ meanwhile (webpack empties the folder first).
 */
export function appSnapshot(runDir: string, app: keyof typeof BUILT_APPS): string {
  return join(runDir, 'apps', app, 'main.js');
}

function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port, timeout: 1500 });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
    socket.once('timeout', () => {
      socket.destroy();
      done(false);
    });
  });
}

/** `describe`, or `describe.skip` with the reason in the title when the services are missing and not required. */
export function describeWithServices(title: string, body: () => void): void {
  const skip = process.env[SKIP_ENV];
  if (skip) describe.skip(`${title} — SKIPPED: ${skip}`, body);
  else describe(title, body);
}
