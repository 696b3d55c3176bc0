import IORedis from 'ioredis';
import { createConnection } from 'mysql2/promise';
import { RUN_PREFIX_ENV, TEST_MODE, TEST_MYSQL_URL, TEST_REDIS_URL } from './test-mode';

/** Drops every database and Redis key this run created, even when tests failed half-way. */
module.exports = async function globalTeardown(): Promise<void> {
  const prefix = process.env[RUN_PREFIX_ENV];
  if (TEST_MODE !== 'production' || !prefix) return;
  const server = new URL(TEST_MYSQL_URL);
  server.pathname = '/';
  const connection = await createConnection(server.toString());
  const [rows] = await connection.query('SHOW DATABASES LIKE ?', [`${prefix}%`]);
  for (const row of rows as Record<string, string>[]) await connection.query(`DROP DATABASE \`${Object.values(row)[0]}\``);
  await connection.end();
  const redis = new IORedis(TEST_REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
};
