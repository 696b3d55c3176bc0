import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** The only place the two runtime modes differ for persistence. Schema changes always go through migrations. */
export function dataSourceOptions(config: Pick<AppConfig, 'database'>): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each' as const,
  };
  if (config.database.type === 'sqlite') {
    mkdirSync(dirname(config.database.file), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: config.database.file,
      // WAL lets readers proceed while a write is in flight; busy_timeout absorbs short write contention.
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('busy_timeout = 5000');
        db.pragma('foreign_keys = ON');
      },
    };
  }
  return {
    ...common,
    type: 'mysql',
    url: config.database.url,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    dateStrings: ['DATE'],
    extra: { connectionLimit: 20 },
    // Affected rows count changed rows, not matched ones: an autosave that changed nothing (an older
    // seq) must read as 0, as it does on SQLite.
    flags: ['-FOUND_ROWS'],
  };
}
