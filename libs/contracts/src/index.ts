export * from './lib/auth';
export * from './lib/errors';
export * from './lib/pagination';
export * from './lib/platform';
export * from './lib/roles';
export * from './lib/teams';
export * from './lib/users';
export * from './lib/question-bank';
