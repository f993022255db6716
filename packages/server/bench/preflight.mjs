#!/usr/bin/env node
// What a CORS preflight costs a widget on a slow line, in Chromium (whose network emulation does not delay
// preflights): a page on one origin fetches the API on another through a proxy that adds `--rtt` ms before
// each HTTP exchange, once with the key in `Authorization` (a preflight first) and once as `?key=` (a simple
// request). Prints the time of each fetch and the exchanges the proxy saw. Starts Chromium: run it as
// `flock /tmp/tsunagu-chromium.lock node packages/server/bench/preflight.mjs [--rtt 400]`.
import { createServer, request } from 'node:http';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { register } from 'tsx/esm/api';

const rtt = Number(parseArgs({ options: { rtt: { type: 'string', default: '400' } } }).values.rtt);
register();
const { startTestServer } = await import('../src/testing.ts');

const listen = (server) =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`)),
  );
const page = createServer((_req, res) => res.end('<!doctype html><title>partner page</title>'));
const pageOrigin = await listen(page);
const api = await startTestServer({ origins: [pageOrigin] });
const target = new URL(api.url);
const seen = [];
const proxy = createServer((req, res) => {
  seen.push(req.method);
  setTimeout(() => {
    const options = {
      host: target.hostname,
      port: target.port,
      path: req.url,
      method: req.method,
      headers: req.headers,
    };
    const upstream = request(options, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  }, rtt);
});
const apiOrigin = await listen(proxy);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const tab = await (await browser.newContext()).newPage();
await tab.goto(pageOrigin);
const pk = api.publishableKey;
const plain = { accept: 'application/json', 'accept-language': 'ja' };
const cases = [
  ['Authorization header', '/v1/areas?towns=none', { ...plain, authorization: `Bearer ${pk}` }],
  ['?key=', `/v1/areas?towns=none&key=${pk}`, plain],
  ['Authorization header', '/v1/windows?limit=1', { ...plain, authorization: `Bearer ${pk}` }],
  ['?key=', `/v1/windows?limit=1&key=${pk}`, plain],
];
console.log(`${rtt} ms added before each exchange`);
for (const [name, path, headers] of cases) {
  seen.length = 0;
  const ms = await tab.evaluate(
    async ([url, h]) => {
      const started = performance.now();
      const res = await fetch(url, { headers: h });
      await res.text();
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return performance.now() - started;
    },
    [`${apiOrigin}${path}`, headers],
  );
  console.log(
    `${path.split('?')[0].padEnd(12)} ${name.padEnd(21)} ${String(Math.round(ms)).padStart(5)} ms  ${seen.join(' → ')}`,
  );
}
await browser.close();
proxy.close();
page.close();
await api.close();
