#!/usr/bin/env node
// The consumer suite: installs the packed tarballs (.pack/, from scripts/pack.mjs) with npm into ONE scratch
// project outside the workspace — as a stranger would, so nothing resolves from this repository's
// node_modules — and uses them the ways our users do:
//   server      `npx tsunagu-server serve --db ./t.db --seed yokohama` (plain Node, no tsx) answers /healthz
//   node-sdk    a Node ESM script: windows near a town, a report with an idempotency key, its status
//   typescript  strict projects under moduleResolution nodenext and bundler typecheck SDK calls and error
//               narrowing; a report without a required field must fail to compile
//   vite-app    Vite 7 app registering one widget from @tsunagu/elements, rendered in Chromium
//   vue-app     Vue 3 app (custom elements configured for Vue), vue-tsc-checked, event handler fires
//   react-app   React 19 app with the @tsunagu/elements/react wrappers, tsc-checked, event handler fires
//
//   node examples/consumers/run.mjs [--no-pack]   (builds and packs first; --no-pack uses .pack/ as it is,
//                                                  as `pnpm test` does right after its packages step)
// The scratch project is $TMPDIR/tsunagu-consumers-<checkout hash> (kept between runs so npm reuses what it installed, e.g.
// better-sqlite3's native build; the tarballs are reinstalled every run).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { pack } from '../../scripts/pack.mjs';
import { buildCdn } from '../../scripts/build-cdn.mjs';
import { runSnippets } from './snippets.mjs';

const here = new URL('./', import.meta.url).pathname;
const root = new URL('../../', import.meta.url).pathname;
// One scratch folder per checkout, so two clones (or two engineers) never share one.
const scratch =
  process.env.TSUNAGU_CONSUMERS_DIR ??
  join(tmpdir(), `tsunagu-consumers-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
const PROJECTS = ['node-sdk', 'typescript', 'vite-app', 'vue-app', 'react-app'];

const started = Date.now();
const results = [];
function record(name, ok, detail = '') {
  results.push({ name, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}
async function check(name, fn) {
  try {
    const detail = await fn();
    record(name, true, detail ?? '');
  } catch (error) {
    record(name, false, error instanceof Error ? error.message : String(error));
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** Runs a command in the scratch project; resolves with its output, rejects with it on a non-zero exit. */
function run(command, args, { env = {}, cwd = scratch, expectFailure = false } = {}) {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if ((result.status === 0) === expectFailure) {
    throw new Error(
      `${command} ${args.join(' ')} exited ${result.status}${expectFailure ? ' (expected a failure)' : ''}\n${output}`,
    );
  }
  return output;
}

// 1. The tarballs.
const packsFile = join(root, '.pack/packs.json');
const packs =
  process.argv.includes('--no-pack') && existsSync(packsFile)
    ? JSON.parse(readFileSync(packsFile, 'utf8'))
    : pack();

// 2. One scratch project for every consumer: one npm install.
mkdirSync(scratch, { recursive: true });
for (const project of PROJECTS) {
  rmSync(join(scratch, project), { recursive: true, force: true });
  cpSync(join(here, project), join(scratch, project), { recursive: true });
}
rmSync(join(scratch, 'node_modules/@tsunagu'), { recursive: true, force: true });
rmSync(join(scratch, 'package-lock.json'), { force: true });
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify(
    {
      name: 'tsunagu-consumers',
      private: true,
      type: 'module',
      dependencies: {
        ...Object.fromEntries(packs.map((p) => [p.name, `file:${p.file}`])),
        '@lit/react': '^1.0.8',
        react: '^19.3.1',
        'react-dom': '^19.3.1',
        vue: '^3.5.0',
      },
      devDependencies: {
        '@types/node': '^20.19.0',
        '@types/react': '^19.3.3',
        '@types/react-dom': '^19.3.0',
        '@vitejs/plugin-vue': '^6.0.0',
        typescript: '5.9.3',
        vite: '~7.3.8',
        'vue-tsc': '^3.0.0',
      },
    },
    null,
    2,
  ),
);
const installStarted = Date.now();
await check('npm install (tarballs + frameworks)', () => {
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    env: { npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr' },
  });
  return `${((Date.now() - installStarted) / 1000).toFixed(1)} s`;
});

// 3. A static server for the built apps (its origin is the one the demo key allows), and the API server.
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const statics = createServer((req, res) => {
  const path = normalize(join(scratch, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(scratch) || !existsSync(path)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((resolve) => statics.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${statics.address().port}`;

let server;
let apiBase = '';
let secretKey = '';
const serverDir = join(scratch, 'server-run');
await check('npx tsunagu-server serve answers /healthz (no tsx installed)', async () => {
  assert(!existsSync(join(scratch, 'node_modules/tsx')), 'tsx was installed: the server must not need it');
  rmSync(serverDir, { recursive: true, force: true });
  mkdirSync(serverDir);
  server = spawn(
    'npx',
    ['--no-install', 'tsunagu-server', 'serve', '--db', './t.db', '--seed', 'yokohama', '--port', '0'],
    {
      cwd: serverDir,
      env: { ...process.env, TSUNAGU_DEMO_ORIGINS: origin },
      stdio: ['ignore', 'pipe', 'pipe'],
      // its own process group: npx runs the server as a child, and stopping npx alone would leave it running
      detached: true,
    },
  );
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  apiBase = await new Promise((resolve, reject) => {
    let out = '';
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve(line.trim());
    });
    server.once('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)));
  });
  assert(/^http:\/\/127\.0\.0\.1:\d+$/.test(apiBase), `first line is not a URL: ${apiBase}`);
  const health = await fetch(`${apiBase}/healthz`);
  assert(health.status === 200, `/healthz answered ${health.status}`);
  secretKey = readFileSync(join(serverDir, 't.db.demo-secret-key'), 'utf8').trim();
  assert(secretKey.startsWith('sk_'), 'no demo secret key written');
  return `${apiBase} → ${health.status} ${JSON.stringify(await health.json())}`;
});
const demoKey = 'pk_demo_tsunagu_examples';

// 4. Node SDK script.
await check('node-sdk: windows near 寿町, idempotent report, status', () => {
  assert(apiBase, 'no server');
  const out = run('node', ['node-sdk/sdk-script.mjs'], {
    env: { TSUNAGU_API: apiBase, TSUNAGU_SECRET_KEY: secretKey },
  });
  const result = JSON.parse(out.trim().split('\n').pop());
  assert(result.ward === 'naka', `寿町 resolved to ward ${result.ward}, not naka`);
  assert(
    result.windows.length > 0 && result.firstServesArea === true,
    `windows: ${JSON.stringify(result.windows)}`,
  );
  assert(/^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/.test(result.reference), `reference ${result.reference}`);
  assert(result.replayedSame, 'the same idempotency key created a second report');
  assert(result.status === 'received', `status ${result.status}`);
  assert(
    result.validation?.some((f) => f.startsWith('consent:')),
    `validation error fields: ${result.validation}`,
  );
  return `${result.windows.length} windows, ${result.reference} ${result.status}`;
});

// 5. TypeScript projects.
const tsc = ['node_modules/typescript/bin/tsc'];
await check(
  'typescript: strict, moduleResolution nodenext',
  () => void run('node', [...tsc, '-p', 'typescript/tsconfig.nodenext.json']),
);
await check(
  'typescript: strict, moduleResolution bundler (+ DOM, elements)',
  () => void run('node', [...tsc, '-p', 'typescript/tsconfig.bundler.json']),
);
await check(
  'typescript: the server API and its testing helper (nodenext)',
  () => void run('node', [...tsc, '-p', 'typescript/tsconfig.server.json']),
);
await check('typescript: a report without consent does not compile', () => {
  const out = run('node', [...tsc, '-p', 'typescript/tsconfig.fails.json'], { expectFailure: true });
  assert(/TS2741/.test(out) && /'consent'/.test(out), `unexpected errors:\n${out}`);
  return out.match(/error TS2741: Property 'consent' is missing/)?.[0];
});
await check(
  'vue-app: vue-tsc',
  () => void run('node', ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'vue-app/tsconfig.json']),
);
await check(
  'react-app: tsc (typed wrappers)',
  () => void run('node', [...tsc, '-p', 'react-app/tsconfig.json']),
);

// 6. Vite builds, then each app in Chromium against the server.
const env = { VITE_TSUNAGU_API: apiBase, VITE_TSUNAGU_KEY: demoKey };
for (const app of ['vite-app', 'vue-app', 'react-app']) {
  await check(`${app}: vite build`, () => {
    run('node', ['node_modules/vite/bin/vite.js', 'build', '--config', `${app}/vite.config.mjs`], { env });
    assert(existsSync(join(scratch, app, 'dist/index.html')), 'no dist/index.html');
  });
}

// The CDN folder (pnpm build:cdn) served as a CDN would, its snippet pasted into a page; and a tampered copy
// that the snippet's integrity hash must block.
const { manifest: cdn, snippet } = await buildCdn();
const cdnPage = (folder) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>CDN snippet</title></head><body>
${snippet
  .replace(`https://cdn.example.jp/${cdn.folder}/`, `${origin}/${folder}/${cdn.folder}/`)
  .replace('https://api.example.jp', apiBase)
  .replace('pk_…', demoKey)
  .replace('<script', '<script onerror="document.body.dataset.blocked = 1"')}
<tsunagu-window-finder ward="naka"></tsunagu-window-finder></body></html>`;
for (const folder of ['cdn', 'cdn-tampered']) {
  rmSync(join(scratch, folder), { recursive: true, force: true });
  cpSync(join(root, 'dist/cdn', cdn.folder), join(scratch, folder, cdn.folder), { recursive: true });
  writeFileSync(join(scratch, folder, 'index.html'), cdnPage(folder));
}
const tampered = join(scratch, 'cdn-tampered', cdn.folder, 'tsunagu.js');
writeFileSync(tampered, `${readFileSync(tampered, 'utf8')}\n// changed on the way\n`);

const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  await check(`cdn: the pasted snippet (${cdn.folder}, SRI) loads the finder`, async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/cdn/index.html`);
    await page.waitForFunction(
      () =>
        document.querySelector('tsunagu-window-finder')?.shadowRoot?.querySelector('.count, [role="alert"]'),
      undefined,
      { timeout: 15000 },
    );
    const alert = await page.evaluate(
      () =>
        document.querySelector('tsunagu-window-finder').shadowRoot.querySelector('[role="alert"]')
          ?.textContent,
    );
    assert(!alert, `the finder shows an error: ${alert}`);
    await page.close();
    return `${Object.keys(cdn.files).length} files`;
  });
  await check('cdn: a changed file is blocked by the snippet’s integrity hash', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/cdn-tampered/index.html`);
    await page.waitForFunction(() => document.body.dataset.blocked === '1', undefined, { timeout: 10000 });
    const defined = await page.evaluate(() => Boolean(customElements.get('tsunagu-window-finder')));
    assert(!defined, 'the tampered script ran');
    await page.close();
  });
  for (const app of ['vite-app', 'vue-app', 'react-app']) {
    await check(
      `${app}: the finder renders results in Chromium${app === 'vite-app' ? '' : ' and the handler fires'}`,
      async () => {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${origin}/${app}/dist/index.html`);
        await page.waitForFunction(
          () =>
            document
              .querySelector('tsunagu-window-finder')
              ?.shadowRoot?.querySelector('.count, [role="alert"]'),
          undefined,
          { timeout: 15000 },
        );
        const shown = await page.evaluate(() => {
          const root = document.querySelector('tsunagu-window-finder').shadowRoot;
          return {
            count: root.querySelector('.count')?.textContent?.trim() ?? null,
            alert: root.querySelector('[role="alert"]')?.textContent?.trim() ?? null,
            cards: root.querySelectorAll('[part~="result"]').length,
          };
        });
        assert(!shown.alert, `the finder shows an error: ${shown.alert}`);
        assert(shown.cards > 0, 'no result cards');
        let handler = '';
        if (app === 'vite-app') {
          await page.waitForFunction(() => Number(document.body.dataset.results) > 0, undefined, {
            timeout: 5000,
          });
        } else {
          await page.waitForFunction(
            () => /^\d+ windows$/.test(document.querySelector('#count')?.textContent ?? ''),
            undefined,
            {
              timeout: 5000,
            },
          );
          handler = `, handler: ${await page.textContent('#count')}`;
        }
        if (app === 'react-app') {
          // the help card wrapper, with the key passed as publishableKey, loads 中区's window
          await page.waitForFunction(
            () =>
              document
                .querySelector('tsunagu-help-card')
                ?.shadowRoot?.querySelector('.help-office-name')
                ?.textContent?.includes('中区'),
            undefined,
            { timeout: 10000 },
          );
          handler += ', help card: 中区';
        }
        assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
        await page.close();
        return `${shown.cards} cards, "${shown.count}"${handler}`;
      },
    );
  }
  // 7. Every snippet of the docs, against the same server, CDN folder and installed packages.
  await runSnippets({ scratch, apiBase, secretKey, demoKey, origin, browser, cdn, packs, check });
} finally {
  await browser.close();
  if (server) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  statics.close();
}

const failed = results.filter((r) => !r.ok);
console.log(
  `\nconsumers: ${results.length - failed.length} passed, ${failed.length} failed (${((Date.now() - started) / 1000).toFixed(1)} s, scratch ${scratch})`,
);
process.exit(failed.length ? 1 : 0);
