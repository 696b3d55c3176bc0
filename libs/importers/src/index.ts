export { decodeTextFile } from './lib/text/decode-text-file';
export type { DecodedTextFile } from './lib/text/decode-text-file';
export { toCsv } from './lib/csv/to-csv';
export { parseUserImportCsv } from './lib/users-csv/parse-user-import-csv';
export type { UserImportParseOptions, UserImportParseResult, UserImportRow } from './lib/users-csv/types';
export { USER_IMPORT_TEMPLATE } from './lib/users-csv/template';
export * from './lib/questions/imported-question';
