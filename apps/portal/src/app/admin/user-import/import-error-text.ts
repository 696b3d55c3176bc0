import {
  UserImportColumn,
  UserImportPasswordProblem,
  UserImportRowError,
} from '@pathwise/contracts';
import { en } from '../../i18n/en';
import { I18nService, MessageParams } from '../../i18n/i18n.service';

/** The dictionary key that translates an import error code, e.g. `import.error.email.invalid`. */
export const importErrorKey = (code: string): string => `import.error.${code}`;

/** The dictionary key of one password policy problem inside a `password.weak` error. */
export const passwordProblemKey = (
  problem: UserImportPasswordProblem | string,
) => `import.error.password.problem.${problem}`;

/** The dictionary key of a CSV column's name, e.g. `import.column.display_name`. */
export const importColumnKey = (column: UserImportColumn): string =>
  `import.column.${column}`;

function isMessageKey(key: string): key is keyof typeof en {
  return Object.hasOwn(en, key);
}

/** Names a template uses, as `{name}` or `{name, plural, …}`. */
function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]);
}

/**
 * A row error in the admin's language: the translation of its code with its params, or the
 * API's English sentence when the code is missing, unknown to this portal, or lacks a value the
 * translation needs (an older or newer API, say).
 */
export function importErrorText(
  i18n: I18nService,
  error: UserImportRowError,
): string {
  if (!error.code) return error.message;
  const key = importErrorKey(error.code);
  if (!isMessageKey(key)) return error.message;
  const params: MessageParams = { ...error.params };
  if (error.code === 'password.weak') {
    const requirements = passwordRequirements(i18n, error.params);
    if (requirements === null) return error.message;
    params['requirements'] = requirements;
  }
  if (placeholders(en[key]).some((name) => !(name in params))) {
    return error.message;
  }
  return i18n.t(key, params);
}

/** "be at least 10 characters long and contain a digit", or null if a problem is unknown here. */
function passwordRequirements(
  i18n: I18nService,
  params: UserImportRowError['params'],
): string | null {
  const problems = String(params?.['problems'] ?? '')
    .split(',')
    .filter((problem) => problem !== '');
  const keys = problems.map(passwordProblemKey);
  if (keys.length === 0 || !keys.every(isMessageKey)) return null;
  const phrases = keys.map((key) => i18n.t(key, params));
  if (phrases.some((phrase) => /\{\w+\}/.test(phrase))) return null;
  // English reads "a, b and c"; Chinese lists problems as "甲、乙、丙", without a final 和.
  const locale = i18n.locale();
  return new Intl.ListFormat(locale, {
    type: 'conjunction',
    style: locale === 'en' ? 'long' : 'narrow',
  }).format(phrases);
}

/** A CSV column's name in the admin's language; the heading as written when not translated. */
export function importColumnText(
  i18n: I18nService,
  column: UserImportColumn | null,
): string {
  if (column === null) return '—';
  const key = importColumnKey(column);
  return isMessageKey(key) ? i18n.t(key) : column;
}
