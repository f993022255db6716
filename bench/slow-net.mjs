#!/usr/bin/env node
// How long a person waits on a throttled phone, measured as an outsider would (issue #18): the built embed
// (packages/embed/dist) served compressed like a CDN, the real reference server in its own process, and
// Debian's Chromium driven over CDP with network emulation and a 4x CPU slowdown, cold cache each run.
// For each page and profile it prints the median of the runs: ms from navigation to the first usable thing
// of each widget (a DOM condition, see READY below), bytes on the wire and requests until then, and the
// critical chain of requests (what waited for what) of the median run. Times are printed against the
// targets and never fail the run; bytes before first screen are enforced by bench/size.mjs instead.
// Usage: flock /tmp/tsunagu-chromium.lock node bench/slow-net.mjs [--runs 3] [--page finder] [--profile slow]
//        [--no-build] [--json] [--chain]
import { fork, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

const root = new URL('../', import.meta.url).pathname;
const dist = join(root, 'packages/embed/dist');
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    page: { type: 'string', multiple: true },
    profile: { type: 'string', multiple: true },
    'no-build': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    chain: { type: 'boolean', default: false },
  },
});

/** Network profiles: the throttled phone of the issue, and a fast 4G phone; both with a 4x slower CPU. */
const PROFILES = {
  slow: { label: '128 kbps', down: 128_000, up: 64_000, rtt: 400, cpu: 4 },
  fast: { label: 'fast 4G', down: 9_000_000, up: 4_000_000, rtt: 60, cpu: 4 },
};

/**
 * What counts as usable, per widget, as a condition on its shadow DOM (checked every animation frame):
 * report: the first question's input exists and is enabled; finder: the person's ward window or, before a
 * place is known, the "not sure?" card with the 24-hour lines; sign-up: the first activity listed.
 * `finder-results` (the first result card) is printed for information.
 */
const READY = {
  report: ['tsunagu-concern-report', 'input:not([disabled]), textarea:not([disabled])'],
  finder: ['tsunagu-window-finder', '#fallback .emergency-link, article.card.own_ward'],
  'finder-results': ['tsunagu-window-finder', 'article.card'],
  signup: ['tsunagu-watch-signup', 'li.card'],
};

/** Pages: which entry, which widgets, which targets (ms, 128 kbps / fast 4G). */
const PAGES = {
  report: {
    label: 'report alone (first question)',
    entry: 'concern-report.js',
    tags: ['tsunagu-concern-report'],
    marks: ['report'],
    targets: { report: { slow: 2500, fast: 800 } },
  },
  finder: {
    label: 'finder alone (first useful answer)',
    entry: 'window-finder.js',
    tags: ['tsunagu-window-finder'],
    marks: ['finder', 'finder-results'],
    targets: { finder: { slow: 3000, fast: 800 } },
  },
  signup: {
    label: 'sign-up alone (first activity)',
    entry: 'watch-signup.js',
    tags: ['tsunagu-watch-signup'],
    marks: ['signup'],
    targets: { signup: { slow: 3000, fast: 800 } },
  },
  all: {
    label: 'all three through tsunagu.js',
    entry: 'tsunagu.js',
    tags: ['tsunagu-window-finder', 'tsunagu-concern-report', 'tsunagu-watch-signup'],
    marks: ['finder', 'report', 'signup', 'finder-results'],
    targets: { first: { slow: 3000 }, all: { slow: 5000 } },
  },
};

const pages = args.page?.length ? args.page : Object.keys(PAGES);
const profiles = args.profile?.length ? args.profile : Object.keys(PROFILES);
const runs = Math.max(1, Number(args.runs));

if (!args['no-build']) {
  const built = spawnSync(process.execPath, ['packages/embed/build.mjs'], { cwd: root, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`embed build failed:\n${built.stderr}`);
}

// The CDN: the embed folder, each file gzipped once (level 9, as a CDN keeps it), plus the bench pages.
const gzipped = new Map();
const TYPES = { '.js': 'text/javascript; charset=utf-8', '.html': 'text/html; charset=utf-8' };
let api = { url: '', key: '' };
function pageHtml(name) {
  const page = PAGES[name];
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${page.label}</title>
<link rel="icon" href="data:,">
<script type="module" src="/embed/${page.entry}" data-api-base="${api.url}" data-key="${api.key}"></script>
</head><body><main><h1>困ったときの相談窓口</h1><p>ことぶきマートから、横浜市の相談窓口のご案内です。</p>
${page.tags.map((tag) => `<${tag}></${tag}>`).join('\n')}</main></body></html>`;
}
const cdn = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  let body;
  if (path.startsWith('/embed/')) {
    const file = normalize(join(dist, path.slice('/embed/'.length)));
    if (!file.startsWith(dist) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
    body = gzipped.get(file);
  } else if (/^\/\w+\.html$/.test(path) && PAGES[path.slice(1, -5)]) {
    body = gzipSync(pageHtml(path.slice(1, -5)));
  } else {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-encoding': 'gzip',
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${api.url}`,
    'cache-control': 'public, max-age=3600',
  });
  res.end(body);
});
await new Promise((resolve) => cdn.listen(0, '127.0.0.1', resolve));
const site = `http://127.0.0.1:${cdn.address().port}`;

const server = fork(new URL('./slow-net-server.mjs', import.meta.url).pathname, [site], {
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
api = await new Promise((resolve, reject) => {
  server.once('message', resolve);
  server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
});

/** Runs in the page before any script: records when each READY condition first holds. */
function watchReady(ready) {
  const marks = {};
  globalThis.__tsunaguMarks = marks;
  const find = (node, selector) => {
    if (!node) return false;
    if (node.querySelector(selector)) return true;
    for (const el of node.querySelectorAll('*'))
      if (el.shadowRoot && find(el.shadowRoot, selector)) return true;
    return false;
  };
  const tick = () => {
    for (const [name, [tag, selector]] of Object.entries(ready)) {
      if (marks[name] !== undefined) continue;
      for (const host of document.querySelectorAll(tag))
        if (find(host.shadowRoot, selector)) marks[name] = performance.now();
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

const short = (url) =>
  url
    .replace(site, '')
    .replace(api.url, 'API')
    .replace(/([?&]key=)[^&]+/, '$1…');

async function measure(browser, pageName, profileName) {
  const page = PAGES[pageName];
  const profile = PROFILES[profileName];
  const context = await browser.newContext({ viewport: { width: 360, height: 760 }, locale: 'ja-JP' });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const requests = new Map();
  let t0 = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (t0 === null) t0 = e.timestamp;
    const frames = e.initiator.stack?.callFrames ?? e.initiator.stack?.parent?.callFrames ?? [];
    requests.set(e.requestId, {
      url: e.request.url,
      method: e.request.method,
      start: e.timestamp,
      initiator: e.initiator.url ?? frames[0]?.url ?? null,
      preflight: e.type === 'Preflight' || e.request.method === 'OPTIONS',
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.status = e.response.status;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: 0, failed: e.errorText });
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.rtt,
    downloadThroughput: profile.down / 8,
    uploadThroughput: profile.up / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  const ready = Object.fromEntries(page.marks.map((m) => [m, READY[m]]));
  await tab.addInitScript(watchReady, ready);
  await tab.goto(`${site}/${pageName}.html`, { waitUntil: 'commit' });
  await tab
    .waitForFunction((n) => Object.keys(globalThis.__tsunaguMarks ?? {}).length >= n, page.marks.length, {
      timeout: 60_000,
      polling: 250,
    })
    .catch(() => {}); // a condition that never held is printed as missing
  const marks = await tab.evaluate(() => globalThis.__tsunaguMarks);
  for (const name of page.marks) marks[name] ??= Infinity;
  // requests still in flight a little after the last mark belong to "the rest"; let them finish for the total
  await tab.waitForTimeout(profileName === 'slow' ? 3000 : 500);
  await context.close();
  const list = [...requests.values()]
    .filter((r) => !r.url.startsWith('data:'))
    .map((r) => ({
      ...r,
      start: (r.start - t0) * 1000,
      end: r.end === undefined ? null : (r.end - t0) * 1000,
    }))
    .sort((a, b) => a.start - b.start);
  const until = (ms) => {
    const done = list.filter((r) => r.end !== null && r.end <= ms);
    return { bytes: done.reduce((n, r) => n + (r.bytes ?? 0), 0), requests: done.length };
  };
  const result = { page: pageName, profile: profileName, marks: {}, requests: list };
  for (const [name, ms] of Object.entries(marks)) result.marks[name] = { ms: Math.round(ms), ...until(ms) };
  if (pageName === 'all') {
    const primary = ['finder', 'report', 'signup'].map((m) => marks[m]);
    result.marks.first = { ms: Math.round(Math.min(...primary)), ...until(Math.min(...primary)) };
    result.marks.all = { ms: Math.round(Math.max(...primary)), ...until(Math.max(...primary)) };
  }
  result.total = until(Infinity);
  return result;
}

/** The chain that the mark waited on: the last request to finish before it, then who started that, … */
function criticalChain(result, mark) {
  const at = result.marks[mark].ms;
  const done = result.requests.filter((r) => r.end !== null && r.end <= at && !r.preflight);
  const chain = [];
  let current = done.reduce((a, b) => (b.end > (a?.end ?? -1) ? b : a), null);
  while (current) {
    chain.unshift(current);
    const parent = current.initiator;
    current = parent ? done.find((r) => r.url === parent && r !== current) : null;
  }
  return chain;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const report = [];
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  for (const pageName of pages) {
    for (const profileName of profiles) {
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await measure(browser, pageName, profileName));
      const page = PAGES[pageName];
      const primary = pageName === 'all' ? 'all' : page.marks[0];
      // the run whose main mark is the median one: its chain and bytes are shown
      const sorted = [...samples].sort((a, b) => a.marks[primary].ms - b.marks[primary].ms);
      const mid = sorted[Math.floor((sorted.length - 1) / 2)];
      const row = { page: pageName, profile: profileName, runs, marks: {}, total: mid.total };
      for (const name of Object.keys(mid.marks)) {
        const target = page.targets[name]?.[profileName];
        row.marks[name] = {
          ms: median(samples.map((s) => s.marks[name].ms)),
          samples: samples.map((s) => s.marks[name].ms),
          bytes: mid.marks[name].bytes,
          requests: mid.marks[name].requests,
          ...(target ? { target, meets: median(samples.map((s) => s.marks[name].ms)) <= target } : {}),
        };
      }
      row.chain = criticalChain(mid, primary === 'all' ? 'all' : primary).map((r) => ({
        url: short(r.url),
        start: Math.round(r.start),
        end: Math.round(r.end),
        bytes: r.bytes,
        from: r.initiator ? short(r.initiator) : null,
      }));
      row.requests = mid.requests.map((r) => ({
        url: short(r.url),
        method: r.method,
        start: Math.round(r.start),
        end: r.end === null ? null : Math.round(r.end),
        bytes: r.bytes ?? 0,
        status: r.status ?? r.failed ?? null,
      }));
      report.push(row);
      if (!args.json) print(row);
    }
  }
} finally {
  await browser.close();
  server.send('exit');
  cdn.close();
}
if (args.json) console.log(JSON.stringify(report, null, 2));

function print(row) {
  const page = PAGES[row.page];
  console.log(`\n${page.label} — ${PROFILES[row.profile].label} (median of ${row.runs})`);
  for (const [name, m] of Object.entries(row.marks)) {
    const verdict = m.target ? `target ≤ ${m.target} ms: ${m.meets ? 'met' : 'MISSED'}` : '';
    console.log(
      `  ${name.padEnd(15)} ${String(m.ms).padStart(6)} ms  ${kb(m.bytes).padStart(9)}  ${String(m.requests).padStart(3)} requests   ${verdict}  [${m.samples.join(', ')}]`,
    );
  }
  console.log(
    `  ${'everything'.padEnd(15)} ${''.padStart(9)} ${kb(row.total.bytes).padStart(9)}  ${String(row.total.requests).padStart(3)} requests`,
  );
  console.log('  critical chain:');
  for (const r of row.chain)
    console.log(
      `    ${String(r.start).padStart(6)} → ${String(r.end).padStart(6)} ms ${kb(r.bytes).padStart(9)}  ${r.url}`,
    );
  if (args.chain) {
    console.log('  all requests:');
    for (const r of row.requests)
      console.log(
        `    ${String(r.start).padStart(6)} → ${String(r.end ?? '-').padStart(6)} ms ${kb(r.bytes).padStart(9)}  ${r.method} ${r.url} ${r.status}`,
      );
  }
}
