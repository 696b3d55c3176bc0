import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';

/**
 * better-sqlite3 gives TypeORM one connection, so two transactions that overlap in time would
 * nest (the second as a savepoint of the first) and a rollback of one would undo the other, and
 * a plain write arriving mid-transaction would join it. Embedded mode therefore runs transactions
 * one at a time, and statements from outside the running transaction wait until it ends. SQLite
 * allows one writer anyway, so this costs nothing it would not cost already.
 */
export function serialiseSqliteTransactions(dataSource: DataSource): void {
  const owner = new AsyncLocalStorage<symbol>();
  let current: symbol | null = null;
  let tail: Promise<void> = Promise.resolve();
  let idle: Promise<void> = Promise.resolve();

  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  (manager as { transaction: unknown }).transaction = (...args: unknown[]) => {
    // Called from inside a transaction: nest as before (a savepoint), no queueing.
    if (current && owner.getStore() === current) return transaction(...args);
    const token = Symbol('transaction');
    const run = tail.then(async () => {
      let release!: () => void;
      idle = new Promise<void>((resolve) => (release = resolve));
      current = token;
      try {
        return await owner.run(token, () => transaction(...args));
      } finally {
        current = null;
        release();
      }
    });
    tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  };

  const runner = dataSource.driver.createQueryRunner('master') as unknown as { query: (...args: unknown[]) => Promise<unknown> };
  const query = runner.query.bind(runner);
  runner.query = async (...args: unknown[]) => {
    while (current && owner.getStore() !== current) await idle;
    return query(...args);
  };
}

