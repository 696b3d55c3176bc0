import { getMetadataStorage } from 'class-validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './app-config';
import { ConfigurationError, Environment, validateEnvironment } from './environment';

const SECRET = 'x'.repeat(40);

function problemWith(env: Record<string, string>): string {
  try {
    validateEnvironment(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected the environment to be rejected');
}

describe('environment validation', () => {
  it('accepts an empty environment: embedded mode needs no setup', () => {
    expect(() => validateEnvironment({})).not.toThrow();
  });

  it('requires JWT_SECRET in production mode, in one line naming the variable', () => {
    const message = problemWith({ DATABASE_URL: 'mysql://root@db:3306/pathwise' });
    expect(message).toMatch(/^Invalid configuration: JWT_SECRET /);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('rejects a short JWT_SECRET without echoing the secret', () => {
    const message = problemWith({ JWT_SECRET: 'short-secret' });
    expect(message).toContain('JWT_SECRET');
    expect(message).not.toContain('short-secret');
  });

  it.each([
    ['PORT', 'eighty', 'PORT'],
    ['PORT', '70000', 'PORT'],
    ['DATABASE_URL', 'postgres://x/y', 'DATABASE_URL'],
    ['REDIS_URL', 'localhost:6379', 'REDIS_URL'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
    ['SEED_DEMO', 'maybe', 'SEED_DEMO'],
  ])('names %s when it is "%s"', (key, value, named) => {
    expect(problemWith({ [key]: value, JWT_SECRET: SECRET })).toMatch(new RegExp(`^Invalid configuration: ${named} .*${value}`));
  });

  it('treats an empty variable as unset', () => {
    expect(() => validateEnvironment({ DATABASE_URL: '', PORT: '' })).not.toThrow();
  });
});

describe('AppConfig', () => {
  it('chooses embedded mode with SQLite under DATA_DIR and demo data by default', () => {
    const config = AppConfig.fromEnvironment({ DATA_DIR: '/tmp/pathwise-config-spec', JWT_SECRET: SECRET });
    expect(config.mode).toBe('embedded');
    expect(config.database).toEqual({ type: 'sqlite', file: '/tmp/pathwise-config-spec/pathwise.sqlite' });
    expect(config.redis).toBeNull();
    expect(config.seedDemo).toBe(true);
  });

  it('chooses production mode from DATABASE_URL and REDIS_URL, with typed numbers and lists', () => {
    const config = AppConfig.fromEnvironment({
      DATABASE_URL: 'mysql://u:p@db:3306/pathwise',
      REDIS_URL: 'redis://cache:6379',
      JWT_SECRET: SECRET,
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      ACCESS_TOKEN_TTL_SECONDS: '600',
    });
    expect(config.mode).toBe('production');
    expect(config.database).toEqual({ type: 'mysql', url: 'mysql://u:p@db:3306/pathwise' });
    expect(config.redis).toEqual({ url: 'redis://cache:6379', prefix: 'pathwise' });
    expect(config.http.port).toBe(8080);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.auth.accessTokenTtlSeconds).toBe(600);
    expect(config.seedDemo).toBe(false);
  });

  it('keeps a generated JWT secret in the data folder so embedded sessions survive a restart', () => {
    const dataDir = `/tmp/pathwise-config-spec-${process.pid}`;
    const first = AppConfig.fromEnvironment({ DATA_DIR: dataDir });
    const second = AppConfig.fromEnvironment({ DATA_DIR: dataDir });
    expect(first.auth.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(second.auth.jwtSecret).toBe(first.auth.jwtSecret);
  });
});

describe('.env.example', () => {
  it('documents every variable the schema reads', () => {
    const documented = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8');
    const variables = [...new Set(getMetadataStorage().getTargetValidationMetadatas(Environment, '', true, false).map((m) => m.propertyName))];
    expect(variables.length).toBeGreaterThan(15);
    expect(variables.filter((name) => !new RegExp(`^#? ?${name}=`, 'm').test(documented))).toEqual([]);
  });
});
