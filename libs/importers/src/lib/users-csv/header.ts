import { USER_IMPORT_COLUMNS, UserImportColumn, UserImportRowError } from '@pathwise/contracts';

export const REQUIRED_COLUMNS: readonly UserImportColumn[] = ['email', 'display_name', 'roles'];

export interface UserImportHeader {
  /** Cell index of each column present in the file. */
  positions: Partial<Record<UserImportColumn, number>>;
  /** Cell indexes under a blank heading. */
  unnamed: number[];
  /** Number of headings, blank ones included. */
  width: number;
  errors: UserImportRowError[];
}

/** "Display Name", "display-name", "DisplayName" and "ＥＭＡＩＬ" all name a column. */
function headingKey(heading: string): string {
  return heading.normalize('NFKC').toLowerCase().replace(/[\s_-]+/g, '');
}

/** The columns as a sentence lists them. */
const COLUMN_LIST = USER_IMPORT_COLUMNS.join(', ');

const COLUMN_BY_KEY = new Map<string, UserImportColumn>(USER_IMPORT_COLUMNS.map((column) => [headingKey(column), column]));

export function readHeader(cells: string[], line: number): UserImportHeader {
  const header: UserImportHeader = { positions: {}, unnamed: [], width: cells.length, errors: [] };
  cells.forEach((heading, index) => {
    if (heading.trim() === '') {
      header.unnamed.push(index);
      return;
    }
    const column = COLUMN_BY_KEY.get(headingKey(heading));
    if (column === undefined) {
      const value = clip(heading.trim());
      header.errors.push({
        line,
        column: null,
        message: `Unknown column "${value}". The columns are: ${COLUMN_LIST}.`,
        code: 'header.unknown_column',
        params: { value, columns: COLUMN_LIST },
      });
    } else if (header.positions[column] !== undefined) {
      header.errors.push({
        line,
        column,
        message: `The column "${column}" appears more than once in the header.`,
        code: 'header.duplicate_column',
        params: { column },
      });
    } else {
      header.positions[column] = index;
    }
  });
  if (Object.keys(header.positions).length === 0) {
    // Most likely the heading row was deleted; one clear sentence beats a list of "unknown columns".
    const found = clip(cells.join(',').trim());
    header.errors = [
      {
        line,
        column: null,
        message: `Line ${line} must be the header row naming the columns (${USER_IMPORT_COLUMNS.join(',')}), but it is "${found}".`,
        code: 'header.missing',
        params: { line, value: found, columns: COLUMN_LIST },
      },
    ];
    return header;
  }
  for (const column of REQUIRED_COLUMNS) {
    if (header.positions[column] === undefined) {
      header.errors.push({
        line,
        column,
        message: `The header has no "${column}" column, which is required.`,
        code: 'header.missing_column',
        params: { column },
      });
    }
  }
  return header;
}

/** Keeps messages readable when someone pastes a paragraph into a cell. */
export function clip(value: string, max = 60): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
