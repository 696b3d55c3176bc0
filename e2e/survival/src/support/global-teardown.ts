import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { RUN_DIR_ENV, RUN_ID_ENV, SKIP_ENV } from './environment';
import { serverUrl } from './database';

/**
 * Ends any process of this run that outlived its test file (a crashed Jest worker), drops every
 * database the run created, and removes the scratch folder (SURVIVAL_KEEP_LOGS=1 keeps it).
 * A pid is signalled only when /proc shows it is still the process this run started.
 */
module.exports = async function globalTeardown(): Promise<void> {
  const id = process.env[RUN_ID_ENV];
  const dir = process.env[RUN_DIR_ENV];
  if (!id || !dir) return;
  const registry = join(dir, 'processes.jsonl');
  if (existsSync(registry)) {
    for (const line of readFileSync(registry, 'utf8').split('\n').filter(Boolean)) {
      const { pid, recogniseBy } = JSON.parse(line) as { pid: number; recogniseBy: string };
      if (isOurs(pid, recogniseBy)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone meanwhile.
        }
      }
    }
  }
  if (!process.env[SKIP_ENV]) {
    const connection = await createConnection(serverUrl());
    const [rows] = await connection.query('SHOW DATABASES LIKE ?', [`${id}%`]);
    for (const row of rows as Record<string, string>[]) await connection.query(`DROP DATABASE \`${Object.values(row)[0]}\``);
    await connection.end();
  }
  if (process.env['SURVIVAL_KEEP_LOGS'] === '1') console.log(`\nsurvival-e2e logs kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
};

/** Node children carry the run id in their environment; redis-server rewrites its title to `redis-server host:port`. */
function isOurs(pid: number, recogniseBy: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    if (recogniseBy.startsWith('redis-server:')) return cmdline.startsWith('redis-server') && cmdline.includes(`:${recogniseBy.slice('redis-server:'.length)}`);
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(recogniseBy);
  } catch {
    return false;
  }
}
