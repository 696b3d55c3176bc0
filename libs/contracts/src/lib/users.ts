import { Locale, Role } from './roles';

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  employeeNo: string | null;
  locale: Locale;
  certificationLevelId: string | null;
  hiredOn: string | null;
  teams: { id: string; name: string }[];
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserListQuery {
  search?: string;
  role?: Role;
  teamId?: string;
  active?: boolean;
  page?: number;
  pageSize?: number;
}

export interface CreateUserRequest {
  email: string;
  displayName: string;
  roles: Role[];
  password: string;
  /** Like Moodle's "force password change": the user must choose a new password at first sign-in. */
  mustChangePassword?: boolean;
  employeeNo?: string;
  locale?: Locale;
  hiredOn?: string;
  teamIds?: string[];
}

export interface UpdateUserRequest {
  email?: string;
  displayName?: string;
  roles?: Role[];
  employeeNo?: string | null;
  locale?: Locale;
  hiredOn?: string | null;
  teamIds?: string[];
}

export interface UpdateProfileRequest {
  displayName?: string;
  locale?: Locale;
}

export interface ResetPasswordRequest {
  /** The temporary password; the user must change it at next login. */
  newPassword: string;
}

/** Columns of the user import CSV, in template order. */
export const USER_IMPORT_COLUMNS = ['email', 'display_name', 'roles', 'teams', 'employee_no', 'locale', 'hired_on', 'password'] as const;
export type UserImportColumn = (typeof USER_IMPORT_COLUMNS)[number];

/**
 * Every `code` a user import row error can carry: the CSV parser's (file, header and cell checks)
 * and the API's database checks. The portal translates each as `import.error.<code>`; a unit test
 * there keeps both dictionaries complete.
 */
export const USER_IMPORT_ERROR_CODES = [
  // The file as a whole.
  'file.empty',
  'file.no_rows',
  'file.too_many_rows',
  'csv.unclosed_quote',
  'csv.malformed',
  // The header row.
  'header.missing',
  'header.unknown_column',
  'header.duplicate_column',
  'header.missing_column',
  // Cells.
  'cell.no_heading',
  'email.missing',
  'email.invalid',
  'email.duplicate_in_file',
  'display_name.missing',
  'display_name.multiline',
  'display_name.too_long',
  'roles.missing',
  'roles.unknown',
  'employee_no.too_long',
  'employee_no.duplicate_in_file',
  'locale.unknown',
  'hired_on.invalid',
  'hired_on.nonexistent',
  'hired_on.implausible',
  'password.weak',
  // Against the database (the API).
  'email.exists',
  'employee_no.exists',
  'team.unknown',
] as const;
export type UserImportErrorCode = (typeof USER_IMPORT_ERROR_CODES)[number];

/**
 * The password policy's problem codes. A `password.weak` error lists those it found in
 * `params.problems`, comma-separated in policy order (e.g. `too_short,needs_digit`), so the portal
 * can phrase them in the admin's language.
 */
export const USER_IMPORT_PASSWORD_PROBLEMS = ['too_short', 'too_long', 'needs_letter', 'needs_digit', 'contains_email', 'contains_name', 'too_common'] as const;
export type UserImportPasswordProblem = (typeof USER_IMPORT_PASSWORD_PROBLEMS)[number];

export interface UserImportRowError {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  column: UserImportColumn | null;
  /** English sentence, for API users and as the portal's fallback. */
  message: string;
  /** Stable reason the portal translates, e.g. `email.invalid`, `email.exists`, `team.unknown`. */
  code?: UserImportErrorCode;
  /** Values the translated sentence needs, e.g. `{ value: 'not-an-email' }`. */
  params?: Record<string, string | number>;
}

export interface UserImportReport {
  dryRun: boolean;
  /** True only when every row was valid and (not dryRun) all were written in one transaction. */
  committed: boolean;
  totalRows: number;
  validRows: number;
  errors: UserImportRowError[];
  /** Users created (or that would be created on a dry run). Temporary passwords appear once. */
  created: { line: number; email: string; temporaryPassword: string | null }[];
}
