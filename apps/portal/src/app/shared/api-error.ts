import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl, FormGroup } from '@angular/forms';
import { ApiErrorBody, ErrorCode, FieldError } from '@pathwise/contracts';
import { MessageKey } from '../i18n/i18n.service';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

export function apiErrorBody(error: unknown): ApiErrorBody | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (
    body &&
    typeof body === 'object' &&
    'code' in body &&
    typeof body.code === 'string'
  ) {
    return body as ApiErrorBody;
  }
  return null;
}

export function apiErrorCode(error: unknown): ErrorCode | null {
  const code = apiErrorBody(error)?.code;
  return code && KNOWN_CODES.has(code) ? code : null;
}

/** The message key for any failed request: by the API's `code`, else by the transport failure. */
export function errorMessageKey(error: unknown): MessageKey {
  const code = apiErrorCode(error);
  if (code) return `error.${code}`;
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'error.network';
    if (error.status === 403) return `error.${ErrorCode.Forbidden}`;
    if (error.status === 404) return `error.${ErrorCode.NotFound}`;
    if (error.status === 429) return `error.${ErrorCode.TooManyAttempts}`;
  }
  return 'error.unexpected';
}

/**
 * Puts the API's field errors on the matching controls (`server` error, message as given) and
 * returns the errors that match no control, for a form-level message.
 */
export function applyFieldErrors(
  form: FormGroup,
  error: unknown,
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const fieldError of apiErrorBody(error)?.fieldErrors ?? []) {
    const control = controlFor(form, fieldError.field);
    if (control) {
      control.setErrors({
        ...(control.errors ?? {}),
        server: fieldError.message,
      });
      control.markAsTouched();
    } else {
      unmatched.push(fieldError);
    }
  }
  return unmatched;
}

function controlFor(form: FormGroup, field: string): AbstractControl | null {
  // `roles.0` → `roles`: the form edits the array as one control.
  return form.get(field) ?? form.get(field.split('.')[0]);
}
