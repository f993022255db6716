#!/usr/bin/env node
// `pnpm start`: builds the embed bundle and the staff console, starts the reference server (SQLite file in .data/, seeded with
// Yokohama's real ward offices and towns) and a static server for the example partner sites.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { startStaticServer } from './static-server.mjs';

const root = new URL('../', import.meta.url).pathname;
const apiPort = process.env.TSUNAGU_PORT ?? '8787';
const examplesPort = Number(process.env.EXAMPLES_PORT ?? 8080);
const dbPath = process.env.TSUNAGU_DB ?? '.data/tsunagu.db';
const host = '127.0.0.1';

const built = spawnSync(process.execPath, ['packages/embed/build.mjs'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// the staff console (packages/console/dist), which the reference server serves at /staff/
const staffConsole = spawnSync(process.execPath, ['packages/console/build.mjs'], {
  cwd: root,
  stdio: 'inherit',
});
if (staffConsole.status !== 0) process.exit(staffConsole.status ?? 1);
const spa = spawnSync(process.execPath, ['examples/react-app/build.mjs'], { cwd: root, stdio: 'inherit' });
if (spa.status !== 0) process.exit(spa.status ?? 1);

mkdirSync(dirname(resolve(root, dbPath)), { recursive: true });
const server = spawn(
  process.execPath,
  [
    'packages/server/bin/tsunagu-server.mjs',
    'serve',
    '--db',
    dbPath,
    '--port',
    apiPort,
    '--host',
    host,
    '--seed',
    'yokohama',
  ],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      TSUNAGU_DEMO_ORIGINS: `http://${host}:${examplesPort},http://localhost:${examplesPort}`,
      ...process.env,
    },
  },
);
server.on('exit', (code) => {
  console.error(`reference server exited (${code}); stopping.`);
  process.exit(code ?? 1);
});

const lines = createInterface({ input: server.stdout });
let apiUrl;
lines.on('line', async (line) => {
  console.log(line);
  if (apiUrl) return;
  apiUrl = line.trim(); // the server prints its base URL on its first line
  const examples = await startStaticServer({
    host,
    port: examplesPort,
    connectSrc: [apiUrl],
    mounts: [
      ['/embed/', `${root}packages/embed/dist`],
      ['/', `${root}examples`],
    ],
  });
  console.log(`\ntsunagu is running:
  API             ${apiUrl}   (try ${apiUrl}/healthz, ${apiUrl}/openapi.json)
  example sites   ${examples.url}/
  demo key        pk_demo_tsunagu_examples (publishable; allowed from the example sites only)
  staff console   ${apiUrl}/staff/
  demo staff      see ${dbPath}.demo-staff.json (first passwords; printed above on the first start)
Press Ctrl+C to stop.`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.removeAllListeners('exit');
    server.kill('SIGTERM');
    process.exit(0);
  });
}
