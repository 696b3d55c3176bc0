import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { withBootLock } from './boot-lock';

/** Runs pending migrations, each in its own transaction, one replica at a time. */
export async function runMigrations(dataSource: DataSource, logger = new Logger('Migrations')): Promise<void> {
  await withBootLock(dataSource, async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length) logger.log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  });
}
