import { ErrorCode, FieldError } from '@pathwise/contracts';

/** HTTP status for each domain error code; the one place codes meet HTTP. */
export const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.WrongPassword]: 400,
  [ErrorCode.WeakPassword]: 400,
  [ErrorCode.CannotDeactivateSelf]: 400,
  [ErrorCode.InvalidQuestion]: 400,
  [ErrorCode.UnsupportedEncoding]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.TokenExpired]: 401,
  [ErrorCode.RefreshTokenInvalid]: 401,
  [ErrorCode.RefreshTokenReused]: 401,
  [ErrorCode.AccountDeactivated]: 403,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.PasswordChangeRequired]: 403,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Conflict]: 409,
  [ErrorCode.EmailTaken]: 409,
  [ErrorCode.TeamNameTaken]: 409,
  [ErrorCode.StaleVersion]: 409,
  [ErrorCode.CategoryNotEmpty]: 409,
  [ErrorCode.CategoryNameTaken]: 409,
  [ErrorCode.BankNameTaken]: 409,
  [ErrorCode.BankNotEmpty]: 409,
  [ErrorCode.ExamNotAvailable]: 409,
  [ErrorCode.AttemptClosed]: 409,
  [ErrorCode.TimeUp]: 409,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.UnsupportedMediaType]: 415,
  [ErrorCode.ImportRejected]: 422,
  [ErrorCode.TooManyAttempts]: 429,
  [ErrorCode.Internal]: 500,
  [ErrorCode.ServiceUnavailable]: 503,
};

/** A failure the caller can act on. Services throw these; the exception filter renders them. */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldError[],
    /** Extra body fields, e.g. an import report or Retry-After seconds. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }

  get status(): number {
    return STATUS_BY_CODE[this.code];
  }
}

export const notFound = (what: string) => new DomainException(ErrorCode.NotFound, `${what} not found`);
export const forbidden = (why = 'You are not allowed to do this') => new DomainException(ErrorCode.Forbidden, why);
