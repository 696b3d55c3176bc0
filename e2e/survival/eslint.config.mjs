import baseConfig from '../../eslint.config.mjs';

// The fault tests drive the built API and worker over HTTP, Redis and SQL: they import only shared types,
// so the default module boundaries apply.
export default [...baseConfig];
