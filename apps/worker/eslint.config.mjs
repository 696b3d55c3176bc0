import baseConfig, { moduleBoundaries, typeAwareRules } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ...typeAwareRules, languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } },
  // By design the worker runs the API's modules (see README, "Architecture").
  { files: ['**/*.ts'], rules: { '@nx/enforce-module-boundaries': moduleBoundaries(['@pathwise/api']) } },
];
