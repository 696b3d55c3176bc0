// `npm run bench:exam`: a whole contact centre sits one exam, against the API (and worker) as built
// for production. N agents (BENCH_AGENTS, default 1,000) log in, start the same 50-question exam,
// autosave every answer (some twice, some of those out of order) and submit; the bench waits until
// every attempt is graded and checks every stored answer. The same run measures a reference floor —
// a minimal Fastify server doing the same single upsert per save (floor-server.ts) — under the same
// autosave load, then a burst of BENCH_BURST (default 10,000) submitted attempts to grade, and the
// exam's item statistics over all of them (a background job in the worker).
//
// Phases run one after another so each endpoint's figures are its own: logins, starts, autosaves
// (floor first, then Pathwise), submits with grading, the burst, item statistics. In the autosave
// phase BENCH_CONCURRENCY agents (default 64) are in flight, each sending its saves one at a time, as
// a browser does; the CPU table shows where the two cores went in each phase, "others" included.
//
// BENCH_MODE=production (default: MariaDB/MySQL at BENCH_MYSQL_URL + Redis at BENCH_REDIS_URL, API +
// worker) or embedded (API only, SQLite, jobs in process; the floor then uses SQLite too).
// BENCH_PROFILE=api,worker: V8 CPU profiles of the API during the Pathwise autosave phase and of the
// worker during the burst, summarised at the end, with their memory by V8 heap space. Other knobs:
// BENCH_BURST (0 skips it), BENCH_START_CONCURRENCY, BENCH_LOGIN_CONCURRENCY, BENCH_TIMEOUT_SECONDS,
// BENCH_STATISTICS_TIMEOUT_SECONDS, BENCH_API_NODE_OPTIONS / BENCH_WORKER_NODE_OPTIONS (Node flags for
// that process only). Variables such as MALLOC_ARENA_MAX set for the bench reach the API and worker too.
// Figures are printed; only errors (failed or wrong responses, lost answers, missing grades) fail the run.
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as argon2 from 'argon2';
import { benchQuestions, canonical, indexOfStem, prng, type BenchQuestion } from './bank';
import { forEachLimit, HttpClient, Recorder, type EndpointStats } from './load';
import { summariseProfile } from './profile-summary';
import { Child, Cleanup, cpuMsOf, freePort, machineBusyMs, memoryMbOf, mysqlDb, pidByName, sleep, sqliteDb, type BenchDb } from './system';

const env = process.env;
const int = (name: string, fallback: number) => {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number`);
  return value;
};
const MODE = (env['BENCH_MODE'] ?? 'production') as 'production' | 'embedded';
const AGENTS = Math.max(1, int('BENCH_AGENTS', 1000));
const BURST = int('BENCH_BURST', 10_000);
const CONCURRENCY = Math.max(1, int('BENCH_CONCURRENCY', 64));
const LOGIN_CONCURRENCY = Math.max(1, int('BENCH_LOGIN_CONCURRENCY', 8));
const START_CONCURRENCY = Math.max(1, int('BENCH_START_CONCURRENCY', CONCURRENCY));
const TIMEOUT_MS = Math.max(1, int('BENCH_TIMEOUT_SECONDS', 30)) * 1000;
const BURST_TIMEOUT_S = int('BENCH_BURST_TIMEOUT_SECONDS', 600);
const STATISTICS_TIMEOUT_S = int('BENCH_STATISTICS_TIMEOUT_SECONDS', 120);
const MYSQL_URL = env['BENCH_MYSQL_URL'] ?? 'mysql://root@127.0.0.1:3306';
const REDIS_URL = env['BENCH_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const PROFILE = new Set((env['BENCH_PROFILE'] ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const BANK_SIZE = 70;
const EXAM_QUESTIONS = 50;
/** Per agent: positions saved twice in order (a change of mind), and twice out of order (seq 2 arrives before seq 1). */
const TWICE_IN_ORDER = 5;
const TWICE_OUT_OF_ORDER = 5;
const PASSWORD = 'Pathwise!2026';
const ARGON2 = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const KEY_LEAK = /"(fraction|accepted|choiceId|correct|tolerance|feedback|feedbackTrue|feedbackFalse|answers|graderInfo)"\s*:/;
const BENCH_DIR = resolve(__dirname);

const E = {
  login: 'POST /auth/login',
  start: 'POST /exams/:id/attempts',
  save: 'PUT /attempts/:id/answers/:pos',
  submit: 'POST /attempts/:id/submit',
  floor: 'floor: PUT answers (Fastify+' + (MODE === 'production' ? 'mysql2)' : 'SQLite)'),
} as const;

interface Save {
  path: string;
  body: string;
  expectSeq: number;
}
interface Agent {
  index: number;
  email: string;
  userId: string;
  token: string;
  attemptId: string;
  saves: Save[];
}
interface PhaseCpu {
  phase: string;
  wallMs: number;
  cpuMs: Record<string, number>;
  /** Highest resident set of the API and worker during the phase (sampled every 100 ms), MB. */
  rssMb: Record<string, number>;
}

const MACHINE = '(machine)';
const recorder = new Recorder();
const cleanup = new Cleanup();
const notes: string[] = [];
const phases: PhaseCpu[] = [];
const procs: Record<string, () => number | undefined> = {};
/** What has been measured so far: the report prints whatever is there, also when a run is cut short. */
const results: Partial<Results> & { warnings?: () => number } = {};

interface Results {
  saveCount: number;
  started: number;
  floorRss: number;
  mainRss: { api: number; worker: number };
  endRss: { api: number; worker: number };
  firstSubmit: number;
  lastSubmit: number;
  allGradedAt: number;
  burst: BurstResult | null;
  statistics: StatisticsResult | null;
}

class Aborted extends Error {}

/** A phase whose last requests all failed (a hung or dead API): nothing after it can be measured. */
async function assertAlive(endpoint: string, db: BenchDb): Promise<void> {
  if (!recorder.failingInARow(endpoint, Math.min(CONCURRENCY, AGENTS))) return;
  let hint = '';
  if (db.kind === 'mysql') {
    // Transactions left open by connections that sit idle: the API holds them while it waits for something else.
    const [row] = await db.query<{ n: number | string }>(
      "SELECT COUNT(*) AS n FROM information_schema.innodb_trx t JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id WHERE p.db = DATABASE() AND p.command = 'Sleep'",
    );
    hint = `; the API's database has ${row.n} open transaction(s) on idle connections`;
  }
  throw new Aborted(`the last ${Math.min(CONCURRENCY, AGENTS)} ${endpoint} requests failed in a row (the errors list the first failures): the API stopped answering${hint}, so the later phases cannot run`);
}

/** Inside a phase: stop sending once the server has stopped answering, instead of waiting out a timeout per request. */
const dead = (endpoint: string) => recorder.failingInARow(endpoint, Math.min(CONCURRENCY, AGENTS));

async function main(): Promise<void> {
  if (MODE !== 'production' && MODE !== 'embedded') throw new Error('BENCH_MODE is production or embedded');
  for (const name of ['dist/apps/api/main.js', ...(MODE === 'production' ? ['dist/apps/worker/main.js'] : [])]) {
    if (!existsSync(name)) throw new Error(`${name} is missing: build first (nx run api:bench-exam builds api and worker)`);
  }
  // How busy the machine is right now, from the CPU counters (the load average lags by a minute or more).
  const busyFrom = machineBusyMs();
  await sleep(3000);
  const busyCores = (machineBusyMs() - busyFrom) / 3000;
  console.log(
    `Pathwise exam benchmark: ${MODE} mode, ${AGENTS} agents × ${EXAM_QUESTIONS} questions, ${CONCURRENCY} in flight, burst ${BURST}; ${cpus().length} CPUs, ${busyCores.toFixed(2)} cores busy before the start (load average ${loadavg()[0].toFixed(2)})`,
  );
  if (busyCores >= 0.25) notes.push(`other work kept ${busyCores.toFixed(2)} cores busy just before the start: figures are lower than on a quiet machine (see the "others" column)`);

  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const secret = randomBytes(32).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'pathwise-bench-exam-'));
  cleanup.add('data dir', async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PORTAL_DIR: 'off',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    JWT_SECRET: secret,
    // Long enough that no token expires in a slow run; expiry is not what this measures.
    ACCESS_TOKEN_TTL_SECONDS: '7200',
    TS_NODE_PROJECT: undefined,
  };
  let queuePrefix = '';
  let databaseUrl = '';
  if (MODE === 'production') {
    databaseUrl = await createDatabase(`pathwise_bench_exam_${runId}`);
    queuePrefix = `bench-exam-${runId}`;
    Object.assign(childEnv, { DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: queuePrefix });
    cleanup.add('redis keys', () => deleteRedisKeys(queuePrefix));
  } else {
    // The burst is graded through the sweeper (no queue to add to from outside): sweep every second.
    Object.assign(childEnv, { DATABASE_URL: '', REDIS_URL: '', ...(BURST > 0 && { SWEEP_INTERVAL_SECONDS: '1' }) });
  }

  const profileFile = (name: string) => join(dataDir, `${name}.cpuprofile`);
  // BENCH_API_NODE_OPTIONS / BENCH_WORKER_NODE_OPTIONS: Node flags for that process only (e.g. --max-old-space-size=192).
  const nodeOptions = (name: string) => env[`BENCH_${name.toUpperCase()}_NODE_OPTIONS`];
  const start = (name: 'api' | 'worker') =>
    new Child(name, [...(PROFILE.has(name) ? ['-r', join(BENCH_DIR, 'cpu-profile.cjs')] : []), `dist/apps/${name}/main.js`], {
      ...childEnv,
      BENCH_PROFILE_FILE: profileFile(name),
      ...(nodeOptions(name) !== undefined && { NODE_OPTIONS: nodeOptions(name) }),
    });
  const api = start('api');
  cleanup.add('api', async () => {
    api.muted = true;
    await api.stop();
  });
  results.warnings = () => api.warnings + (worker?.warnings ?? 0);
  await waitUntilReady(origin, api);
  procs['api'] = () => api.pid;
  let worker: Child | null = null;
  if (MODE === 'production') {
    worker = start('worker');
    cleanup.add('worker', async () => {
      (worker as Child).muted = true;
      await (worker as Child).stop();
    });
    await waitForWorker(queuePrefix, worker);
    procs['worker'] = () => worker?.pid;
  }
  const dbPid = pidByName('mariadbd', 'mysqld');
  if (MODE === 'production') {
    procs['mariadb'] = () => dbPid;
    procs['redis'] = () => pidByName('redis-server');
  }

  const db = MODE === 'production' ? await mysqlDb(databaseUrl) : await sqliteDb(join(dataDir, 'pathwise.sqlite'));
  cleanup.add('db handle', () => db.close());
  const setup = new HttpClient(origin, 4, new Recorder(), TIMEOUT_MS);
  const client = new HttpClient(origin, Math.max(CONCURRENCY, LOGIN_CONCURRENCY, START_CONCURRENCY), recorder, TIMEOUT_MS);
  cleanup.add('http clients', async () => {
    await setup.destroy();
    await client.destroy();
  });

  // The trainer builds the bank and the exam through the API (not measured).
  // Agents straight into the database, one argon2 hash for all; then each signs in through the API.
  const bank = benchQuestions(BANK_SIZE);
  let exam: Awaited<ReturnType<typeof buildExam>> | undefined;
  let agents: Agent[] = [];
  await phase('setup (bank, exam, agents)', async () => {
    exam = await buildExam(setup, bank);
    agents = await createAgents(db);
  });
  if (!exam) throw new Error('No exam');
  const examId = exam.examId;
  await phase('logins', async () => {
    await forEachLimit(agents, LOGIN_CONCURRENCY, async (agent) => {
      if (dead(E.login)) return;
      const reply = await client.send(E.login, { method: 'POST', path: '/api/auth/login', body: JSON.stringify({ email: agent.email, password: PASSWORD }) }, 200);
      if (reply?.status !== 200) return;
      const session = JSON.parse(reply.text) as { accessToken: string; user: { id: string } };
      if (session.user.id !== agent.userId) recorder.fail(E.login, `signed in as ${session.user.id}, expected ${agent.userId}`);
      agent.token = session.accessToken;
    });
  });
  await assertAlive(E.login, db);

  await phase('starts', async () => {
    await forEachLimit(agents, START_CONCURRENCY, async (agent) => {
      if (dead(E.start)) return;
      const reply = await client.send(E.start, { method: 'POST', path: `/api/exams/${examId}/attempts`, token: agent.token }, 201);
      if (reply?.status !== 201) return;
      if (KEY_LEAK.test(reply.text)) recorder.fail(E.start, `the learner view of agent ${agent.index} contains a key field: ${KEY_LEAK.exec(reply.text)?.[0]}`);
      const view = JSON.parse(reply.text) as { id: string; questions: { position: number; question: { stem: string } }[] };
      if (view.questions.length !== EXAM_QUESTIONS) recorder.fail(E.start, `attempt ${view.id} has ${view.questions.length} questions`);
      agent.attemptId = view.id;
      agent.saves = planSaves(agent, view.questions, bank);
    });
  });
  await assertAlive(E.start, db);
  const started = agents.filter((agent) => agent.attemptId);
  const saveCount = started.reduce((sum, agent) => sum + agent.saves.length, 0);

  // The floor first, on a copy of the attempts, then Pathwise: the same saves, the same concurrency.
  const floor = await startFloor(db, examId, dataDir, secret, runId);
  const floorClient = new HttpClient(floor.origin, CONCURRENCY, recorder, TIMEOUT_MS);
  cleanup.add('floor client', () => floorClient.destroy());
  procs['floor'] = () => floor.child.pid;
  await phase('autosave: floor', () => autosave(floorClient, E.floor, started));
  await assertAlive(E.floor, db);
  const floorRss = memoryMbOf(floor.child.pid, 'VmHWM');
  await floorClient.close();
  await floor.stop();
  delete procs['floor'];

  if (PROFILE.has('api')) api.signal('SIGWINCH');
  await phase('autosave: Pathwise', () => autosave(client, E.save, started));
  if (PROFILE.has('api')) api.signal('SIGWINCH');
  await assertAlive(E.save, db);

  let firstSubmit = Infinity;
  let lastSubmit = 0;
  let allGradedAt = 0;
  await phase('submits + grading', async () => {
    await forEachLimit(started, CONCURRENCY, async (agent) => {
      if (dead(E.submit)) return;
      const sentAt = performance.now();
      firstSubmit = Math.min(firstSubmit, sentAt);
      const reply = await client.send(E.submit, { method: 'POST', path: `/api/attempts/${agent.attemptId}/submit`, token: agent.token }, 200);
      lastSubmit = Math.max(lastSubmit, performance.now());
      if (reply?.status === 200 && !/"status":"(submitted|graded)"/.test(reply.text)) recorder.fail(E.submit, `attempt ${agent.attemptId} is not submitted after submit`);
    });
    allGradedAt = await waitUntilGraded(db, examId, started.length, Math.max(120_000, started.length * 200));
  });
  const mainRss = { api: memoryMbOf(api.pid, 'VmHWM'), worker: memoryMbOf(worker?.pid, 'VmHWM') };
  await verifyMainRun(db, examId, started);

  let burst: BurstResult | null = null;
  let statistics: StatisticsResult | null = null;
  if (BURST > 0) {
    burst = await runBurst(db, examId, bank, agents, queuePrefix, started.length, worker);
    statistics = await waitForStatistics(db, examId, started.length + burst.graded, queuePrefix);
  }
  if (MODE === 'production') await countFailedJobs(queuePrefix);
  const endRss = { api: memoryMbOf(api.pid, 'VmHWM'), worker: memoryMbOf(worker?.pid, 'VmHWM') };
  if (!api.running || (worker && !worker.running)) recorder.fail('processes', 'the API or the worker exited during the run');

  Object.assign(results, { saveCount, started: started.length, floorRss, mainRss, endRss, firstSubmit, lastSubmit, allGradedAt, burst, statistics });
  report();
  for (const name of ['api', 'worker']) {
    if (!PROFILE.has(name)) continue;
    await waitForFile(profileFile(name), 30_000);
    console.log(`\nCPU profile of the ${name} (${name === 'api' ? 'Pathwise autosave phase' : 'burst grading'}):`);
    for (const line of summariseProfile(profileFile(name))) console.log(line);
    console.log(describeMemory(`${profileFile(name)}.memory.json`));
    const kept = join(tmpdir(), `pathwise-bench-exam-${runId}-${name}.cpuprofile`);
    rmSync(kept, { force: true });
    copyFileSync(profileFile(name), kept);
    console.log(`(full profile kept at ${kept}: open it in Chrome DevTools › Performance)`);
  }
  if (recorder.totalErrors > 0) process.exitCode = 1;
}

// ————— setup —————

async function buildExam(setup: HttpClient, bank: BenchQuestion[]): Promise<{ examId: string; bankId: string; questionIds: string[] }> {
  const call = async <T>(method: 'POST' | 'PUT', path: string, token: string | undefined, body: unknown, expect: number): Promise<T> => {
    const reply = await setup.send('setup', { method, path, token, body: body === undefined ? undefined : JSON.stringify(body) }, expect);
    if (!reply || reply.status !== expect) throw new Error(`${method} ${path}: ${reply?.status} ${reply?.text.slice(0, 500)}`);
    return JSON.parse(reply.text) as T;
  };
  const { accessToken: token } = await call<{ accessToken: string }>('POST', '/api/auth/login', undefined, { email: 'trainer1@pathwise.local', password: PASSWORD }, 200);
  const { id: bankId } = await call<{ id: string }>('POST', '/api/question-banks', token, { name: `Launch bench ${randomUUID().slice(0, 8)}` }, 201);
  const { id: categoryId } = await call<{ id: string }>('POST', `/api/question-banks/${bankId}/categories`, token, { name: 'Launch', parentId: null }, 201);
  const questionIds: string[] = new Array(bank.length);
  await forEachLimit(bank, 4, async (q) => {
    const body = { categoryId, name: q.name, definition: q.definition, difficulty: q.difficulty, dimensionCodes: q.dimensionCodes };
    questionIds[q.index] = (await call<{ id: string }>('POST', `/api/question-banks/${bankId}/questions`, token, body, 201)).id;
  });
  const exam = await call<{ id: string }>(
    'POST',
    '/api/exams',
    token,
    {
      title: 'Product launch certification (bench)',
      purpose: 'certification',
      timeLimitMinutes: 180,
      passPercent: 60,
      shuffleQuestions: true,
      shuffleOptions: true,
      review: { when: 'immediately', score: true, correctness: true, correctAnswers: false, feedback: true },
      audience: { everyone: true, userIds: [], teamIds: [] },
      sections: [{ title: 'Launch', items: [{ kind: 'draw', count: EXAM_QUESTIONS, points: 1, bankId }] }],
    },
    201,
  );
  await call('POST', `/api/exams/${exam.id}/publish`, token, undefined, 200);
  return { examId: exam.id, bankId, questionIds };
}

async function createAgents(db: BenchDb): Promise<Agent[]> {
  const hash = await argon2.hash(PASSWORD, ARGON2);
  const agents: Agent[] = Array.from({ length: AGENTS }, (_, index) => ({
    index,
    email: `bench-agent-${String(index + 1).padStart(5, '0')}@bench.pathwise.local`,
    userId: randomUUID(),
    token: '',
    attemptId: '',
    saves: [],
  }));
  await db.insertMany(
    'users',
    ['id', 'email', 'display_name', 'password_hash', 'locale', 'active', 'must_change_password'],
    agents.map((a) => [a.userId, a.email, `Bench agent ${a.index + 1}`, hash, 'en', 1, 0]),
  );
  await db.insertMany('user_roles', ['user_id', 'role'], agents.map((a) => [a.userId, 'agent']));
  return agents;
}

/** Every question answered (right three times in four); some twice in order, some twice with the newer save arriving first. */
function planSaves(agent: Agent, questions: { position: number; question: { stem: string } }[], bank: BenchQuestion[]): Save[] {
  const random = prng(agent.index + 1);
  const positions = questions.map((q) => q.position);
  for (let i = positions.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [positions[i], positions[j]] = [positions[j], positions[i]];
  }
  const inOrder = new Set(positions.slice(0, TWICE_IN_ORDER));
  const outOfOrder = new Set(positions.slice(TWICE_IN_ORDER, TWICE_IN_ORDER + TWICE_OUT_OF_ORDER));
  const saves: Save[] = [];
  const expected = new Map<number, { seq: number; answer: string }>();
  for (const { position, question } of questions) {
    const q = bank[indexOfStem(question.stem)];
    const final = random() < 0.75 ? q.right : q.wrong;
    const other = final === q.right ? q.wrong : q.right;
    const path = `/api/attempts/${agent.attemptId}/answers/${position}`;
    const body = (answer: unknown, seq: number) => JSON.stringify({ answer, seq });
    if (inOrder.has(position)) {
      saves.push({ path, body: body(other, 1), expectSeq: 1 }, { path, body: body(final, 2), expectSeq: 2 });
    } else if (outOfOrder.has(position)) {
      saves.push({ path, body: body(final, 2), expectSeq: 2 }, { path, body: body(other, 1), expectSeq: 2 });
    } else {
      saves.push({ path, body: body(final, 1), expectSeq: 1 });
    }
    expected.set(position, { seq: inOrder.has(position) || outOfOrder.has(position) ? 2 : 1, answer: canonical(final) });
  }
  expectedAnswers.set(agent.attemptId, expected);
  return saves;
}
const expectedAnswers = new Map<string, Map<number, { seq: number; answer: string }>>();

// ————— the measured phases —————

async function phase(name: string, work: () => Promise<void>): Promise<void> {
  const before = snapshotCpu();
  const startedAt = performance.now();
  process.stdout.write(`${name}… `);
  const rssMb: Record<string, number> = {};
  const sampleRss = () => {
    for (const k of ['api', 'worker']) if (procs[k]) rssMb[k] = Math.max(rssMb[k] ?? 0, memoryMbOf(procs[k](), 'VmRSS'));
  };
  sampleRss();
  const sampler = setInterval(sampleRss, 100);
  try {
    await work();
  } finally {
    clearInterval(sampler);
    sampleRss();
  }
  const wallMs = performance.now() - startedAt;
  const after = snapshotCpu();
  const cpuMs = Object.fromEntries(Object.keys(after).map((k) => [k, after[k] - (before[k] ?? after[k])]));
  // Everything else on the machine: other people's builds and tests, the kernel's own threads.
  cpuMs['others'] = Math.max(0, cpuMs[MACHINE] - Object.entries(cpuMs).reduce((sum, [k, ms]) => (k === MACHINE ? sum : sum + ms), 0));
  delete cpuMs[MACHINE];
  phases.push({ phase: name, wallMs, cpuMs, rssMb });
  console.log(`${(wallMs / 1000).toFixed(1)} s`);
}

function snapshotCpu(): Record<string, number> {
  const usage = process.cpuUsage();
  const snapshot: Record<string, number> = { 'load generator': (usage.user + usage.system) / 1000 };
  for (const [name, pid] of Object.entries(procs)) snapshot[name] = cpuMsOf(pid());
  snapshot[MACHINE] = machineBusyMs();
  return snapshot;
}

async function autosave(client: HttpClient, endpoint: string, agents: Agent[]): Promise<void> {
  await forEachLimit(agents, CONCURRENCY, async (agent) => {
    for (const save of agent.saves) {
      if (dead(endpoint)) return;
      const reply = await client.send(endpoint, { method: 'PUT', path: save.path, token: agent.token, body: save.body }, 200);
      if (reply?.status !== 200) continue;
      const { seq } = JSON.parse(reply.text) as { seq: number };
      if (seq !== save.expectSeq) recorder.fail(endpoint, `${save.path} ${save.body.slice(-8)} answered seq ${seq}, expected ${save.expectSeq}`);
    }
  });
}

async function waitUntilGraded(db: BenchDb, examId: string, count: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const [row] = await db.query<{ n: number | string }>("SELECT COUNT(*) AS n FROM attempts WHERE exam_id = ? AND status = 'graded'", [examId]);
    if (Number(row.n) >= count) return performance.now();
    if (performance.now() > deadline) {
      recorder.fail('grading', `only ${row.n} of ${count} attempts graded after ${(timeoutMs / 1000).toFixed(0)} s`);
      return performance.now();
    }
    await sleep(100);
  }
}

/** Every acknowledged save is in the database with the newest seq and answer; every attempt graded with a result per question. */
async function verifyMainRun(db: BenchDb, examId: string, agents: Agent[]): Promise<void> {
  const rows = await db.query<{ attempt_id: string; position: number; seq: number; answer: string | null }>(
    'SELECT a.attempt_id, a.position, a.seq, a.answer FROM attempt_answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.exam_id = ?',
    [examId],
  );
  let wrong = 0;
  for (const row of rows) {
    const expected = expectedAnswers.get(row.attempt_id)?.get(Number(row.position));
    if (!expected || expected.seq !== Number(row.seq) || canonical(JSON.parse(row.answer ?? 'null')) !== expected.answer) {
      if (wrong++ < 3) recorder.sample(`stored answer ${row.attempt_id}#${row.position} seq ${row.seq} ${row.answer} ≠ expected ${JSON.stringify(expected)}`);
    }
  }
  const missing = agents.length * EXAM_QUESTIONS - rows.length;
  if (wrong || missing) recorder.fail('stored answers', `${wrong} wrong, ${missing} missing of ${agents.length * EXAM_QUESTIONS}`);
  const [results] = await db.query<{ n: number | string; graded: number | string }>(
    "SELECT COUNT(*) AS n, COUNT(DISTINCT t.id) AS graded FROM attempt_item_results r JOIN attempts t ON t.id = r.attempt_id WHERE t.exam_id = ? AND t.status = 'graded' AND t.percent IS NOT NULL",
    [examId],
  );
  if (Number(results.n) !== agents.length * EXAM_QUESTIONS || Number(results.graded) !== agents.length) {
    recorder.fail('grading results', `${results.n} question results in ${results.graded} graded attempts, expected ${agents.length * EXAM_QUESTIONS} in ${agents.length}`);
  }
}

// ————— the reference floor —————

async function startFloor(db: BenchDb, examId: string, dataDir: string, secret: string, runId: string): Promise<{ origin: string; child: Child; stop: () => Promise<void> }> {
  const port = await freePort();
  const floorEnv: NodeJS.ProcessEnv = { ...env, FLOOR_PORT: String(port), FLOOR_SECRET: secret, TS_NODE_PROJECT: resolve(BENCH_DIR, '../../tsconfig.bench.json'), TS_NODE_TRANSPILE_ONLY: 'true' };
  let dropFloorDb = async () => undefined as void;
  if (db.kind === 'mysql') {
    // Same table shapes and indexes (CREATE TABLE … LIKE), the same foreign key, this exam's attempts as they are now (in progress).
    const source = new URL(MYSQL_URL);
    const main = (await db.query<{ d: string }>('SELECT DATABASE() AS d'))[0].d;
    const name = `pathwise_bench_floor_${runId}`;
    await db.run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    dropFloorDb = () => db.run(`DROP DATABASE IF EXISTS \`${name}\``);
    cleanup.add('floor database', dropFloorDb);
    await db.run(`CREATE TABLE \`${name}\`.attempts LIKE \`${main}\`.attempts`);
    await db.run(`CREATE TABLE \`${name}\`.attempt_answers LIKE \`${main}\`.attempt_answers`);
    await db.run(`ALTER TABLE \`${name}\`.attempt_answers ADD CONSTRAINT fk_floor_answers_attempt FOREIGN KEY (attempt_id) REFERENCES \`${name}\`.attempts (id) ON DELETE CASCADE`);
    await db.run(`INSERT INTO \`${name}\`.attempts SELECT * FROM \`${main}\`.attempts WHERE exam_id = ?`, [examId]);
    source.pathname = `/${name}`;
    floorEnv['FLOOR_MYSQL_URL'] = source.toString();
  } else {
    const file = join(dataDir, 'floor.sqlite');
    const { default: Database } = await import('better-sqlite3');
    const floorDb = new Database(file);
    floorDb.pragma('journal_mode = WAL');
    // The copied attempts table names exams and users, which the floor does not have.
    floorDb.pragma('foreign_keys = OFF');
    const schema = await db.query<{ sql: string }>("SELECT sql FROM sqlite_master WHERE tbl_name IN ('attempts', 'attempt_answers') AND sql IS NOT NULL ORDER BY type DESC");
    for (const { sql } of schema) floorDb.exec(sql);
    floorDb.exec(`ATTACH DATABASE '${join(dataDir, 'pathwise.sqlite').replace(/'/g, "''")}' AS source`);
    floorDb.prepare('INSERT INTO attempts SELECT * FROM source.attempts WHERE exam_id = ?').run(examId);
    floorDb.exec('DETACH DATABASE source');
    floorDb.close();
    floorEnv['FLOOR_SQLITE_FILE'] = file;
  }
  const child = new Child('floor', ['-r', 'ts-node/register/transpile-only', join(BENCH_DIR, 'floor-server.ts')], floorEnv);
  cleanup.add('floor', () => child.stop());
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (!child.running) throw new Error('The floor server exited');
    try {
      await fetch(`${origin}/`);
      break;
    } catch {
      if (i > 300) throw new Error('The floor server did not start in 60 s');
      await sleep(200);
    }
  }
  return {
    origin,
    child,
    stop: async () => {
      await child.stop();
      await dropFloorDb();
    },
  };
}

// ————— the burst —————

interface BurstResult {
  count: number;
  insertMs: number;
  enqueueMs: number;
  gradedMs: number;
  graded: number;
  how: string;
}

/** BURST submitted attempts written straight to the database, then graded as submits would have it. */
async function runBurst(db: BenchDb, examId: string, bank: BenchQuestion[], agents: Agent[], queuePrefix: string, alreadyGraded: number, worker: Child | null): Promise<BurstResult> {
  const versions = await db.query<{ version_id: string; question_id: string; name: string }>(
    'SELECT v.id AS version_id, v.question_id, q.name FROM question_versions v JOIN questions q ON q.id = v.question_id AND q.current_version = v.version WHERE q.name LIKE ?',
    ['BQ-%'],
  );
  const pool = versions.map((v) => ({ ...v, question: bank[indexOfStem(v.name)] }));
  if (pool.length !== BANK_SIZE) throw new Error(`Expected ${BANK_SIZE} bench questions in the database, found ${pool.length}`);
  process.stdout.write(`burst: writing ${BURST} submitted attempts (${BURST * EXAM_QUESTIONS} answers)… `);
  const insertStarted = performance.now();
  const random = prng(4242);
  // Written as 'bench_staged' (which nothing reads), then submitted all at once with one UPDATE when the clock starts, so no
  // grading overlaps the writing. Embedded mode grades them through the sweeper, which takes attempts submitted longer ago
  // than GRADING_RETRY_SECONDS: they are dated an hour back.
  const submittedAt = new Date(Date.now() - (MODE === 'embedded' ? 3600_000 : 1000));
  const startedAt = new Date(submittedAt.getTime() - 1800_000);
  const ids: string[] = [];
  for (let from = 0; from < BURST; from += 200) {
    const attempts: unknown[][] = [];
    const questions: unknown[][] = [];
    const answers: unknown[][] = [];
    for (let k = from; k < Math.min(BURST, from + 200); k++) {
      const id = randomUUID();
      ids.push(id);
      const agent = agents[k % agents.length];
      attempts.push([id, examId, agent.userId, 2 + Math.floor(k / agents.length), 'bench_staged', null, randomBytes(16).toString('hex'), db.datetime(startedAt), db.datetime(new Date(startedAt.getTime() + 180 * 60_000)), db.datetime(submittedAt), 'agent', null, EXAM_QUESTIONS, null, null, null, null, null]);
      const order = [...pool];
      for (let i = 0; i < EXAM_QUESTIONS; i++) {
        const j = i + Math.floor(random() * (order.length - i));
        [order[i], order[j]] = [order[j], order[i]];
        const picked = order[i];
        questions.push([id, i + 1, 0, picked.question_id, picked.version_id, 1]);
        answers.push([id, i + 1, JSON.stringify(random() < 0.75 ? picked.question.right : picked.question.wrong), 0, 1, db.datetime(submittedAt)]);
      }
    }
    await db.insertMany(
      'attempts',
      ['id', 'exam_id', 'user_id', 'number', 'status', 'open_key', 'seed', 'started_at', 'deadline_at', 'submitted_at', 'submitted_by', 'graded_at', 'question_count', 'points', 'max_points', 'percent', 'passed', 'dimension_results'],
      attempts,
    );
    await db.insertMany('attempt_questions', ['attempt_id', 'position', 'section', 'question_id', 'question_version_id', 'points'], questions);
    await db.insertMany('attempt_answers', ['attempt_id', 'position', 'answer', 'flagged', 'seq', 'saved_at'], answers);
  }
  const insertMs = performance.now() - insertStarted;
  console.log(`${(insertMs / 1000).toFixed(1)} s (not timed)`);

  let enqueueMs = 0;
  let gradedAt = 0;
  const total = alreadyGraded + BURST;
  if (PROFILE.has('worker')) worker?.signal('SIGWINCH');
  const t0 = performance.now();
  await phase(`burst: grading ${BURST}`, async () => {
    await db.run("UPDATE attempts SET status = 'submitted' WHERE exam_id = ? AND status = 'bench_staged'", [examId]);
    if (MODE === 'production') {
      // What each submit does (AttemptsService.requestGrading), in bulk: one grade-attempt job per attempt, deduplicated by attempt.
      const { Queue } = await import('bullmq');
      const queue = new Queue('grading', { connection: { url: REDIS_URL, maxRetriesPerRequest: null }, prefix: queuePrefix });
      const options = { attempts: 5, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 3600, count: 5000 }, removeOnFail: { age: 7 * 86400 } };
      for (let from = 0; from < ids.length; from += 1000) {
        await queue.addBulk(ids.slice(from, from + 1000).map((attemptId) => ({ name: 'grade-attempt', data: { attemptId }, opts: { ...options, deduplication: { id: `grade:${attemptId}` } } })));
      }
      enqueueMs = performance.now() - t0;
      await queue.close();
    }
    gradedAt = await waitUntilGraded(db, examId, total, BURST_TIMEOUT_S * 1000);
  });
  if (PROFILE.has('worker')) worker?.signal('SIGWINCH');
  const [row] = await db.query<{ n: number | string }>("SELECT COUNT(*) AS n FROM attempts WHERE exam_id = ? AND status = 'graded'", [examId]);
  const graded = Number(row.n) - alreadyGraded;
  if (graded === BURST) {
    const [results] = await db.query<{ n: number | string }>('SELECT COUNT(*) AS n FROM attempt_item_results r JOIN attempts t ON t.id = r.attempt_id WHERE t.exam_id = ?', [examId]);
    if (Number(results.n) !== total * EXAM_QUESTIONS) recorder.fail('burst results', `${results.n} question results, expected ${total * EXAM_QUESTIONS}`);
  }
  return {
    count: BURST,
    insertMs,
    enqueueMs,
    gradedMs: gradedAt - t0,
    graded,
    how: MODE === 'production' ? 'enqueued as grade-attempt jobs (BullMQ addBulk), as submits do' : 'picked up by the attempt sweeper (500 per sweep, every 1 s)',
  };
}

// ————— item statistics —————

interface StatisticsResult {
  attempts: number;
  /** From the last grade until the statistics covered every graded attempt. */
  readyMs: number;
  /** The job's own run time (production: BullMQ's processedOn → finishedOn). */
  jobMs: number | null;
}

/**
 * Grading asks for the exam's item statistics (a job on its own queue, at most one per exam, 30 s after
 * a grade): after the burst it runs over every graded attempt of the exam. Waits for it, so its time and
 * the memory it takes in the worker are part of the figures.
 */
async function waitForStatistics(db: BenchDb, examId: string, attempts: number, queuePrefix: string): Promise<StatisticsResult | null> {
  let result: StatisticsResult | null = null;
  let covered = 0;
  await phase(`item statistics (${attempts} attempts)`, async () => {
    const from = performance.now();
    const deadline = from + STATISTICS_TIMEOUT_S * 1000;
    while (performance.now() < deadline) {
      const [row] = await db.query<{ payload: string }>('SELECT payload FROM exam_statistics WHERE exam_id = ?', [examId]);
      covered = row ? (JSON.parse(row.payload) as { attempts: number }).attempts : 0;
      if (covered >= attempts) {
        result = { attempts, readyMs: performance.now() - from, jobMs: null };
        break;
      }
      await sleep(250);
    }
  });
  if (!result) {
    let pending = '';
    if (MODE === 'production') {
      const { Queue } = await import('bullmq');
      const queue = new Queue('statistics', { connection: { url: REDIS_URL }, prefix: queuePrefix });
      const counts = await queue.getJobCounts('active', 'waiting', 'delayed');
      await queue.close();
      pending =
        counts['active'] + counts['waiting'] + counts['delayed'] > 0
          ? ' (a statistics job is still queued or running: it is slow)'
          : ' and no statistics job is queued or running: a grade that finished while the job ran was deduplicated into that run, so nothing recomputes the rest';
    }
    recorder.fail('item statistics', `${STATISTICS_TIMEOUT_S} s after the last grade the exam's item statistics cover ${covered} of ${attempts} graded attempts${pending}`);
    return null;
  }
  if (MODE === 'production') {
    const { Queue } = await import('bullmq');
    const queue = new Queue('statistics', { connection: { url: REDIS_URL }, prefix: queuePrefix });
    const jobs = await queue.getJobs(['completed'], 0, 50);
    const last = jobs.filter((job) => job.finishedOn && job.processedOn).sort((a, b) => (b.finishedOn ?? 0) - (a.finishedOn ?? 0))[0];
    if (last) (result as StatisticsResult).jobMs = (last.finishedOn ?? 0) - (last.processedOn ?? 0);
    await queue.close();
  }
  return result;
}

// ————— infrastructure —————

async function createDatabase(name: string): Promise<string> {
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection(MYSQL_URL);
  await connection.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await connection.end();
  cleanup.add('database', async () => {
    const drop = await createConnection(MYSQL_URL);
    await drop.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await drop.end();
  });
  const url = new URL(MYSQL_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const { default: Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
  try {
    for (const pattern of [`${prefix}:*`]) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
        cursor = next;
        if (keys.length) await redis.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
  }
}

async function waitUntilReady(origin: string, api: Child): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (!api.running) throw new Error('The API exited before it was ready');
    try {
      if ((await fetch(`${origin}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('The API was not ready within 120 s');
}

async function waitForWorker(prefix: string, worker: Child): Promise<void> {
  const { Queue } = await import('bullmq');
  const queue = new Queue('grading', { connection: { url: REDIS_URL }, prefix });
  try {
    for (let i = 0; i < 600; i++) {
      if (!worker.running) throw new Error('The worker exited before it was ready');
      if ((await queue.getWorkersCount()) > 0) return;
      await sleep(200);
    }
    throw new Error('The worker did not take the grading queue within 120 s');
  } finally {
    await queue.close();
  }
}

async function countFailedJobs(prefix: string): Promise<void> {
  const { Queue } = await import('bullmq');
  for (const name of ['grading', 'statistics', 'system']) {
    const queue = new Queue(name, { connection: { url: REDIS_URL }, prefix });
    const counts = await queue.getJobCounts('failed');
    if (counts['failed']) recorder.fail('jobs', `${counts['failed']} failed job(s) in the ${name} queue`);
    await queue.close();
  }
}

async function waitForFile(file: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file) && Date.now() < deadline) await sleep(200);
}

/** process.memoryUsage() and V8's heap spaces, as the profiled process wrote them at the end of its phase. */
function describeMemory(file: string): string {
  if (!existsSync(file)) return '(no memory figures)';
  const m = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number> & {
    spaces: { space_name: string; space_size: number; space_used_size: number }[];
    afterGc?: Record<string, number>;
  };
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const spaces = m.spaces.filter((s) => s.space_size > 2 ** 20).map((s) => `${s.space_name} ${mb(s.space_used_size)}/${mb(s.space_size)}`);
  return `memory at the end of the phase: RSS ${mb(m['rss'])} = V8 heap ${mb(m['heapTotal'])} (used ${mb(m['heapUsed'])}; ${spaces.join(', ')}) + external ${mb(m['external'])} (array buffers ${mb(m['arrayBuffers'])}) + the rest (code, native libraries, malloc)${m.afterGc ? `; after a full GC: RSS ${mb(m.afterGc['rss'])}, heap used ${mb(m.afterGc['heapUsed'])} of ${mb(m.afterGc['heapTotal'])}` : ''}`;
}

/** The commit the dist was most likely built from, and whether the sources differed from it. */
function sourceState(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'apps/api/src', 'apps/worker/src', 'libs'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .filter(Boolean).length;
    return `sources at ${head}${dirty ? ` with ${dirty} changed file(s) in apps/*/src and libs` : ''}`;
  } catch {
    return 'sources: no git';
  }
}

// ————— the report —————

function report(): void {
  const r = results;
  const n = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log(`\nPathwise exam benchmark — ${MODE} mode${MODE === 'production' ? ' (MariaDB + Redis on this machine, API + worker from dist/)' : ' (SQLite, API from dist/, jobs in process)'}`);
  console.log(`${AGENTS} agents × ${EXAM_QUESTIONS} questions, ${TWICE_IN_ORDER} positions saved twice in order and ${TWICE_OUT_OF_ORDER} out of order per agent; ${CONCURRENCY} requests in flight (${LOGIN_CONCURRENCY} for logins, ${START_CONCURRENCY} for starts)`);
  console.log(`Node ${process.version}, ${cpus().length} CPUs, load average now ${loadavg()[0].toFixed(2)}; ${sourceState()}. The load generator (undici) runs in this process on the same cores.\n`);
  const header = ['endpoint'.padEnd(42), 'requests', ' errors', '   req/s', ' p50 ms', ' p95 ms', ' p99 ms', ' max ms'];
  console.log(header.join('  '));
  const rows: (EndpointStats | null)[] = [E.login, E.start, E.save, E.submit, E.floor].map((e) => recorder.stats(e));
  for (const s of rows) {
    if (!s) continue;
    console.log(
      [s.name.padEnd(42), n(s.count).padStart(8), n(s.errors).padStart(7), n((s.count / s.wallMs) * 1000).padStart(8), n(s.p50, 1).padStart(7), n(s.p95, 1).padStart(7), n(s.p99, 1).padStart(7), n(s.max, 0).padStart(7)].join('  '),
    );
  }
  const save = recorder.stats(E.save);
  const floor = recorder.stats(E.floor);
  const saveRate = save ? (save.count / save.wallMs) * 1000 : 0;
  const floorRate = floor ? (floor.count / floor.wallMs) * 1000 : 0;
  console.log('');
  if (save && floor) {
    console.log(`autosave vs floor          ${n(saveRate)}/s vs ${n(floorRate)}/s = ${n((saveRate / floorRate) * 100, 1)} % of the floor (target ≥ 50 %: ${verdict(saveRate >= floorRate / 2)})`);
    console.log(`autosave throughput        ${n(saveRate)}/s, p95 ${n(save.p95, 1)} ms (target ≥ 2,000/s with p95 ≤ 50 ms: ${verdict(saveRate >= 2000 && save.p95 <= 50)})`);
  }
  if (r.started !== undefined && r.allGradedAt !== undefined && r.firstSubmit !== undefined && r.lastSubmit !== undefined) {
    const gradeSpan = r.allGradedAt - r.firstSubmit;
    console.log(
      `grading                    ${n(r.started)} attempts: last submit → last graded ${n((r.allGradedAt - r.lastSubmit) / 1000, 2)} s; ${n(r.started / (gradeSpan / 1000), 0)} attempts graded/s (first submit → last graded ${n(gradeSpan / 1000, 2)} s)`,
    );
  }
  if (r.burst) {
    const b = r.burst;
    const done = b.graded === b.count;
    console.log(
      `burst                      ${n(b.count)} submitted attempts (${n(b.count * EXAM_QUESTIONS)} answers) ${b.how}${b.enqueueMs ? ` in ${n(b.enqueueMs / 1000, 1)} s` : ''}; ` +
        (done ? `all graded ${n(b.gradedMs / 1000, 1)} s after the first enqueue` : `only ${n(b.graded)} graded after ${n(b.gradedMs / 1000, 0)} s`) +
        `, ${n(b.graded / (b.gradedMs / 1000), 0)} attempts/s (target ≤ 30 s: ${verdict(done && b.gradedMs <= 30_000)})`,
    );
  }
  if (r.statistics) {
    const st = r.statistics;
    console.log(
      `item statistics            over ${n(st.attempts)} graded attempts: ready ${n(st.readyMs / 1000, 1)} s after the last grade (the job waits up to 30 s before it starts)${st.jobMs !== null ? `; the job itself ran ${n(st.jobMs / 1000, 1)} s in the worker` : ''}`,
    );
  }
  const rssOk = r.endRss && r.mainRss && Math.max(r.endRss.api, r.endRss.worker) < 300;
  if (r.endRss && r.mainRss) console.log(
    `peak RSS                   API ${n(r.mainRss.api)} MB${MODE === 'production' ? `, worker ${n(r.mainRss.worker)} MB` : ''} after the exam${r.burst ? `; API ${n(r.endRss.api)} MB${MODE === 'production' ? `, worker ${n(r.endRss.worker)} MB` : ''} after the burst${r.statistics ? ' and item statistics' : ''}` : ''}; floor ${n(r.floorRss ?? 0)} MB (target < 300 MB each: ${verdict(Boolean(rssOk))})`,
  );
  console.log(`errors                     ${n(recorder.totalErrors)} (must be 0); warnings logged by API/worker: ${n(r.warnings?.() ?? 0)}`);
  for (const sample of recorder.errorSamples.slice(0, 8)) console.log(`  ${sample}`);
  if (recorder.errorSamples.length > 8) console.log('  …');

  console.log(`\nCPU by phase, in cores busy (CPU seconds / wall seconds; this machine has ${cpus().length}), and the highest resident memory in each phase:`);
  const names = [...new Set(phases.flatMap((p) => Object.keys(p.cpuMs)))].sort((a, b) => (a === 'others' ? 1 : b === 'others' ? -1 : 0));
  const rssNames = [...new Set(phases.flatMap((p) => Object.keys(p.rssMb)))];
  console.log(['phase'.padEnd(28), 'wall s', ...names.map((name) => name.padStart(14)), ...rssNames.map((name) => `${name} RSS`.padStart(11))].join('  '));
  for (const p of phases) {
    console.log(
      [
        p.phase.padEnd(28),
        n(p.wallMs / 1000, 1).padStart(6),
        ...names.map((name) => (p.cpuMs[name] === undefined ? '' : n(p.cpuMs[name] / p.wallMs, 2)).padStart(14)),
        ...rssNames.map((name) => (p.rssMb[name] === undefined ? '' : `${n(p.rssMb[name])} MB`).padStart(11)),
      ].join('  '),
    );
  }
  const savePhase = phases.find((p) => p.phase === 'autosave: Pathwise');
  const floorPhase = phases.find((p) => p.phase === 'autosave: floor');
  if (savePhase && floorPhase && r.saveCount) {
    const saveCount = r.saveCount;
    const per = (p: PhaseCpu, name: string) => ((p.cpuMs[name] ?? 0) * 1000) / saveCount;
    console.log(
      `CPU per autosave: API ${n(per(savePhase, 'api'), 0)} µs vs floor ${n(per(floorPhase, 'floor'), 0)} µs` +
        (MODE === 'production' ? `; MariaDB ${n(per(savePhase, 'mariadb'), 0)} µs vs ${n(per(floorPhase, 'mariadb'), 0)} µs` : '') +
        `; load generator ${n(per(savePhase, 'load generator'), 0)} µs vs ${n(per(floorPhase, 'load generator'), 0)} µs`,
    );
  }
  for (const note of notes) console.log(`note: ${note}`);
}

process.on('SIGINT', () => void cleanup.run().then(() => process.exit(130)));
process.on('SIGTERM', () => void cleanup.run().then(() => process.exit(143)));

main()
  .catch((error: unknown) => {
    if (error instanceof Aborted) {
      console.log(`\nABORTED: ${error.message}`);
      report();
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  })
  .finally(() => cleanup.run());
