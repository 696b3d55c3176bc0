import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** Mirrors the API's policy so people see the rule before submitting. */
export const PASSWORD_MIN_LENGTH = 10;

export function passwordPolicyProblem(
  value: string,
): 'minLength' | 'letterAndDigit' | null {
  if (value.length < PASSWORD_MIN_LENGTH) return 'minLength';
  if (!/\p{L}/u.test(value) || !/\d/.test(value)) return 'letterAndDigit';
  return null;
}

export const passwordPolicy: ValidatorFn = (
  control: AbstractControl<string>,
): ValidationErrors | null => {
  const value = control.value ?? '';
  if (!value) return null;
  const problem = passwordPolicyProblem(value);
  return problem ? { passwordPolicy: problem } : null;
};

/** A temporary password that satisfies the policy; the user replaces it at first sign-in. */
export function generateTemporaryPassword(length = 14): string {
  const letters = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  const random = new Uint32Array(length);
  crypto.getRandomValues(random);
  const chars = Array.from(random, (n) => all[n % all.length]);
  chars[0] = letters[random[0] % letters.length];
  chars[1] = digits[random[1] % digits.length];
  return chars.join('');
}
