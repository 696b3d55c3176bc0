// `npm start`: install what is missing, build, then serve the API and the portal on one port.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies, run } from './ensure-dependencies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const started = Date.now();

ensureDependencies(root);
console.log('Building the API and the portal (cached after the first run)…');
if (run(root, 'npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'portal', '--configuration=production', '--output-style=static']) !== 0) process.exit(1);

const wanted = Number(process.env.PORT ?? 3000);
const port = await firstFreePort(wanted);
if (port !== wanted) console.log(`Port ${wanted} is in use; using ${port} instead (set PORT to choose).`);

const api = spawn(process.execPath, ['dist/apps/api/main.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: String(port), NODE_ENV: process.env.NODE_ENV ?? 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));

const url = `http://localhost:${port}`;
await waitUntilReady(`${url}/api/health/ready`);
const runtime = await (await fetch(`${url}/api/health/runtime`)).json();
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`
  Pathwise is running (${runtime.mode} mode, ready in ${seconds} s)

    Portal   ${url}/
    API      ${url}/api
    API docs ${url}/api/docs
${runtime.mode === 'embedded' || process.env.SEED_DEMO === 'true' ? demoLogins() : ''}
  Press Ctrl+C to stop. Data is kept in ${process.env.DATA_DIR ?? './data'} between runs.
`);

function demoLogins() {
  return `
  Demo logins (password for all: Pathwise!2026)
    admin        admin@pathwise.local
    trainers     trainer1@pathwise.local, trainer2@pathwise.local
    supervisors  supervisor1@pathwise.local (Customer Care A), supervisor2@pathwise.local (Customer Care B)
    agents       agent01@pathwise.local … agent20@pathwise.local
`;
}

async function firstFreePort(from) {
  for (let candidate = from; candidate < from + 50; candidate++) {
    const free = await new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(candidate, () => server.close(() => resolve(true)));
    });
    if (free) return candidate;
  }
  throw new Error(`No free port between ${from} and ${from + 49}`);
}

async function waitUntilReady(healthUrl) {
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(healthUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  console.error(`Pathwise did not become ready at ${healthUrl}`);
  api.kill('SIGTERM');
  process.exit(1);
}
