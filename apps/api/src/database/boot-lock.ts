import type { DataSource } from 'typeorm';

const LOCK_NAME = 'pathwise_boot';

/**
 * Runs first-start work (migrations, seeding) under a MySQL named lock: when several API and worker
 * replicas boot at once, one does the work while the others wait and then find nothing left to do.
 * SQLite has a single process by design and needs no lock.
 */
export async function withBootLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'mysql' && dataSource.options.type !== 'mariadb') return work();
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ acquired }] = await runner.query('SELECT GET_LOCK(?, 120) AS acquired', [LOCK_NAME]);
    if (Number(acquired) !== 1) throw new Error('Timed out after 120 s waiting for another replica to finish migrating or seeding');
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [LOCK_NAME]);
    }
  } finally {
    await runner.release();
  }
}
