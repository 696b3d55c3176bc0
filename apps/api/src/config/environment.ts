import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

const TRUE = ['1', 'true', 'yes', 'on'];
const FALSE = ['0', 'false', 'no', 'off'];
/** Converts only well-formed values; anything else is left as given so the validator rejects it by name. */
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value);
const toBool = ({ value }: { value: unknown }) => {
  const text = String(value).toLowerCase();
  return TRUE.includes(text) ? true : FALSE.includes(text) ? false : value;
};

/**
 * Every environment variable Pathwise reads. `.env.example` documents the same list; keep them in step.
 * Validated once at boot: the first problem stops the process with one line naming the variable.
 */
export class Environment {
  @IsOptional() @IsIn(['development', 'production', 'test'])
  NODE_ENV?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(0) @Max(65535)
  PORT?: number;

  @IsOptional() @IsString()
  HOST?: string;

  /** mysql://user:pass@host:3306/db — when absent Pathwise runs embedded on SQLite. */
  @IsOptional() @Matches(/^(mysql|mariadb):\/\/.+\/[A-Za-z0-9_$-]+/, { message: 'must look like mysql://user:password@host:3306/database' })
  DATABASE_URL?: string;

  @IsOptional() @Matches(/^rediss?:\/\/.+/, { message: 'must look like redis://host:6379' })
  REDIS_URL?: string;

  @IsOptional() @IsString()
  QUEUE_PREFIX?: string;

  @IsOptional() @IsString()
  DATA_DIR?: string;

  @IsOptional() @IsString()
  FILES_DIR?: string;

  @ValidateIf((env: Environment) => Boolean(env.DATABASE_URL) || env.JWT_SECRET !== undefined)
  @IsString() @MinLength(32, { message: 'must be at least 32 characters (required when DATABASE_URL is set)' })
  JWT_SECRET?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(60) @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(3600) @Max(31536000)
  REFRESH_TOKEN_TTL_SECONDS?: number;

  @IsOptional() @IsString()
  CORS_ORIGINS?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(10000)
  LOGIN_MAX_FAILURES?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(1000000)
  LOGIN_MAX_FAILURES_PER_IP?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(86400)
  LOGIN_WINDOW_SECONDS?: number;

  @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL?: string;

  @IsOptional() @Transform(toBool) @IsBoolean()
  SEED_DEMO?: boolean;

  @IsOptional() @Transform(toBool) @IsBoolean()
  MIGRATE_ON_BOOT?: boolean;

  /** With ADMIN_PASSWORD: creates this administrator at boot when the database has none (first production start). */
  @ValidateIf((env: Environment) => env.ADMIN_PASSWORD !== undefined || env.ADMIN_EMAIL !== undefined)
  @IsEmail({}, { message: 'must be an e-mail address (required with ADMIN_PASSWORD)' })
  ADMIN_EMAIL?: string;

  @ValidateIf((env: Environment) => env.ADMIN_EMAIL !== undefined || env.ADMIN_PASSWORD !== undefined)
  @IsString() @MinLength(10, { message: 'must be at least 10 characters (required with ADMIN_EMAIL)' })
  ADMIN_PASSWORD?: string;

  @IsOptional() @IsString()
  PORTAL_DIR?: string;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1024) @Max(104857600)
  MAX_UPLOAD_BYTES?: number;

  @IsOptional() @Transform(toBool) @IsBoolean()
  TRUST_PROXY?: boolean;

  @IsOptional() @Transform(toInt) @IsInt() @Min(1) @Max(3600)
  SWEEP_INTERVAL_SECONDS?: number;

  @IsOptional() @Transform(toInt) @IsInt() @Min(5) @Max(86400)
  GRADING_RETRY_SECONDS?: number;
}

export class ConfigurationError extends Error {}

/** Validates raw env; throws a ConfigurationError whose message is one line naming the variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  // An empty variable (`DATABASE_URL=`) means unset, as in most twelve-factor tools.
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== ''));
  const env = plainToInstance(Environment, present, { enableImplicitConversion: false });
  const [first] = validateSync(env, { skipMissingProperties: false, whitelist: false });
  if (first) {
    const reason = Object.values(first.constraints ?? {})[0] ?? 'is invalid';
    const shown = /SECRET|PASSWORD/.test(first.property) ? '' : ` (got "${String(present[first.property])}")`;
    throw new ConfigurationError(`Invalid configuration: ${first.property} ${reason.replace(first.property + ' ', '')}${shown}`);
  }
  return env;
}
