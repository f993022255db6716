#!/usr/bin/env node
// API benchmark on loopback, bounded: autocannon for 5 s per case (after a 1 s warm-up), in rounds, against
//   1. GET  /v1/windows?near=… (the finder's hot path; one point, so the response cache answers)
//   2. GET  /v1/windows?near=… with a different point per request (no cache hits: the real work)
//   3. a bare Hono route on @hono/node-server (the ceiling on this machine), right after the window cases
//   4. POST /v1/concern-reports (a unique Idempotency-Key per request, shaped like the SDK's unless
//      `--keys random`; last in each round, so its WAL checkpoints do not land in the read figures)
// and prints the medians over the rounds (and each round) of req/s, p50/p99 latency, the servers' CPU
// time per request, the windows/bare ratios, and the servers' peak RSS.
// The window cases send a browser's Accept-Encoding (so compression's CPU is counted); `--accept-encoding ''`
// measures uncompressed answers.
// The server runs as production runs it, built JavaScript under plain Node (bench/build.mjs);
// `--runtime tsx` runs the TypeScript sources through tsx instead (its loader adds ~45 MiB of RSS).
// Usage: node packages/server/bench/api.mjs [--duration 5] [--connections 10] [--rounds 3] [--keys sdk|random]
//        [--accept-encoding 'gzip, deflate, br'] [--runtime built|tsx] [--json]
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildServer } from './build.mjs';
import { DEMO_KEY, keyMaker, pointMaker, SAMPLE_REPORT } from './load.mjs';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    keys: { type: 'string', default: 'sdk' },
    'accept-encoding': { type: 'string', default: 'gzip, deflate, br, zstd' },
    runtime: { type: 'string', default: 'built' },
    // the production setting docs/server.md recommends; pass --server-flags='' to see Node's defaults
    'server-flags': { type: 'string', default: '--max-semi-space-size=4' },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const roundCount = Math.max(1, Number(values.rounds));
const CHILD = fileURLToPath(new URL('./server-child.mjs', import.meta.url));

const runtime = values.runtime === 'tsx' ? 'tsx' : await buildServer();

function start(mode) {
  const child = fork(CHILD, [mode, runtime], {
    execArgv: mode === 'api' ? values['server-flags'].split(' ').filter(Boolean) : [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const info = {};
  return new Promise((resolve, reject) => {
    child.on('message', (m) => {
      Object.assign(info, m);
      if (m.url) resolve({ child, ...info });
    });
    child.once('exit', (code) => reject(new Error(`${mode} server exited ${code}`)));
  });
}

function ask(child, message, field) {
  return new Promise((resolve) => {
    const listener = (m) => {
      if (m[field] === undefined) return;
      child.off('message', listener);
      resolve(m[field]);
    };
    child.on('message', listener);
    child.send(message);
  });
}

async function stop(child) {
  const rss = await ask(child, 'rss', 'rss');
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

async function measure(name, child, opts) {
  await cannon({ ...opts, duration: 1 }); // warm-up (JIT, caches)
  const cpuBefore = await ask(child, 'cpu', 'cpu_us');
  const r = await cannon({ ...opts, duration });
  const cpuUs = (await ask(child, 'cpu', 'cpu_us')) - cpuBefore;
  return {
    name,
    rps: Math.round(r.requests.average),
    p50_ms: r.latency.p50,
    p99_ms: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts,
    server_cpu_us_per_request: Math.round(cpuUs / Math.max(1, r.requests.total)),
  };
}

// On a virtual machine the host may run others on "our" cores (steal time): the share of CPU time taken
// during the run says how much to trust the req/s figures (Linux only).
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.slice(0, 8).reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}
const cpuAtStart = cpuTimes();

const pk = DEMO_KEY;
const readHeaders = {
  Authorization: `Bearer ${pk}`,
  ...(values['accept-encoding'] ? { 'Accept-Encoding': values['accept-encoding'] } : {}),
};
const api = await start('api');
const nextKey = keyMaker(values.keys);
const report = SAMPLE_REPORT;
// the same search from points all over the city (deterministic), so the response cache never answers
const nextPoint = pointMaker();

// The four cases, measured in rounds: within a round the window cases run right before the bare route, so
// a machine whose speed drifts minute to minute (shared cores) moves both sides of each ratio alike; the
// figures printed are the medians over the rounds (each round is listed too).
const bare = await start('bare');
const cases = [
  [
    'GET /v1/windows?near=35.4437,139.6380',
    api.child,
    { url: `${api.url}/v1/windows?near=35.4437,139.6380`, headers: readHeaders },
  ],
  [
    'GET /v1/windows?near=<varied>',
    api.child,
    {
      url: api.url,
      headers: readHeaders,
      requests: [
        { method: 'GET', setupRequest: (req) => ({ ...req, path: `/v1/windows?near=${nextPoint()}` }) },
      ],
    },
  ],
  ['GET /bare (bare Hono)', bare.child, { url: `${bare.url}/bare` }],
  [
    // last in a round, so its WAL checkpoints do not land in the read figures of the same round
    'POST /v1/concern-reports',
    api.child,
    {
      url: `${api.url}/v1/concern-reports`,
      headers: { Authorization: `Bearer ${pk}`, 'Content-Type': 'application/json' },
      requests: [
        {
          method: 'POST',
          body: report,
          setupRequest: (req) => ({
            ...req,
            headers: { ...req.headers, 'Idempotency-Key': nextKey() },
          }),
        },
      ],
    },
  ],
];
const rounds = [];
for (let round = 0; round < roundCount; round++) {
  const measured = [];
  for (const [name, child, opts] of cases) measured.push(await measure(name, child, opts));
  rounds.push(measured);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // let checkpoints settle
}
const apiRss = await stop(api.child);
if (api.dir) rmSync(api.dir, { recursive: true, force: true });
const bareRss = await stop(bare.child);

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const roundRatios = rounds.map(([fixed, varied, bareRoute, reports]) => ({
  windows_fixed_vs_bare_rps: fixed.rps / bareRoute.rps,
  windows_varied_vs_bare_rps: varied.rps / bareRoute.rps,
  windows_fixed_vs_bare_cpu: bareRoute.server_cpu_us_per_request / fixed.server_cpu_us_per_request,
  windows_varied_vs_bare_cpu: bareRoute.server_cpu_us_per_request / varied.server_cpu_us_per_request,
  reports_per_cpu_second: Math.round(1e6 / reports.server_cpu_us_per_request),
}));
const ratios = Object.fromEntries(
  Object.keys(roundRatios[0]).map((k) => [k, median(roundRatios.map((r) => r[k]))]),
);
const results = cases.map(([name], i) => {
  const all = rounds.map((r) => r[i]);
  return {
    name,
    rps: Math.round(median(all.map((r) => r.rps))),
    p50_ms: median(all.map((r) => r.p50_ms)),
    p99_ms: median(all.map((r) => r.p99_ms)),
    requests: all.reduce((n, r) => n + r.requests, 0),
    failures: all.reduce((n, r) => n + r.failures, 0),
    server_cpu_us_per_request: Math.round(median(all.map((r) => r.server_cpu_us_per_request))),
    rps_per_round: all.map((r) => r.rps),
  };
});
const cpuAtEnd = cpuTimes();
const stolen =
  cpuAtStart && cpuAtEnd && cpuAtEnd.total > cpuAtStart.total
    ? (cpuAtEnd.steal - cpuAtStart.steal) / (cpuAtEnd.total - cpuAtStart.total)
    : null;
const machine = {
  load_average_1m: loadavg()[0],
  cores: cpus().length,
  node: process.version,
  cpu_stolen_by_host: stolen,
};
if (values.json) {
  const peak = { api: apiRss, bare: bareRss };
  console.log(
    JSON.stringify(
      {
        duration_s: duration,
        connections,
        rounds: roundCount,
        machine,
        results,
        ratios,
        ratios_per_round: roundRatios,
        peak_rss_bytes: peak,
      },
      null,
      2,
    ),
  );
} else {
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `tsunagu API bench — ${duration} s per case, ${connections} connections, loopback, Node ${process.version}; medians of ${roundCount} rounds`,
  );
  for (const r of results) {
    console.log(
      `${r.name.padEnd(38)} ${String(r.rps).padStart(6)} req/s  p50 ${String(r.p50_ms).padStart(3)} ms  p99 ${String(r.p99_ms).padStart(3)} ms  server CPU ${String(r.server_cpu_us_per_request).padStart(4)} µs/req  (${r.requests} req, ${r.failures} failed; rounds: ${r.rps_per_round.join(' / ')})`,
    );
  }
  console.log(
    `windows / bare Hono, req/s:         ${pct(ratios.windows_fixed_vs_bare_rps)} (one point, cached)   ${pct(ratios.windows_varied_vs_bare_rps)} (varied points)   rounds: ${roundRatios.map((r) => pct(r.windows_varied_vs_bare_rps)).join(' / ')}`,
  );
  console.log(
    `windows / bare Hono, CPU per req:   ${pct(ratios.windows_fixed_vs_bare_cpu)} (one point, cached)   ${pct(ratios.windows_varied_vs_bare_cpu)} (varied points)`,
  );
  console.log(`concern reports per server CPU-second: ${ratios.reports_per_cpu_second}`);
  console.log(
    `peak RSS: api server (${values.runtime === 'tsx' ? 'tsx' : 'built JS'}) ${(apiRss / 1048576).toFixed(1)} MiB, bare Hono ${(bareRss / 1048576).toFixed(1)} MiB`,
  );
  console.log(
    `machine: load average ${machine.load_average_1m.toFixed(1)} on ${machine.cores} cores (shared: other load lowers req/s)` +
      (stolen === null ? '' : `; CPU time taken by the host (steal) during the run: ${pct(stolen)}`),
  );
}
