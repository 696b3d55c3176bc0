// `npm run bench:bank-import`: the whole import as a trainer runs it, against the API as built for
// production: upload (parse + check + preview), then commit (categories, files, questions,
// versions, tags and dimensions in one transaction), for a 5,000-question XLSX and Moodle XML file.
// Embedded mode (SQLite) always; production mode (MariaDB/MySQL) when BENCH_MYSQL_URL or the local
// server at 127.0.0.1:3306 answers. One run, figures printed; nothing is asserted on time.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { exportMoodleXml, exportQuestionSheet } from '@pathwise/importers';
// eslint-disable-next-line @nx/enforce-module-boundaries -- benches share one question generator; it is not part of the library's API
import { generateBank } from '../../../libs/importers/bench/question-bank';

const SIZE = Number(process.env['BENCH_QUESTIONS'] ?? 5000);
const MYSQL_URL = process.env['BENCH_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306';
const PASSWORD = 'Pathwise!2026';

interface Row {
  mode: string;
  format: string;
  megabytes: number;
  uploadMs: number;
  commitMs: number;
  created: number;
  rejected: number;
  rssMb: number;
}

async function main(): Promise<void> {
  const bank = generateBank(SIZE);
  const sheet = await exportQuestionSheet(bank, 'xlsx');
  if (sheet.skipped.length) throw new Error(`The XLSX layout skipped ${sheet.skipped.length} bench questions`);
  const files = [
    { format: 'xlsx', name: 'bank.xlsx', body: Buffer.from(sheet.file) },
    { format: 'moodle_xml', name: 'bank.moodle.xml', body: Buffer.from(exportMoodleXml(bank).xml, 'utf8') },
  ];
  const rows: Row[] = [];
  rows.push(...(await runMode('embedded', {}, files)));
  const database = await createBenchDatabase();
  if (database) {
    try {
      rows.push(...(await runMode('production', { DATABASE_URL: database.url, JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256', SEED_DEMO: 'true' }, files)));
    } finally {
      await database.drop();
    }
  } else {
    console.log(`(production mode skipped: no MySQL/MariaDB at ${MYSQL_URL})`);
  }

  console.log(`\nPathwise question-bank import benchmark — ${SIZE} questions per file, API as built (dist), one run, Node ${process.version}\n`);
  console.log('mode        format       file      upload+preview   commit    total     questions/s   created  rejected  API RSS');
  for (const r of rows) {
    const total = r.uploadMs + r.commitMs;
    console.log(
      [
        r.mode.padEnd(10),
        r.format.padEnd(11),
        `${r.megabytes.toFixed(1)} MB`.padStart(8),
        `${(r.uploadMs / 1000).toFixed(2)} s`.padStart(16),
        `${(r.commitMs / 1000).toFixed(2)} s`.padStart(9),
        `${(total / 1000).toFixed(2)} s`.padStart(8),
        String(Math.round((r.created / total) * 1000)).padStart(13),
        String(r.created).padStart(8),
        String(r.rejected).padStart(9),
        `${r.rssMb.toFixed(0)} MB`.padStart(8),
      ].join('  '),
    );
  }
  const wrong = rows.filter((r) => r.created !== SIZE || r.rejected !== 0);
  if (wrong.length) {
    console.error(`\nExpected ${SIZE} created and 0 rejected in every run`);
    process.exit(1);
  }
}

async function runMode(mode: string, env: Record<string, string>, files: { format: string; name: string; body: Buffer }[]): Promise<Row[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pathwise-bench-bank-'));
  const port = await freePort();
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PORTAL_DIR: 'off', LOG_LEVEL: 'warn', SEED_DEMO: 'true', DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    const base = `http://127.0.0.1:${port}/api`;
    await waitUntilReady(base, api);
    const token = await login(base);
    const rows: Row[] = [];
    for (const file of files) {
      const bank = await call(base, token, 'POST', '/question-banks', { name: `Bench ${file.format} ${Date.now()}` });
      const uploadStarted = performance.now();
      const preview = await call(base, token, 'POST', `/question-banks/${bank.id}/imports?format=${file.format}&fileName=${file.name}`, file.body);
      const uploadMs = performance.now() - uploadStarted;
      const commitStarted = performance.now();
      const summary = await call(base, token, 'POST', `/question-banks/${bank.id}/imports/${preview.id}/commit`, {});
      const commitMs = performance.now() - commitStarted;
      const listed = await call(base, token, 'GET', `/question-banks/${bank.id}/questions?pageSize=1`);
      if (listed.total !== summary.created) throw new Error(`Committed ${summary.created} but the bank lists ${listed.total}`);
      rows.push({ mode, format: file.format, megabytes: file.body.byteLength / 2 ** 20, uploadMs, commitMs, created: summary.created, rejected: preview.rejected.length, rssMb: rssMb(api.pid) });
    }
    return rows;
  } finally {
    api.kill('SIGTERM');
    await new Promise((resolve) => api.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bench script reading JSON bodies
async function call(base: string, token: string | null, method: string, path: string, body?: unknown): Promise<any> {
  const isFile = Buffer.isBuffer(body);
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': isFile ? 'application/octet-stream' : 'application/json' }) },
    body: body === undefined ? undefined : isFile ? body : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json).slice(0, 500)}`);
  return json;
}

async function login(base: string): Promise<string> {
  const session = await call(base, null, 'POST', '/auth/login', { email: 'trainer1@pathwise.local', password: PASSWORD });
  return session.accessToken as string;
}

async function waitUntilReady(base: string, api: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (api.exitCode !== null) throw new Error(`The API exited with ${api.exitCode}`);
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The API did not become ready in 60 s');
}

function rssMb(pid: number | undefined): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function createBenchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | null> {
  const name = `pathwise_bench_${Date.now()}`;
  try {
    const connection = await createConnection(MYSQL_URL);
    await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.end();
  } catch {
    return null;
  }
  const url = new URL(MYSQL_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const connection = await createConnection(MYSQL_URL);
      await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await connection.end();
    },
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
