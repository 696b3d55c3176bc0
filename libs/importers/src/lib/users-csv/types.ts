import { Locale, Role, UserImportRowError } from '@pathwise/contracts';

/** One valid user from the file, ready for the API to create. */
export interface UserImportRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  /** Normalised: trimmed, lowercase. */
  email: string;
  displayName: string;
  roles: Role[];
  /** Team names as written in the file; the API matches them to teams. */
  teams: string[];
  employeeNo: string | null;
  locale: Locale | null;
  /** YYYY-MM-DD. */
  hiredOn: string | null;
  /** Null when the API should generate a temporary password. */
  password: string | null;
}

export interface UserImportParseResult {
  rows: UserImportRow[];
  errors: UserImportRowError[];
  /** Non-blank rows below the header, valid or not. */
  totalRows: number;
}

export interface UserImportParseOptions {
  /** Default 5000. */
  maxRows?: number;
}
