export * from './lib/importers';
