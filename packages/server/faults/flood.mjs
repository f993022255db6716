// Fault: one address floods a partner's key with more requests than the whole key may make in a minute,
// while 20 other visitors of the same partner use it as people do. With the server's default limits (600 a
// minute per client, 6,000 per key) the flood must be refused once it passes its own share, its refused
// requests must not be charged to the key, and every other visitor must be served. Behind a trusted proxy,
// as a city runs it. Prints the figures; exits 1 if any other visitor was refused.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/tsunagu-server.mjs', import.meta.url));
const KEY = 'pk_demo_tsunagu_examples';
const FLOOD = 7_000; // more than the key's 6,000 a minute: a flood charged to the key would lock everyone out
const FLOOD_CONCURRENCY = 32;
const VISITORS = 20;
const VISITOR_REQUESTS = 15;

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-flood-'));
const child = spawn(
  process.execPath,
  [BIN, 'serve', '--db', join(dir, 'flood.db'), '--port', '0', '--seed', 'yokohama'],
  {
    env: {
      ...process.env,
      TSUNAGU_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      TSUNAGU_TRUSTED_PROXIES: '127.0.0.1,::ffff:127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
let exitCode = 0;
try {
  const url = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  const get = async (client) => {
    const res = await fetch(`${url}/v1/areas?towns=none`, {
      headers: { Authorization: `Bearer ${KEY}`, 'X-Forwarded-For': client },
    });
    await res.body?.cancel();
    return res.status;
  };
  const tally = (statuses) => {
    const counts = {};
    for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
    return counts;
  };

  const floodStatuses = [];
  let sent = 0;
  const flooder = async () => {
    while (sent < FLOOD) {
      sent++;
      floodStatuses.push(await get('203.0.113.66'));
    }
  };
  const visitorStatuses = [];
  const visitor = async (i) => {
    // a person's pace is far slower; a pause keeps the visitors spread over the flood
    for (let n = 0; n < VISITOR_REQUESTS; n++) {
      visitorStatuses.push(await get(`198.51.100.${i + 1}`));
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const flooding = Promise.all(Array.from({ length: FLOOD_CONCURRENCY }, flooder));
  await new Promise((r) => setTimeout(r, 300)); // the flood is under way before the first visitor comes
  await Promise.all(Array.from({ length: VISITORS }, (_, i) => visitor(i)));
  await flooding;
  // the visitors once more, after the whole flood has been refused
  for (let i = 0; i < VISITORS; i++) visitorStatuses.push(await get(`198.51.100.${i + 1}`));

  const flood = tally(floodStatuses);
  const visitors = tally(visitorStatuses);
  const served = visitors[200] ?? 0;
  console.log(
    `flood: one client sent ${FLOOD} requests (${flood[200] ?? 0} served, ${flood[429] ?? 0} refused 429); ` +
      `${VISITORS} other clients of the same key sent ${visitorStatuses.length}, ${served} served`,
  );
  if (served !== visitorStatuses.length || !flood[429] || (flood[200] ?? 0) > 600) exitCode = 1;
} finally {
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
