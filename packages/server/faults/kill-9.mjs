// Fault: kill -9 of the server while 20 senders post reports. After a restart on the same database, every
// report that got a 201 must resolve with its check code, and every acknowledged request replayed with its
// Idempotency-Key must return the same receipt. Prints the figures; exits 1 if anything was lost.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/tsunagu-server.mjs', import.meta.url));
const SENDERS = 20;
const KEY = 'pk_demo_tsunagu_examples';

/** @returns {Promise<{url: string, child: import('node:child_process').ChildProcess}>} */
function serve(db, env) {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--seed', 'yokohama'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (url) => resolve({ url, child }));
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

const report = (n) => ({
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
  age_group: 'senior_65_plus',
  signs: ['mail_piling_up'],
  concerns: ['money_debt'],
  consent: 'not_asked',
  free_text: `郵便受けがいっぱい（${n}）`,
});

const post = (url, s) =>
  fetch(`${url}/v1/concern-reports`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${KEY}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': s.key,
      'X-Forwarded-For': s.client,
    },
    body: s.body,
  });

const dir = mkdtempSync(join(tmpdir(), 'tsunagu-kill9-'));
const db = join(dir, 'faults.db');
const env = {
  ...process.env,
  TSUNAGU_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
  TSUNAGU_TRUSTED_PROXIES: '127.0.0.1,::ffff:127.0.0.1', // each sender is its own client for the rate limits
};
let exitCode = 0;
try {
  const first = await serve(db, env);
  const acknowledged = [];
  let stop = false;
  let attempts = 0;
  const sender = async (i) => {
    for (let n = 0; !stop; n++) {
      const s = { key: randomUUID(), body: JSON.stringify(report(n)), client: `198.51.100.${i + 1}` };
      attempts++;
      try {
        const res = await post(first.url, s);
        if (res.status === 201) acknowledged.push({ ...s, receipt: await res.json() });
        else await res.body?.cancel();
      } catch {
        return; // the server is gone
      }
    }
  };
  const running = Array.from({ length: SENDERS }, (_, i) => sender(i));
  await new Promise((r) => setTimeout(r, 1500));
  first.child.kill('SIGKILL');
  stop = true;
  await Promise.all(running);

  const second = await serve(db, env);
  let lost = 0;
  let differed = 0;
  for (const s of acknowledged) {
    const status = await fetch(`${second.url}/v1/concern-reports/${s.receipt.reference}/status`, {
      // each sender's own client address: the checks must not meet the per-client rate limit
      headers: {
        Authorization: `Bearer ${KEY}`,
        'X-Check-Code': s.receipt.check_code,
        'X-Forwarded-For': s.client,
      },
    });
    if (status.status === 429)
      throw new Error('the check itself was rate-limited: the figures would be wrong');
    if (status.status !== 200) lost++;
    await status.body?.cancel();
    const replay = await post(second.url, s);
    const again = await replay.json();
    if (again.reference !== s.receipt.reference || again.check_code !== s.receipt.check_code) differed++;
  }
  second.child.kill('SIGTERM');
  console.log(
    `kill -9 during ${SENDERS} senders: ${attempts} requests, ${acknowledged.length} acknowledged, ${lost} lost, ${differed} replays differed`,
  );
  if (acknowledged.length === 0 || lost > 0 || differed > 0) exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
