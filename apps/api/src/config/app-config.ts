import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { Environment, validateEnvironment } from './environment';

export type RuntimeMode = 'embedded' | 'production';

/** The typed, validated configuration. Built once per process; inject `AppConfig` to read it. */
export class AppConfig {
  readonly mode: RuntimeMode;
  readonly http: { port: number; host: string; corsOrigins: string[]; trustProxy: boolean; maxUploadBytes: number };
  readonly database:
    | { type: 'sqlite'; file: string }
    | { type: 'mysql'; url: string };
  readonly redis: { url: string; prefix: string } | null;
  readonly auth: { jwtSecret: string; accessTokenTtlSeconds: number; refreshTokenTtlSeconds: number; loginMaxFailures: number; loginMaxFailuresPerIp: number; loginWindowSeconds: number };
  readonly dataDir: string;
  /** Question images and uploaded import files; a shared volume when API replicas run side by side. */
  readonly filesDir: string;
  readonly portalDir: string | null;
  readonly logLevel: string;
  readonly seedDemo: boolean;
  readonly migrateOnBoot: boolean;
  readonly bootstrapAdmin: { email: string; password: string } | null;
  /** How often overdue attempts are submitted, and after how long a submitted attempt without a grade is queued again. */
  readonly attempts: { sweepIntervalSeconds: number; gradingRetrySeconds: number };

  constructor(env: Environment) {
    this.mode = env.DATABASE_URL ? 'production' : 'embedded';
    this.dataDir = resolve(env.DATA_DIR ?? 'data');
    this.filesDir = resolve(env.FILES_DIR ?? join(this.dataDir, 'files'));
    this.http = {
      port: env.PORT ?? 3000,
      host: env.HOST ?? '0.0.0.0',
      corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
      trustProxy: env.TRUST_PROXY ?? false,
      maxUploadBytes: env.MAX_UPLOAD_BYTES ?? 20 * 1024 * 1024,
    };
    this.database = env.DATABASE_URL
      ? { type: 'mysql', url: env.DATABASE_URL }
      : { type: 'sqlite', file: join(this.dataDir, 'pathwise.sqlite') };
    this.redis = env.REDIS_URL ? { url: env.REDIS_URL, prefix: env.QUEUE_PREFIX ?? 'pathwise' } : null;
    this.auth = {
      jwtSecret: env.JWT_SECRET ?? embeddedJwtSecret(this.dataDir),
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS ?? 900,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS ?? 14 * 86400,
      loginMaxFailures: env.LOGIN_MAX_FAILURES ?? 10,
      // Generous: a centre's whole floor may sit behind one address.
      loginMaxFailuresPerIp: env.LOGIN_MAX_FAILURES_PER_IP ?? 300,
      loginWindowSeconds: env.LOGIN_WINDOW_SECONDS ?? 900,
    };
    this.portalDir = env.PORTAL_DIR === 'off' ? null : resolve(env.PORTAL_DIR ?? 'dist/apps/portal/browser');
    this.logLevel = env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info');
    this.seedDemo = env.SEED_DEMO ?? this.mode === 'embedded';
    this.migrateOnBoot = env.MIGRATE_ON_BOOT ?? true;
    this.attempts = { sweepIntervalSeconds: env.SWEEP_INTERVAL_SECONDS ?? 10, gradingRetrySeconds: env.GRADING_RETRY_SECONDS ?? 60 };
    this.bootstrapAdmin = env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : null;
  }

  static fromEnvironment(raw: Record<string, unknown> = process.env): AppConfig {
    return new AppConfig(validateEnvironment(raw));
  }
}

/** Embedded mode needs no setup, yet sessions must survive a restart: keep a generated secret beside the data. */
function embeddedJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
