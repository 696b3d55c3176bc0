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

export interface UserImportRowError {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  column: UserImportColumn | null;
  /** English sentence, for API users and as the portal's fallback. */
  message: string;
  /** Stable reason the portal translates, e.g. `email.invalid`, `email.exists`, `team.unknown`. */
  code?: string;
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
