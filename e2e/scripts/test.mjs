// `npm test`: every suite — lint, unit, builds, API e2e in both runtime modes, portal e2e in Chromium.
// Suites whose services are missing are skipped and named; with TEST_REQUIRE_SERVICES=1 a missing service fails the run.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies, run } from '../../apps/api/scripts/ensure-dependencies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const requireServices = process.env.TEST_REQUIRE_SERVICES === '1';
const mysqlUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/test';
const redisUrl = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

ensureDependencies(root);

const services = {
  'MySQL/MariaDB': await reachable(mysqlUrl, 3306),
  Redis: await reachable(redisUrl, 6379),
  Chromium: existsSync(chromium),
};
const missing = Object.entries(services).filter(([, up]) => !up).map(([name]) => name);
if (missing.length && requireServices) {
  console.error(`TEST_REQUIRE_SERVICES=1 but not available: ${missing.join(', ')} (MySQL ${mysqlUrl}, Redis ${redisUrl}, Chromium ${chromium}).`);
  process.exit(1);
}

const testEnv = { TEST_DATABASE_URL: mysqlUrl, TEST_REDIS_URL: redisUrl, CHROMIUM_PATH: chromium, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const suites = [
  { name: 'lint, unit tests and builds', args: ['run-many', '-t', 'lint', 'test', 'build', '--output-style=static'] },
  { name: 'API e2e, embedded mode (SQLite, in-process jobs)', args: ['run', 'api-e2e:e2e-embedded', '--output-style=static'] },
  { name: 'API e2e, production mode (MariaDB/MySQL + Redis + worker)', args: ['run', 'api-e2e:e2e-production', '--output-style=static'], needs: ['MySQL/MariaDB', 'Redis'] },
  { name: 'Survival e2e, production mode (kills its own API, worker and redis-server)', args: ['run', 'survival-e2e:e2e', '--output-style=static'], needs: ['MySQL/MariaDB'] },
  { name: 'Portal e2e, embedded mode (Playwright, Debian Chromium)', args: ['run', 'portal-e2e:e2e', '--output-style=static'], needs: ['Chromium'] },
  { name: 'Portal e2e, production mode (exam specs on MariaDB/MySQL + Redis + worker)', args: ['run', 'portal-e2e:e2e-production', '--output-style=static'], needs: ['Chromium', 'MySQL/MariaDB', 'Redis'] },
];

const results = [];
for (const suite of suites) {
  const absent = (suite.needs ?? []).filter((name) => !services[name]);
  if (absent.length) {
    results.push({ suite: suite.name, outcome: `SKIPPED (no ${absent.join(', ')})` });
    continue;
  }
  console.log(`\n━━ ${suite.name} ━━`);
  const started = Date.now();
  const status = run(root, 'npx', ['nx', ...suite.args], testEnv);
  results.push({ suite: suite.name, outcome: `${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)} s` });
}

console.log('\nPathwise test summary');
for (const { suite, outcome } of results) console.log(`  ${outcome.padEnd(28)} ${suite}`);
const skipped = results.filter((r) => r.outcome.startsWith('SKIPPED'));
if (skipped.length) console.log('\n  Skipped suites did not run. Start the missing services (see README) or run `bash .ci/run`.');
process.exit(results.some((r) => r.outcome.startsWith('FAILED')) ? 1 : 0);

async function reachable(url, defaultPort) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || defaultPort), timeout: 1500 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}
