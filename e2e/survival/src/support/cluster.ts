import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiClient } from './client';
import { TestDatabase } from './database';
import { appSnapshot, redisServerBinary, ROOT, RUN_ID_ENV } from './environment';
import { freePort, ManagedProcess, runDir, runId, waitUntil } from './processes';

const JWT_SECRET = 'survival-e2e-secret-that-is-long-enough-for-hs256';

export interface ClusterOptions {
  /** Extra environment for the API and worker. */
  env?: Record<string, string>;
}

export interface RedisStart {
  /** With an append-only file, as docker/docker-compose.yml runs Redis; default: no persistence at all. */
  appendOnly?: boolean;
  /** Delete whatever an earlier run on this port persisted: Redis comes back empty. */
  empty?: boolean;
}

/**
 * One production-mode Pathwise for one test file: its own redis-server on a free port, a fresh
 * MariaDB/MySQL database, and the built API and worker as separate processes — each started,
 * killed and restarted for real. Ports stay fixed across restarts, as they would behind a proxy.
 */
export class Cluster {
  redis: ManagedProcess | null = null;
  api: ManagedProcess | null = null;
  worker: ManagedProcess | null = null;
  readonly client: ApiClient;
  private readonly all: ManagedProcess[] = [];
  private starts = { redis: 0, api: 0, worker: 0 };

  private constructor(
    readonly label: string,
    readonly db: TestDatabase,
    readonly redisPort: number,
    readonly apiPort: number,
    private readonly dir: string,
    private readonly options: ClusterOptions,
  ) {
    this.client = new ApiClient(`http://127.0.0.1:${apiPort}`);
  }

  static async create(label: string, options: ClusterOptions = {}): Promise<Cluster> {
    const db = await TestDatabase.create(label);
    const dir = join(runDir(), `${label}-data`);
    mkdirSync(join(dir, 'redis'), { recursive: true });
    const cluster = new Cluster(label, db, await freePort(), await freePort(), dir, options);
    return cluster;
  }

  get redisUrl(): string {
    return `redis://127.0.0.1:${this.redisPort}`;
  }

  /** The queue prefix in Redis: keys are `<prefix>:<queue>:…`. */
  get queuePrefix(): string {
    return this.db.name;
  }

  async startRedis(start: RedisStart = {}): Promise<ManagedProcess> {
    const binary = redisServerBinary();
    if (!binary) throw new Error('redis-server is not installed');
    if (this.redis?.running) throw new Error(`${this.redis.name} is still running`);
    if (start.empty) {
      rmSync(join(this.dir, 'redis'), { recursive: true, force: true });
      mkdirSync(join(this.dir, 'redis'), { recursive: true });
    }
    const persistence = start.appendOnly ? ['--appendonly', 'yes', '--appendfsync', 'everysec'] : ['--appendonly', 'no'];
    const redis = ManagedProcess.start(
      `redis-${++this.starts.redis}`,
      binary,
      ['--port', String(this.redisPort), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', join(this.dir, 'redis'), '--daemonize', 'no', '--maxmemory-policy', 'noeviction'],
      this.baseEnv(),
      `redis-server:${this.redisPort}`,
    );
    this.all.push(redis);
    this.redis = redis;
    await redis.waitForOutput(/Ready to accept connections/, 15_000);
    return redis;
  }

  async startApi(): Promise<ManagedProcess> {
    const api = ManagedProcess.start(`api-${++this.starts.api}`, process.execPath, [appSnapshot(runDir(), 'api')], { ...this.appEnv(), PORT: String(this.apiPort), LOG_LEVEL: 'warn' }, `${RUN_ID_ENV}=${runId()}`);
    this.all.push(api);
    this.api = api;
    await waitUntil(
      `the API (${api.name}) to answer /api/health/ready`,
      async () => {
        if (!api.running) throw new Error(`${api.name} exited during boot:\n${api.tail()}`);
        const reply = await this.client.get('/api/health/ready').catch(() => null);
        return reply?.status === 200;
      },
      60_000,
      100,
      () => api.tail(),
    );
    return api;
  }

  async startWorker(): Promise<ManagedProcess> {
    const worker = ManagedProcess.start(`worker-${++this.starts.worker}`, process.execPath, [appSnapshot(runDir(), 'worker')], { ...this.appEnv(), LOG_LEVEL: 'info' }, `${RUN_ID_ENV}=${runId()}`);
    this.all.push(worker);
    this.worker = worker;
    await worker.waitForOutput(/Pathwise worker processing queues/, 60_000);
    return worker;
  }

  /** Stops every process still running (orderly, then SIGKILL) and drops the database. */
  async close(): Promise<void> {
    // Worker and API first, while Redis still answers (their orderly shutdown talks to it).
    const order = [...this.all].reverse().sort((a, b) => Number(a.name.startsWith('redis')) - Number(b.name.startsWith('redis')));
    for (const child of order) {
      child.signal('SIGCONT');
      await child.stop();
    }
    await this.db.drop();
  }

  /** The logs of every process, newest last: appended to failure messages. */
  diagnostics(lines = 30): string {
    return this.all.map((p) => `--- ${p.name} (${p.running ? 'running' : 'exited'}) ${p.logFile}\n${p.tail(lines)}`).join('\n');
  }

  private baseEnv(): Record<string, string> {
    const keep = ['PATH', 'HOME', 'LANG', 'TZ', 'TMPDIR'];
    const env: Record<string, string> = {};
    for (const key of keep) if (process.env[key]) env[key] = process.env[key] as string;
    env[RUN_ID_ENV] = runId();
    return env;
  }

  private appEnv(): Record<string, string> {
    return {
      ...this.baseEnv(),
      // The apps run from the run's copy of dist/; their dependencies stay in the repository.
      NODE_PATH: join(ROOT, 'node_modules'),
      NODE_ENV: 'production',
      DATABASE_URL: this.db.url,
      REDIS_URL: this.redisUrl,
      QUEUE_PREFIX: this.queuePrefix,
      JWT_SECRET,
      HOST: '127.0.0.1',
      DATA_DIR: join(this.dir, 'data'),
      PORTAL_DIR: 'off',
      SEED_DEMO: 'true',
      // The sweeper every second, and a submitted attempt without a grade re-queued after 5 s (the minimum).
      SWEEP_INTERVAL_SECONDS: '1',
      GRADING_RETRY_SECONDS: '5',
      ...this.options.env,
    };
  }
}
