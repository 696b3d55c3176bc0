import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRODUCTION, productionEnvironment } from './production-mode.mts';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceRoot = join(here, '..', '..');

/** A free port, chosen once: Playwright's workers inherit it through the environment. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolve(typeof address === 'object' && address ? address.port : 0),
      );
    });
  });
}

process.env['PORTAL_E2E_PORT'] ??= String(await freePort());
process.env['PORTAL_E2E_DATA_DIR'] ??= mkdtempSync(
  join(tmpdir(), 'pathwise-portal-e2e-'),
);
const port = Number(process.env['PORTAL_E2E_PORT']);
const baseURL = process.env['BASE_URL'] ?? `http://127.0.0.1:${port}`;
/** Embedded mode by default (SQLite, jobs in process); PORTAL_E2E_MODE=production runs the exam specs on MariaDB + Redis + worker. */
const storage = PRODUCTION
  ? await productionEnvironment()
  : { DATABASE_URL: '', REDIS_URL: '' };

/**
 * The portal as users get it: the production build served by the built API in embedded mode
 * (fresh SQLite file with the demo organisation), driven by Debian's Chromium.
 */
export default defineConfig({
  testDir: './src',
  // In production mode the specs whose work goes through the queue: exams, grading, statistics.
  ...(PRODUCTION && { testMatch: /exam-.*\.spec\.ts$/ }),
  globalSetup: './global-setup.mts',
  outputDir:
    process.env['PORTAL_E2E_OUTPUT_DIR'] ??
    join(workspaceRoot, 'dist/.playwright/portal-e2e/test-output'),
  fullyParallel: false,
  workers: 1,
  retries: process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    [
      'html',
      {
        outputFolder: join(workspaceRoot, 'dist/.playwright/portal-e2e/report'),
        open: 'never',
      },
    ],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: process.env['BASE_URL']
    ? undefined
    : {
        command: 'node dist/apps/api/main.js',
        cwd: workspaceRoot,
        url: `${baseURL}/api/health/ready`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: {
          PORT: String(port),
          HOST: '127.0.0.1',
          DATA_DIR: process.env['PORTAL_E2E_DATA_DIR'] as string,
          // Another build of the portal (PORTAL_E2E_PORTAL_DIR) can be tested without touching dist/apps/portal.
          PORTAL_DIR:
            process.env['PORTAL_E2E_PORTAL_DIR'] ??
            join(workspaceRoot, 'dist/apps/portal/browser'),
          SEED_DEMO: 'true',
          LOG_LEVEL: 'warn',
          ...storage,
        },
      },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'] } }],
});
