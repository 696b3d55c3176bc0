/**
 * Fault tests against the built API and worker (dist/apps/*) as separate processes, each file with
 * its own redis-server and MariaDB/MySQL database. Two files at a time: the machine has two cores and
 * each file runs a small cluster.
 */
module.exports = {
  displayName: 'survival-e2e (built API + worker processes, own Redis, MariaDB/MySQL)',
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/specs/**/*.spec.ts'],
  testTimeout: 180_000,
  maxWorkers: 2,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
