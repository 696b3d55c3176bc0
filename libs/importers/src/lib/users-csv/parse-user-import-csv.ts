import { UserImportColumn, UserImportRowError } from '@pathwise/contracts';
import { CsvRecord, readCsv } from '../csv/read-csv';
import { CellResult, readDisplayName, readEmail, readEmployeeNo, readHiredOn, readLocale, readPassword, readRoles, readTeams } from './cells';
import { clip, readHeader, REQUIRED_COLUMNS, UserImportHeader } from './header';
import { UserImportParseOptions, UserImportParseResult, UserImportRow } from './types';

const DEFAULT_MAX_ROWS = 5000;

/**
 * Checks a user import file and returns the valid rows and every problem found, each pointing at
 * the line a trainer sees in their editor. Never throws on bad input.
 */
export function parseUserImportCsv(text: string, options: UserImportParseOptions = {}): UserImportParseResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const csv = readCsv(text);
  if (!csv.ok) return { rows: [], errors: [{ line: csv.line, column: null, message: csv.message }], totalRows: 0 };

  const [headerRecord, ...records] = csv.records;
  if (headerRecord === undefined) {
    return failed(0, 1, 'The file is empty. It needs a header row (email,display_name,roles, …) and one user per line.');
  }
  if (records.length > maxRows) {
    return failed(
      records.length,
      records[maxRows].line,
      `The file has ${records.length} users; at most ${maxRows} can be imported at once. Split it into smaller files.`,
    );
  }
  if (records.length === 0) return failed(0, headerRecord.line, 'The file has a header row but no users below it.');

  const header = readHeader(headerRecord.cells, headerRecord.line);
  const errors = [...header.errors];
  const rows: UserImportRow[] = [];
  // Without a required column no row can be valid; saying so on every line would bury the cause.
  if (REQUIRED_COLUMNS.every((column) => header.positions[column] !== undefined)) {
    const firstLineByEmail = new Map<string, number>();
    const firstLineByEmployeeNo = new Map<string, number>();
    for (const record of records) {
      const checked = checkRow(record, header, firstLineByEmail, firstLineByEmployeeNo);
      if (checked.ok) rows.push(checked.row);
      else errors.push(...checked.errors);
    }
  }
  return { rows, errors, totalRows: records.length };
}

function failed(totalRows: number, line: number, message: string): UserImportParseResult {
  return { rows: [], errors: [{ line, column: null, message }], totalRows };
}

function checkRow(
  record: CsvRecord,
  header: UserImportHeader,
  firstLineByEmail: Map<string, number>,
  firstLineByEmployeeNo: Map<string, number>,
): { ok: true; row: UserImportRow } | { ok: false; errors: UserImportRowError[] } {
  const { line } = record;
  const errors: UserImportRowError[] = [];
  const cell = (column: UserImportColumn) => {
    const position = header.positions[column];
    return position === undefined ? '' : (record.cells[position] ?? '').trim();
  };
  const take = <T>(column: UserImportColumn, result: CellResult<T>): T | undefined => {
    if (result.ok) return result.value;
    errors.push({ line, column, message: result.message });
    return undefined;
  };

  const email = take('email', readEmail(cell('email')));
  if (email !== undefined) {
    const firstLine = firstLineByEmail.get(email);
    if (firstLine === undefined) firstLineByEmail.set(email, line);
    else errors.push({ line, column: 'email', message: `The email ${email} already appears on line ${firstLine}.` });
  }
  const displayName = take('display_name', readDisplayName(cell('display_name')));
  const roles = take('roles', readRoles(cell('roles')));
  const teams = take('teams', readTeams(cell('teams')));
  const employeeNo = take('employee_no', readEmployeeNo(cell('employee_no')));
  if (employeeNo) {
    const firstLine = firstLineByEmployeeNo.get(employeeNo);
    if (firstLine === undefined) firstLineByEmployeeNo.set(employeeNo, line);
    else errors.push({ line, column: 'employee_no', message: `The employee number ${employeeNo} already appears on line ${firstLine}.` });
  }
  const locale = take('locale', readLocale(cell('locale')));
  const hiredOn = take('hired_on', readHiredOn(cell('hired_on')));
  const password = take('password', readPassword(cell('password'), { email, displayName }));
  errors.push(...valuesWithoutHeading(record, header));

  const values = { email, displayName, roles, teams, employeeNo, locale, hiredOn, password };
  if (errors.length > 0 || !allPresent(values)) return { ok: false, errors };
  return { ok: true, row: { line, ...values } };
}

function allPresent<T extends object>(values: T): values is { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.values(values).every((value) => value !== undefined);
}

/** A value beyond the last heading, or under a blank one, would otherwise be silently dropped. */
function valuesWithoutHeading(record: CsvRecord, header: UserImportHeader): UserImportRowError[] {
  return record.cells.flatMap((value, index) => {
    const withoutHeading = header.unnamed.includes(index) || index >= header.width;
    if (!withoutHeading || value.trim() === '') return [];
    return [{ line: record.line, column: null, message: `Cell ${index + 1} ("${clip(value.trim(), 30)}") has no column heading above it.` }];
  });
}
