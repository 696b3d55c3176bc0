import baseConfig, { typeAwareRules } from '../../eslint.config.mjs';

export default [...baseConfig, { ...typeAwareRules, languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } }];
