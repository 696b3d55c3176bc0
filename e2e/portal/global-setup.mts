import { ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  dropProductionDatabase,
  PRODUCTION,
  productionEnvironment,
  startWorker,
} from './production-mode.mts';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Production mode only: the worker joins the API the web server started; the teardown stops it and drops the database. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!PRODUCTION) return async () => undefined;
  await apiReady(
    `http://127.0.0.1:${process.env['PORTAL_E2E_PORT']}/api/health/ready`,
  );
  const worker: ChildProcess = startWorker(
    workspaceRoot,
    await productionEnvironment(),
  );
  return async () => {
    if (worker.exitCode === null) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGTERM');
      await exited;
    }
    await dropProductionDatabase();
  };
}

/** The web server (the API) starts before the global setup; wait until it has migrated and seeded. */
async function apiReady(url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become ready at ${url}`);
}
