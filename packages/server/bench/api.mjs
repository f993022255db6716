#!/usr/bin/env node
// API benchmark on loopback, bounded: autocannon for 5 s per case (after a 1 s warm-up) against
//   1. POST /v1/concern-reports (a unique Idempotency-Key per request)
//   2. GET  /v1/windows?near=… (the finder's hot path; one point, so the response cache answers)
//   3. GET  /v1/windows?near=… with a different point per request (no cache hits: the real work)
//   4. a bare Hono route on @hono/node-server (the ceiling on this machine)
// and prints req/s, p50/p99 latency, the windows/bare ratio and the servers' peak RSS.
// Usage: node packages/server/bench/api.mjs [--duration 5] [--connections 10] [--json]
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const CHILD = fileURLToPath(new URL('./server-child.mjs', import.meta.url));

function start(mode) {
  const child = fork(CHILD, [mode], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const info = {};
  return new Promise((resolve, reject) => {
    child.on('message', (m) => {
      Object.assign(info, m);
      if (m.url) resolve({ child, ...info });
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited ${code}`)));
  });
}

function ask(child, message) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send(message);
  });
}

async function stop(child) {
  const rss = (await ask(child, 'rss')).rss;
  child.removeAllListeners('exit');
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.send('exit');
  });
  return rss;
}

function cannon(opts) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, pipelining: 1, ...opts }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

async function measure(name, opts) {
  await cannon({ ...opts, duration: 1 }); // warm-up (JIT, caches)
  const r = await cannon({ ...opts, duration });
  const bad = r.non2xx + r.errors + r.timeouts;
  return {
    name,
    rps: Math.round(r.requests.average),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    requests: r.requests.total,
    failures: bad,
  };
}

const api = await start('api');
const pk = 'pk_demo_tsunagu_examples';
let seq = 0;
const report = JSON.stringify({
  path: 'about_someone',
  reporter_role: 'business',
  danger_now: 'no',
  ward_id: 'naka',
  age_group: 'senior_65_plus',
  signs: ['mail_piling_up'],
  concerns: ['money_debt'],
  consent: 'not_asked',
  free_text: '郵便受けがいっぱいで、最近お見かけしない。',
});
const results = [];
results.push(
  await measure('POST /v1/concern-reports', {
    url: `${api.url}/v1/concern-reports`,
    requests: [
      {
        method: 'POST',
        body: report,
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, 'Idempotency-Key': `bench-${process.pid}-${++seq}` },
        }),
      },
    ],
    headers: { Authorization: `Bearer ${pk}`, 'Content-Type': 'application/json' },
  }),
);
results.push(
  await measure('GET /v1/windows?near=35.4437,139.6380', {
    url: `${api.url}/v1/windows?near=35.4437,139.6380`,
    headers: { Authorization: `Bearer ${pk}` },
  }),
);
// the same search from points all over the city: no response-cache hits, the real work per request
let pointSeed = 7;
const nextPoint = () => {
  pointSeed = (pointSeed * 1103515245 + 12345) % 2 ** 31;
  const a = pointSeed / 2 ** 31;
  pointSeed = (pointSeed * 1103515245 + 12345) % 2 ** 31;
  const b = pointSeed / 2 ** 31;
  return `${(35.33 + a * 0.22).toFixed(5)},${(139.48 + b * 0.2).toFixed(5)}`;
};
results.push(
  await measure('GET /v1/windows?near=<varied>', {
    url: api.url,
    requests: [
      { method: 'GET', setupRequest: (req) => ({ ...req, path: `/v1/windows?near=${nextPoint()}` }) },
    ],
    headers: { Authorization: `Bearer ${pk}` },
  }),
);
const apiRss = await stop(api.child);
if (api.dir) rmSync(api.dir, { recursive: true, force: true });

const bare = await start('bare');
results.push(await measure('GET /bare (bare Hono)', { url: `${bare.url}/bare` }));
const bareRss = await stop(bare.child);

const bareRps = results[3].rps;
const windowsVsBare = results[1].rps / bareRps;
const variedVsBare = results[2].rps / bareRps;
if (values.json) {
  console.log(
    JSON.stringify(
      {
        duration_s: duration,
        connections,
        results,
        windows_vs_bare: windowsVsBare,
        windows_varied_vs_bare: variedVsBare,
        peak_rss_bytes: { api: apiRss, bare: bareRss },
      },
      null,
      2,
    ),
  );
} else {
  console.log(
    `tsunagu API bench — ${duration} s per case, ${connections} connections, loopback, Node ${process.version}`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(38)} ${String(r.rps).padStart(7)} req/s   p50 ${String(r.p50_ms).padStart(3)} ms   p99 ${String(r.p99_ms).padStart(3)} ms   (${r.requests} requests, ${r.failures} failures)`,
    );
  }
  console.log(
    `windows / bare Hono: ${(windowsVsBare * 100).toFixed(1)} % (fixed point, response cache), ${(variedVsBare * 100).toFixed(1)} % (varied points)`,
  );
  console.log(
    `peak RSS: api server ${(apiRss / 1048576).toFixed(1)} MiB, bare Hono ${(bareRss / 1048576).toFixed(1)} MiB`,
  );
}
