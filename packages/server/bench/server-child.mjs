// Child process for bench/api.mjs: runs either the seeded tsunagu server or a bare Hono route, prints its
// URL, and answers {rss} (peak RSS in bytes) on IPC request. The server is the built bundle given as the
// second argument (bench/build.mjs), or the TypeScript sources through tsx when that is `tsx`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [mode, runtime = 'tsx'] = process.argv.slice(2);
let url;
if (mode === 'bare') {
  const { Hono } = await import('hono');
  const { serve } = await import('@hono/node-server');
  const app = new Hono();
  app.get('/bare', (c) => c.json({ ok: true }));
  url = await new Promise((resolve) =>
    serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve(`http://127.0.0.1:${info.port}`),
    ),
  );
} else {
  let entry = '../src/runtime.ts';
  if (runtime === 'tsx') (await import('tsx/esm/api')).register();
  else entry = pathToFileURL(runtime).href;
  const { startServer } = await import(entry);
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-bench-'));
  const server = await startServer({
    dbPath: join(dir, 'bench.db'),
    seed: 'yokohama',
    port: 0,
    rateLimit: { perKey: 1e9, perClient: 1e9 },
  });
  url = server.url;
  process.send({ secretKey: server.seeded.secretKey, dir });
}
process.on('message', (m) => {
  if (m === 'rss') process.send({ rss: process.resourceUsage().maxRSS * 1024 });
  if (m === 'memory')
    process.send({ memory: { ...process.memoryUsage(), peak: process.resourceUsage().maxRSS * 1024 } });
  if (m === 'cpu') {
    const u = process.cpuUsage();
    process.send({ cpu_us: u.user + u.system });
  }
  if (m === 'exit') process.exit(0);
});
process.send({ url });
