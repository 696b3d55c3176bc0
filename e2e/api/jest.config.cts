module.exports = {
  displayName: `api-e2e (${process.env.E2E_MODE === 'production' ? 'production: MariaDB/MySQL + Redis' : 'embedded: SQLite + in-process jobs'})`,
  preset: '../../jest.preset.js',
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  testEnvironment: 'node',
  testTimeout: 30000,
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json', diagnostics: { warnOnly: false } }],
  },
  moduleFileExtensions: ['ts', 'js'],
};
