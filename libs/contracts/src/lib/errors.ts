/**
 * Every failure the API returns has this body. `code` is stable and machine readable: the portal
 * translates it; `message` is an English fallback for API users.
 */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldError[];
  requestId?: string;
}

export interface FieldError {
  /** Dotted path of the offending field, e.g. `email` or `members.0`. */
  field: string;
  message: string;
  /** A stable reason the portal can translate, e.g. `too_short` for a password. */
  code?: string;
}

export enum ErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  AccountDeactivated = 'ACCOUNT_DEACTIVATED',
  TokenExpired = 'TOKEN_EXPIRED',
  RefreshTokenInvalid = 'REFRESH_TOKEN_INVALID',
  RefreshTokenReused = 'REFRESH_TOKEN_REUSED',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  Forbidden = 'FORBIDDEN',
  PasswordChangeRequired = 'PASSWORD_CHANGE_REQUIRED',
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  EmailTaken = 'EMAIL_TAKEN',
  TeamNameTaken = 'TEAM_NAME_TAKEN',
  WrongPassword = 'WRONG_PASSWORD',
  WeakPassword = 'WEAK_PASSWORD',
  ImportRejected = 'IMPORT_REJECTED',
  InvalidQuestion = 'INVALID_QUESTION',
  StaleVersion = 'STALE_VERSION',
  CategoryNotEmpty = 'CATEGORY_NOT_EMPTY',
  CategoryNameTaken = 'CATEGORY_NAME_TAKEN',
  BankNameTaken = 'BANK_NAME_TAKEN',
  BankNotEmpty = 'BANK_NOT_EMPTY',
  UnsupportedEncoding = 'UNSUPPORTED_ENCODING',
  ExamNotAvailable = 'EXAM_NOT_AVAILABLE',
  AttemptClosed = 'ATTEMPT_CLOSED',
  TimeUp = 'TIME_UP',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  CannotDeactivateSelf = 'CANNOT_DEACTIVATE_SELF',
  ServiceUnavailable = 'SERVICE_UNAVAILABLE',
  Internal = 'INTERNAL',
}
