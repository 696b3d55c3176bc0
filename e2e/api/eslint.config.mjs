import baseConfig, { moduleBoundaries } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // End-to-end tests boot the real API and worker modules.
  { files: ['**/*.ts'], rules: { '@nx/enforce-module-boundaries': moduleBoundaries(['^@pathwise/(api|worker)/.*']) } },
];
