export * from './lib/identity';
