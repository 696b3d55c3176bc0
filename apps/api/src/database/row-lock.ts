import type { EntityManager } from 'typeorm';

/**
 * `SELECT … FOR UPDATE` where the database has it (MySQL/MariaDB): concurrent writers of the same
 * row queue up instead of deadlocking. SQLite has no row locks; embedded mode runs transactions one
 * at a time (sqlite-transactions.ts).
 */
export function writeLock(manager: EntityManager): { mode: 'pessimistic_write' } | undefined {
  return manager.connection.options.type === 'mysql' ? { mode: 'pessimistic_write' } : undefined;
}
