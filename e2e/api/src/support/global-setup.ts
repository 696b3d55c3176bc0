import { randomBytes } from 'node:crypto';
import { RUN_PREFIX_ENV } from './test-mode';

module.exports = async function globalSetup(): Promise<void> {
  // Test workers inherit this, so every database and queue of the run shares one prefix.
  process.env[RUN_PREFIX_ENV] = `pwe2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
};
