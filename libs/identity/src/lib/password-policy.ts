import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

/** In the order checkPasswordPolicy checks, so a sentence goes from the most basic problem to the least. */
const PROBLEM_WORDING = new Map<string, string>([
  ['too_short', `be at least ${PASSWORD_MIN_LENGTH} characters long`],
  ['too_long', `be at most ${PASSWORD_MAX_LENGTH} characters long`],
  ['needs_letter', 'contain a letter'],
  ['needs_digit', 'contain a digit'],
  ['contains_email', 'not contain the email address'],
  ['contains_name', "not contain the person's name"],
  ['too_common', 'not be a commonly used password'],
]);

/** Parts shorter than this match too many passwords by accident ("li", "wu"). */
const MIN_PERSONAL_PART_LENGTH = 3;

/**
 * Returns the problems with a password as stable codes (the portal translates them); an empty
 * list means the password is acceptable.
 */
export function checkPasswordPolicy(password: string, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  // Count characters as people see them, so a password of Chinese characters is not overcounted.
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (!/\p{L}/u.test(password)) problems.push('needs_letter');
  if (!/\p{Nd}/u.test(password)) problems.push('needs_digit');

  const lowered = password.toLowerCase();
  if (containsEmail(lowered, context.email)) problems.push('contains_email');
  if (containsName(lowered, context.displayName)) problems.push('contains_name');
  if (isCommon(lowered)) problems.push('too_common');
  return problems;
}

function containsEmail(lowered: string, email: string | undefined): boolean {
  const localPart = (email ?? '').split('@')[0].trim().toLowerCase();
  return localPart.length >= MIN_PERSONAL_PART_LENGTH && lowered.includes(localPart);
}

function containsName(lowered: string, displayName: string | undefined): boolean {
  const parts = (displayName ?? '').toLowerCase().split(/[\s.,_-]+/u);
  return parts.some((part) => Array.from(part).length >= MIN_PERSONAL_PART_LENGTH && lowered.includes(part));
}

function isCommon(lowered: string): boolean {
  // "Password123!" is as guessable as "password123".
  const withoutTrailingSymbols = lowered.replace(/[^\p{L}\p{Nd}]+$/u, '');
  return COMMON_PASSWORDS.has(lowered) || COMMON_PASSWORDS.has(withoutTrailingSymbols);
}

/** An English sentence for API messages, e.g. "The password must contain a digit and not be …". */
export function describePasswordProblems(codes: string[]): string {
  if (codes.length === 0) return 'The password is acceptable.';
  const phrases = [...PROBLEM_WORDING].filter(([code]) => codes.includes(code)).map(([, phrase]) => phrase);
  if (codes.some((code) => !PROBLEM_WORDING.has(code))) phrases.push('meet the password policy');
  return `The password must ${joinWithAnd(phrases)}.`;
}

function joinWithAnd(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}
