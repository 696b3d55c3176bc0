import { ALL_ROLES, Locale, Role, UserImportErrorCode, UserImportRowError } from '@pathwise/contracts';
import { checkPasswordPolicy, describePasswordProblems, isValidEmail, normalizeEmail } from '@pathwise/identity';
import { clip } from './header';

export type ErrorParams = NonNullable<UserImportRowError['params']>;

/** Why a cell cannot be used: the English sentence, plus the stable code and params the portal translates. */
export interface CellProblem {
  message: string;
  code: UserImportErrorCode;
  params?: ErrorParams;
}

/** The value a cell holds, or why it cannot be used. */
export type CellResult<T> = { ok: true; value: T } | ({ ok: false } & CellProblem);

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const problem = <T>(code: UserImportErrorCode, message: string, params?: ErrorParams): CellResult<T> =>
  params === undefined ? { ok: false, code, message } : { ok: false, code, message, params };

export const DISPLAY_NAME_MAX_LENGTH = 120;
/**
 * The password policy's length limits, for the params of `password.weak` (the identity library
 * does not export them; a spec pins these to its behaviour).
 */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;
export const EMPLOYEE_NO_MAX_LENGTH = 64;

/**
 * Commas separate cells, so lists inside a cell use ";" — or the full-width "；" a Chinese
 * keyboard types, "|", or a line break (Alt+Enter in Excel).
 */
const LIST_SEPARATORS = /[;；|\n]/;
/** Role names never contain commas, so a quoted "agent, supervisor" can be read too. */
const ROLE_SEPARATORS = /[;；|\n,，、]/;

function splitList(raw: string, separators: RegExp): string[] {
  return raw
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const charCount = (value: string) => Array.from(value).length;

export function readEmail(raw: string): CellResult<string> {
  if (raw === '') return problem('email.missing', 'Email is missing.');
  const email = normalizeEmail(raw);
  const value = clip(raw);
  return isValidEmail(email) ? ok(email) : problem('email.invalid', `"${value}" is not a valid email address.`, { value });
}

export function readDisplayName(raw: string): CellResult<string> {
  if (raw === '') return problem('display_name.missing', 'Display name is missing.');
  if (/[\p{Cc}\u2028\u2029]/u.test(raw)) return problem('display_name.multiline', 'Display name must fit on one line, without tabs or line breaks.');
  const length = charCount(raw);
  if (length > DISPLAY_NAME_MAX_LENGTH) {
    return problem('display_name.too_long', `Display name is ${length} characters long; the limit is ${DISPLAY_NAME_MAX_LENGTH}.`, {
      length,
      max: DISPLAY_NAME_MAX_LENGTH,
    });
  }
  return ok(raw);
}

const ROLE_HINT = `Use ${ALL_ROLES.slice(0, -1).join(', ')} or ${ALL_ROLES[ALL_ROLES.length - 1]}, separated by ";".`;
/** The role names a cell may hold, for translated messages. */
const ALLOWED_ROLES = ALL_ROLES.join(', ');

export function readRoles(raw: string): CellResult<Role[]> {
  const names = splitList(raw, ROLE_SEPARATORS);
  if (names.length === 0) return problem('roles.missing', `Roles are missing; give at least one. ${ROLE_HINT}`, { allowed: ALLOWED_ROLES });
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const role = ALL_ROLES.find((candidate) => candidate === name.toLowerCase());
    if (role === undefined) unknown.push(clip(name, 30));
    else if (!roles.includes(role)) roles.push(role);
  }
  if (unknown.length > 0) {
    const quoted = unknown.map((name) => `"${name}"`).join(', ');
    return problem('roles.unknown', `Unknown role${unknown.length > 1 ? 's' : ''} ${quoted}. ${ROLE_HINT}`, {
      value: unknown.join(', '),
      count: unknown.length,
      allowed: ALLOWED_ROLES,
    });
  }
  return ok(roles);
}

export function readTeams(raw: string): CellResult<string[]> {
  return ok([...new Set(splitList(raw, LIST_SEPARATORS))]);
}

export function readEmployeeNo(raw: string): CellResult<string | null> {
  if (raw === '') return ok(null);
  const length = charCount(raw);
  if (length > EMPLOYEE_NO_MAX_LENGTH) {
    return problem('employee_no.too_long', `Employee number is ${length} characters long; the limit is ${EMPLOYEE_NO_MAX_LENGTH}.`, {
      length,
      max: EMPLOYEE_NO_MAX_LENGTH,
    });
  }
  return ok(raw);
}

const LOCALE_BY_SPELLING = new Map<string, Locale>([
  ['en', 'en'],
  ['en-us', 'en'],
  ['en-gb', 'en'],
  ['english', 'en'],
  ['zh', 'zh-CN'],
  ['zh-cn', 'zh-CN'],
  ['zh-hans', 'zh-CN'],
  ['cn', 'zh-CN'],
  ['chinese', 'zh-CN'],
  ['中文', 'zh-CN'],
  ['简体中文', 'zh-CN'],
]);

export function readLocale(raw: string): CellResult<Locale | null> {
  if (raw === '') return ok(null);
  const locale = LOCALE_BY_SPELLING.get(raw.toLowerCase().replace(/_/g, '-'));
  if (locale === undefined) {
    const value = clip(raw, 30);
    return problem('locale.unknown', `Unknown language "${value}". Use en (English) or zh-CN (Chinese), or leave it empty.`, { value });
  }
  return ok(locale);
}

/** Year first is unambiguous; Excel in Chinese writes dates as 2026/3/1. */
const YEAR_FIRST_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;

export function readHiredOn(raw: string): CellResult<string | null> {
  if (raw === '') return ok(null);
  const match = YEAR_FIRST_DATE.exec(raw);
  if (match === null) {
    const value = clip(raw, 30);
    return problem('hired_on.invalid', `"${value}" is not a date in the form YYYY-MM-DD, e.g. 2026-03-01.`, { value });
  }
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const exists = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const iso = `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  if (!exists) return problem('hired_on.nonexistent', `${iso} is not a real date.`, { value: iso });
  if (year < 1900 || year > 2100) return problem('hired_on.implausible', `${iso} is not a plausible hire date.`, { value: iso });
  return ok(iso);
}

export function readPassword(raw: string, context: { email?: string; displayName?: string }): CellResult<string | null> {
  if (raw === '') return ok(null);
  const problems = checkPasswordPolicy(raw, context);
  if (problems.length === 0) return ok(raw);
  // The password itself never goes into the message or the params.
  return problem('password.weak', describePasswordProblems(problems), {
    problems: problems.join(','),
    min: PASSWORD_MIN_LENGTH,
    max: PASSWORD_MAX_LENGTH,
  });
}
