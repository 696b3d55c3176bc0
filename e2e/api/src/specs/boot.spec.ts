import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshStorage } from '../support/test-api';

const root = join(__dirname, '../../../..');
const main = join(root, 'dist/apps/api/main.js');

/** The built server as `npm start` and Docker run it. `npm test` builds before the e2e suites. */
function startServer(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | string | null> } {
  let output = '';
  const child = spawn(process.execPath, [main], { cwd: root, env: { PATH: process.env['PATH'] ?? '', PORTAL_DIR: 'off', LOG_LEVEL: 'warn', ...env } });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  return { child, output: () => output, exited };
}

async function waitForReady(base: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('server did not become ready');
}

const describeBuilt = existsSync(main) ? describe : describe.skip;
if (!existsSync(main)) console.warn(`boot.spec skipped: ${main} is missing (run \`npx nx build api\` or \`npm test\`)`);

describeBuilt('booting the built server', () => {
  it('stops with exit code 1 and one line naming the variable when configuration is wrong', async () => {
    const server = startServer({ DATABASE_URL: 'mysql://root@127.0.0.1:3306/pathwise', JWT_SECRET: 'too-short' });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Invalid configuration: JWT_SECRET must be at least 32 characters/);
  });

  it('finishes an in-flight request on SIGTERM before exiting, and the work it did is kept', async () => {
    const storage = await freshStorage();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const base = `http://127.0.0.1:${port}`;
    const env = { ...storage.env, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'true', JWT_SECRET: 'boot-spec-secret-long-enough-for-hs256-0001' };
    const server = startServer(env);
    try {
      await waitForReady(base).catch((error) => {
        throw new Error(`${(error as Error).message}: ${server.output()}`);
      });
      const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@pathwise.local', password: 'Pathwise!2026' }) })).json();
      // Eight users without passwords: eight argon2 hashes keep the request busy for a while.
      const csv = ['email,display_name,roles', ...Array.from({ length: 8 }, (_, i) => `late${i}@pathwise.local,Late ${i},agent`)].join('\n');
      const inFlight = fetch(`${base}/api/users/import?dryRun=false`, { method: 'POST', headers: { 'content-type': 'text/csv', authorization: `Bearer ${login.accessToken}` }, body: csv });
      await new Promise((resolve) => setTimeout(resolve, 60));
      server.child.kill('SIGTERM');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect((await response.json()).committed).toBe(true);
      // Nest re-raises the signal once shutdown hooks ran: the conventional exit for SIGTERM.
      expect(await server.exited).toBe('SIGTERM');
      const again = startServer(env);
      try {
        await waitForReady(base);
        const relogin = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@pathwise.local', password: 'Pathwise!2026' }) })).json();
        const users = await (await fetch(`${base}/api/users?search=late&pageSize=50`, { headers: { authorization: `Bearer ${relogin.accessToken}` } })).json();
        expect(users.total).toBe(8);
      } finally {
        again.child.kill('SIGTERM');
        await again.exited;
      }
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      await storage.cleanup();
    }
  });
});
