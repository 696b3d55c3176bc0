// Processes and databases for the exam bench: child processes with their RSS and CPU time read
// from /proc, a thin database handle for bulk inserts and checks (mysql2 or better-sqlite3), free
// ports, and cleanup that runs however the bench ends.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system) of a process in ms, 0 when it is gone. */
export function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** CPU time the whole machine spent busy (all cores, all processes) in ms, from /proc/stat. */
export function machineBusyMs(): number {
  try {
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** VmHWM (peak resident set) or VmRSS (now) in MB. */
export function memoryMbOf(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  if (!pid) return 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The first process whose command name is one of these (the machine's MariaDB, Redis). */
export function pidByName(...names: string[]): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (names.includes(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}

/** A child process whose pino output is watched: lines at warn or above are counted and the first few shown. */
export class Child {
  readonly process: ChildProcess;
  warnings = 0;
  private shown = 0;
  /** Set once the report is out: what a process logs while it is being stopped is not part of the run. */
  muted = false;
  private exited: Promise<void>;

  constructor(
    readonly name: string,
    args: string[],
    env: NodeJS.ProcessEnv,
  ) {
    this.process = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.exited = new Promise((resolve) => this.process.once('exit', () => resolve()));
    for (const stream of [this.process.stdout, this.process.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => this.onLine(line, stream === this.process.stderr));
    }
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  private onLine(line: string, stderr: boolean): void {
    let level = stderr ? 50 : 30;
    try {
      level = (JSON.parse(line) as { level?: number }).level ?? level;
    } catch {
      // not JSON: plain text, counted by stream
    }
    if (level < 40 || this.muted) return;
    this.warnings++;
    if (this.shown++ < 10) console.log(`[${this.name}] ${line.slice(0, 600)}`);
    else if (this.shown === 11) console.log(`[${this.name}] … further warnings are counted, not shown`);
  }

  signal(signal: NodeJS.Signals): void {
    if (this.running) this.process.kill(signal);
  }

  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  async stop(graceMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Database access for setup and checks, not on any measured path. */
export interface BenchDb {
  readonly kind: 'mysql' | 'sqlite';
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  insertMany(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  /** A datetime as the API's TypeORM stores it in this database. */
  datetime(date: Date): string;
  close(): Promise<void>;
}

export async function mysqlDb(url: string): Promise<BenchDb> {
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection({ uri: url, timezone: 'Z', multipleStatements: false });
  return {
    kind: 'mysql',
    async query<T>(sql: string, params: unknown[] = []) {
      const [rows] = await connection.query(sql, params);
      return rows as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      await connection.query(sql, params);
    },
    async insertMany(table: string, columns: string[], rows: unknown[][]) {
      for (let start = 0; start < rows.length; start += 2000) {
        const slice = rows.slice(start, start + 2000);
        await connection.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ?`, [slice]);
      }
    },
    datetime: (date) => date.toISOString().slice(0, 19).replace('T', ' '),
    close: () => connection.end(),
  };
}

export async function sqliteDb(file: string): Promise<BenchDb> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file);
  db.pragma('busy_timeout = 30000');
  return {
    kind: 'sqlite',
    async query<T>(sql: string, params: unknown[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      db.prepare(sql).run(...params);
    },
    async insertMany(table: string, columns: string[], rows: unknown[][]) {
      const statement = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      // Short transactions, so the API (a writer too) is never kept waiting long.
      const insert = db.transaction((slice: unknown[][]) => {
        for (const row of slice) statement.run(...row);
      });
      for (let start = 0; start < rows.length; start += 2000) {
        insert(rows.slice(start, start + 2000));
        await sleep(0);
      }
    },
    datetime: (date) => date.toISOString().slice(0, 23).replace('T', ' '),
    close: async () => {
      db.close();
    },
  };
}

/** Cleanup steps, run last-registered first, on success, failure or Ctrl-C. */
export class Cleanup {
  private readonly steps: { what: string; run: () => Promise<void> }[] = [];
  private done = false;

  add(what: string, run: () => Promise<void>): void {
    this.steps.push({ what, run });
  }

  async run(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        console.error(`cleanup (${step.what}) failed: ${(error as Error).message}`);
      }
    }
  }
}
