/** Which runtime mode this e2e run exercises: `embedded` (SQLite, in-process jobs) or `production` (MySQL/MariaDB + Redis). */
export type TestMode = 'embedded' | 'production';

export const TEST_MODE: TestMode = process.env['E2E_MODE'] === 'production' ? 'production' : 'embedded';

/** Where the real services live in production mode; a fresh database is created per test file. */
export const TEST_MYSQL_URL = process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'] ?? 'mysql://root@127.0.0.1:3306/test';
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** Prefix shared by every database and queue this run creates, so teardown removes exactly them. */
export const RUN_PREFIX_ENV = 'PATHWISE_E2E_RUN';
