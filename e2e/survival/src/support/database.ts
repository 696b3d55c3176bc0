import { randomBytes } from 'node:crypto';
import { createConnection, createPool, Pool, RowDataPacket } from 'mysql2/promise';
import { MYSQL_URL } from './environment';
import { runId } from './processes';

/** A fresh MariaDB/MySQL database for one test file, read directly to check what the product wrote. */
export class TestDatabase {
  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly pool: Pool,
  ) {}

  static async create(label: string): Promise<TestDatabase> {
    const name = `${runId()}_${label}_${randomBytes(3).toString('hex')}`;
    const server = serverUrl();
    const admin = await createConnection(server);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = new URL(MYSQL_URL);
    url.pathname = `/${name}`;
    return new TestDatabase(name, url.toString(), createPool({ uri: url.toString(), connectionLimit: 4, dateStrings: false }));
  }

  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    const [rows] = await this.pool.query<RowDataPacket[]>(sql, params);
    return rows as T[];
  }

  async value<T = number>(sql: string, params: unknown[] = []): Promise<T> {
    const [row] = await this.rows(sql, params);
    return (row ? Object.values(row)[0] : undefined) as T;
  }

  async drop(): Promise<void> {
    await this.pool.end();
    const admin = await createConnection(serverUrl());
    await admin.query(`DROP DATABASE IF EXISTS \`${this.name}\``);
    await admin.end();
  }
}

export function serverUrl(): string {
  const server = new URL(MYSQL_URL);
  server.pathname = '/';
  return server.toString();
}
