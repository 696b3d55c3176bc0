import { UserImportColumn, UserImportErrorCode, UserImportRowError } from '@pathwise/contracts';
import { CsvRecord, readCsv } from '../csv/read-csv';
import { CellResult, ErrorParams, readDisplayName, readEmail, readEmployeeNo, readHiredOn, readLocale, readPassword, readRoles, readTeams } from './cells';
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
  if (!csv.ok) return failed(0, csv.line, csv.message, ...csvProblem(csv.line, csv.message));

  const [headerRecord, ...records] = csv.records;
  if (headerRecord === undefined) {
    return failed(0, 1, 'The file is empty. It needs a header row (email,display_name,roles, …) and one user per line.', 'file.empty');
  }
  if (records.length > maxRows) {
    return failed(
      records.length,
      records[maxRows].line,
      `The file has ${records.length} users; at most ${maxRows} can be imported at once. Split it into smaller files.`,
      'file.too_many_rows',
      { count: records.length, max: maxRows },
    );
  }
  if (records.length === 0) return failed(0, headerRecord.line, 'The file has a header row but no users below it.', 'file.no_rows');

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

function failed(totalRows: number, line: number, message: string, code: UserImportErrorCode, params?: ErrorParams): UserImportParseResult {
  return { rows: [], errors: [withParams({ line, column: null, message, code }, params)], totalRows };
}

function withParams(error: UserImportRowError, params: ErrorParams | undefined): UserImportRowError {
  return params === undefined ? error : { ...error, params };
}

const UNCLOSED_QUOTE = /^The row starting on line \d+ has a quote \(".*never closed/s;
const MALFORMED = /^The file could not be read as CSV near line \d+ \((.*)\)\.$/s;

/** The CSV reader words its two failures in English only; this names them for translation. */
export function csvProblem(line: number, message: string): [UserImportErrorCode, ErrorParams] {
  if (UNCLOSED_QUOTE.test(message)) return ['csv.unclosed_quote', { line }];
  const detail = MALFORMED.exec(message)?.[1];
  return ['csv.malformed', { line, detail: detail ?? message }];
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
    errors.push(withParams({ line, column, message: result.message, code: result.code }, result.params));
    return undefined;
  };

  const email = take('email', readEmail(cell('email')));
  if (email !== undefined) {
    const firstLine = firstLineByEmail.get(email);
    if (firstLine === undefined) firstLineByEmail.set(email, line);
    else {
      errors.push({
        line,
        column: 'email',
        message: `The email ${email} already appears on line ${firstLine}.`,
        code: 'email.duplicate_in_file',
        params: { value: email, firstLine },
      });
    }
  }
  const displayName = take('display_name', readDisplayName(cell('display_name')));
  const roles = take('roles', readRoles(cell('roles')));
  const teams = take('teams', readTeams(cell('teams')));
  const employeeNo = take('employee_no', readEmployeeNo(cell('employee_no')));
  if (employeeNo) {
    const firstLine = firstLineByEmployeeNo.get(employeeNo);
    if (firstLine === undefined) firstLineByEmployeeNo.set(employeeNo, line);
    else {
      errors.push({
        line,
        column: 'employee_no',
        message: `The employee number ${employeeNo} already appears on line ${firstLine}.`,
        code: 'employee_no.duplicate_in_file',
        params: { value: employeeNo, firstLine },
      });
    }
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
    const cell = index + 1;
    const shown = clip(value.trim(), 30);
    return [
      {
        line: record.line,
        column: null,
        message: `Cell ${cell} ("${shown}") has no column heading above it.`,
        code: 'cell.no_heading' as const,
        params: { cell, value: shown },
      },
    ];
  });
}
