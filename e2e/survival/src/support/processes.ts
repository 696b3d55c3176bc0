import { ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, createWriteStream, mkdirSync, WriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { RUN_DIR_ENV, RUN_ID_ENV } from './environment';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Every process this test worker started and has not seen exit: killed if the worker itself exits. */
const live = new Set<ManagedProcess>();
process.once('exit', () => {
  for (const child of live) child.killNow();
});

/**
 * A child process this suite started: its output goes to a log file and a bounded in-memory tail,
 * and it is recorded (pid + how to recognise it) so global teardown can end it if the run dies.
 * Only ever signals its own pid.
 */
export class ManagedProcess {
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcess;
  private readonly log: WriteStream;
  private lines: string[] = [];
  private partial = '';
  private exit: Exit | null = null;

  private constructor(
    readonly name: string,
    command: string,
    args: string[],
    env: Record<string, string>,
    readonly logFile: string,
    recogniseBy: string,
  ) {
    this.log = createWriteStream(logFile, { flags: 'a' });
    this.log.write(`\n=== ${new Date().toISOString()} ${command} ${args.join(' ')}\n`);
    this.child = spawn(command, args, { env, cwd: process.env[RUN_DIR_ENV], stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = this.child.pid;
    if (pid === undefined) throw new Error(`Could not start ${name}: ${command}`);
    appendFileSync(registryFile(), `${JSON.stringify({ pid, recogniseBy })}\n`);
    live.add(this);
    for (const stream of [this.child.stdout, this.child.stderr]) stream?.on('data', (chunk: Buffer) => this.capture(chunk));
    this.exited = new Promise((resolve) => {
      this.child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        live.delete(this);
        this.log.end(`=== exited code=${code} signal=${signal}\n`);
        resolve(this.exit);
      });
    });
  }

  static start(name: string, command: string, args: string[], env: Record<string, string>, recogniseBy: string): ManagedProcess {
    const dir = logDir();
    return new ManagedProcess(name, command, args, env, join(dir, `${name}.log`), recogniseBy);
  }

  get pid(): number {
    return this.child.pid as number;
  }

  get running(): boolean {
    return this.exit === null;
  }

  /** The last lines of output (stdout and stderr interleaved). */
  tail(count = 40): string {
    return [...this.lines, this.partial].filter(Boolean).slice(-count).join('\n');
  }

  output(): string {
    return this.lines.join('\n') + this.partial;
  }

  async waitForOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output())) {
      if (!this.running) throw new Error(`${this.name} exited (${JSON.stringify(this.exit)}) before printing ${pattern}:\n${this.tail()}`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not print ${pattern} within ${timeoutMs} ms:\n${this.tail()}`);
      await sleep(50);
    }
  }

  /** Sends the signal and waits for the exit; SIGKILL is the crash, SIGTERM the orderly stop. */
  async kill(signal: NodeJS.Signals = 'SIGKILL', timeoutMs = 15_000): Promise<Exit> {
    if (!this.running) return this.exit as Exit;
    this.child.kill(signal);
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), timeoutMs).unref());
    const outcome = await Promise.race([this.exited, timer]);
    if (outcome !== 'timeout') return outcome;
    this.child.kill('SIGKILL');
    return this.exited;
  }

  /** Orderly stop, SIGKILL when it takes too long. */
  stop(): Promise<Exit> {
    return this.kill('SIGTERM', 10_000);
  }

  /** Pauses (SIGSTOP) or resumes (SIGCONT) the process: a hung service. */
  signal(signal: 'SIGSTOP' | 'SIGCONT'): void {
    if (this.running) this.child.kill(signal);
  }

  killNow(): void {
    if (!this.running) return;
    try {
      this.child.kill('SIGCONT');
      this.child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }

  private capture(chunk: Buffer): void {
    this.log.write(chunk);
    const text = this.partial + chunk.toString('utf8');
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > 4000) this.lines = this.lines.slice(-2000);
  }
}

/** A TCP port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value that is not undefined/false; the error names what was awaited. */
export async function waitUntil<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs: number, everyMs = 200, diagnostics?: () => string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${diagnostics ? `\n${diagnostics()}` : ''}`);
    await sleep(everyMs);
  }
}

export function registryFile(): string {
  return join(runDir(), 'processes.jsonl');
}

export function runDir(): string {
  const dir = process.env[RUN_DIR_ENV];
  if (!dir) throw new Error('survival-e2e: global setup did not run (start the suite with `npx nx run survival-e2e:e2e`)');
  return dir;
}

export function runId(): string {
  return process.env[RUN_ID_ENV] ?? 'pwsurv_adhoc';
}

/** One folder of logs per test file. */
function logDir(): string {
  const testPath = expect.getState().testPath ?? 'unknown';
  const dir = join(runDir(), testPath.replace(/^.*\//, '').replace(/\.spec\.ts$/, ''));
  mkdirSync(dir, { recursive: true });
  return dir;
}
