import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { appSnapshot, BUILT_APPS, missingBuilds, missingServices, RUN_DIR_ENV, RUN_ID_ENV, SKIP_ENV } from './environment';

/**
 * Checks what the suite needs before any test file starts. Missing services skip the suite with the
 * reason, unless TEST_REQUIRE_SERVICES=1 (as `npm test` in CI sets it): then the run fails here.
 * Missing builds always fail: the Nx target builds them first.
 */
module.exports = async function globalSetup(): Promise<void> {
  const builds = missingBuilds();
  if (builds.length) throw new Error(`survival-e2e runs the built apps; missing: ${builds.join(', ')}`);
  const missing = await missingServices();
  if (missing.length) {
    const reason = `not available: ${missing.join('; ')}`;
    if (process.env['TEST_REQUIRE_SERVICES'] === '1') throw new Error(`TEST_REQUIRE_SERVICES=1 but survival-e2e needs services that are ${reason}`);
    console.warn(`\nsurvival-e2e: SKIPPING every test, ${reason}\n`);
    process.env[SKIP_ENV] = reason;
  }
  // Test workers inherit these: every database, log and process of the run carries the id.
  process.env[RUN_ID_ENV] = `pwsurv_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const runDir = mkdtempSync(join(tmpdir(), 'pathwise-survival-'));
  process.env[RUN_DIR_ENV] = runDir;
  for (const [app, dir] of Object.entries(BUILT_APPS)) cpSync(dir, dirname(appSnapshot(runDir, app as keyof typeof BUILT_APPS)), { recursive: true });
};
