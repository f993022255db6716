#!/usr/bin/env node
// CPU profile of the API server under one bench case: forks bench/server-child.mjs with --cpu-prof, drives it
// with autocannon, and prints the top self-time functions. Usage:
//   node packages/server/bench/profile.mjs reports|varied|fixed [--duration 5] [--dir /tmp/prof]
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_KEY, keyMaker, pointMaker, SAMPLE_REPORT } from './load.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'no-prof': { type: 'boolean', default: false },
    duration: { type: 'string', default: '5' },
    dir: { type: 'string', default: '/tmp/tsunagu-prof' },
  },
});
const which = positionals[0] ?? 'reports';
const dir = values.dir;
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const CHILD = fileURLToPath(new URL('./server-child.mjs', import.meta.url));
const child = fork(CHILD, ['api'], {
  execArgv: values['no-prof']
    ? process.execArgv
    : [...process.execArgv, '--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval=200'],
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const info = await new Promise((resolve) => {
  const seen = {};
  child.on('message', (m) => {
    Object.assign(seen, m);
    if (m.url) resolve(seen);
  });
});
const pk = DEMO_KEY;
const nextKey = keyMaker();
const point = pointMaker();
const report = SAMPLE_REPORT;
const cases = {
  fixed: { url: `${info.url}/v1/windows?near=35.4437,139.6380`, headers: { Authorization: `Bearer ${pk}` } },
  varied: {
    url: info.url,
    headers: { Authorization: `Bearer ${pk}` },
    requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, path: `/v1/windows?near=${point()}` }) }],
  },
  reports: {
    url: `${info.url}/v1/concern-reports`,
    headers: { Authorization: `Bearer ${pk}`, 'Content-Type': 'application/json' },
    requests: [
      {
        method: 'POST',
        body: report,
        setupRequest: (r) => ({ ...r, headers: { ...r.headers, 'Idempotency-Key': nextKey() } }),
      },
    ],
  },
};
const cpu = () =>
  new Promise((resolve) => {
    const listener = (m) => {
      if (m.cpu_us === undefined) return;
      child.off('message', listener);
      resolve(m.cpu_us);
    };
    child.on('message', listener);
    child.send('cpu');
  });
await new Promise((resolve) => autocannon({ connections: 10, duration: 1, ...cases[which] }, resolve)); // warm-up
const cpuBefore = await cpu();
const result = await new Promise((resolve, reject) =>
  autocannon({ connections: 10, duration: Number(values.duration), ...cases[which] }, (e, r) =>
    e ? reject(e) : resolve(r),
  ),
);
const cpuPerRequest = Math.round(((await cpu()) - cpuBefore) / result.requests.total);
console.log(
  `${which}: ${Math.round(result.requests.average)} req/s, ${result.requests.total} requests, non2xx ${result.non2xx}, server CPU ${cpuPerRequest} µs/req`,
);
await new Promise((resolve) => {
  child.once('exit', resolve);
  child.send('exit');
});
if (info.dir) rmSync(info.dir, { recursive: true, force: true });
if (values['no-prof']) process.exit(0);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const self = new Map();
for (const n of profile.nodes) {
  const { functionName, url, lineNumber } = n.callFrame;
  const key = `${functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + (dt.get(n.id) ?? 0));
}
const perRequest = (us) => (us / result.requests.total).toFixed(1);
console.log(`profile: ${join(dir, file)}; self time per request (µs):`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(`${perRequest(v).padStart(7)}  ${k}`);
// inclusive time: each sample counts once for every distinct function on its stack
const parent = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const { functionName, url, lineNumber } = n.callFrame;
  return `${functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
};
const inclusive = new Map();
for (const [id, us] of dt) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) seen.add(label(byId.get(cur)));
  for (const k of seen) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
}
console.log('inclusive time per request (µs):');
for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60))
  console.log(`${perRequest(v).padStart(7)}  ${k}`);
