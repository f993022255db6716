// Retries with the real server behind a misbehaving loopback proxy: a lost response and a 503 after the
// server did the work are retried with the SAME idempotency key (the server holds exactly one report);
// timeouts, aborts, unkeyed writes and long Retry-After values.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';
import {
  createClient,
  createStaffClient,
  TsunaguNetworkError,
  TsunaguServerError,
  type StaffClient,
} from './index.js';
import { schoolReferral } from './testing/fixtures.js';
import { startProxy, type ProxyBehaviour, type TestProxy } from './testing/proxy.js';

let server: TestServer;
let staff: StaffClient;
const proxies: TestProxy[] = [];

before(async () => {
  server = await startTestServer();
  staff = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('admin') });
});
after(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await server.close();
});

async function throughProxy(
  behaviour: ProxyBehaviour,
  options: { timeout?: number; retry?: number | { limit?: number; maxDelay?: number } } = {},
) {
  const proxy = await startProxy(server.url, behaviour);
  proxies.push(proxy);
  const client = createClient({
    baseUrl: proxy.url,
    key: server.publishableKey,
    retry: { maxDelay: 50 },
    ...options,
  });
  return { proxy, client };
}

const reportsInWard = async (ward: string) =>
  (await staff.admin.reports.list({ ward }).toArray()).map((r) => r.reference);

test('a response lost after the server stored the report is retried with the same key: one report', async () => {
  const { proxy, client } = await throughProxy({ kind: 'drop-response' });
  const receipt = await client.concernReports.create(schoolReferral({ ward_id: 'tsurumi' }));
  const posts = proxy.requests.filter((r) => r.method === 'POST');
  assert.equal(posts.length, 2, 'the first attempt reached the server, then the SDK retried');
  const keys = posts.map((r) => r.headers['idempotency-key']);
  assert.ok(keys[0] && keys[0] === keys[1], `same key on both attempts: ${keys.join(' / ')}`);
  assert.deepEqual(
    await reportsInWard('tsurumi'),
    [receipt.reference],
    'the server holds exactly one report',
  );
});

test('a 503 after the server stored the report is retried with the same key: one report', async () => {
  const { proxy, client } = await throughProxy({ kind: 'replace-status', status: 503, retryAfter: '0' });
  const receipt = await client.concernReports.create(schoolReferral({ ward_id: 'kohoku' }));
  assert.equal(proxy.requests.length, 2);
  assert.equal(proxy.requests[0]?.headers['idempotency-key'], proxy.requests[1]?.headers['idempotency-key']);
  assert.deepEqual(await reportsInWard('kohoku'), [receipt.reference]);
});

test('each call gets its own key; a caller key is sent unchanged', async () => {
  const { proxy, client } = await throughProxy({ kind: 'pass' });
  await client.concernReports.create(schoolReferral({ ward_id: 'midori' }));
  await client.concernReports.create(schoolReferral({ ward_id: 'midori' }));
  await client.concernReports.create(schoolReferral({ ward_id: 'midori' }), { idempotencyKey: 'my-key-1' });
  const keys = proxy.requests.map((r) => r.headers['idempotency-key']);
  assert.equal(new Set(keys).size, 3);
  assert.equal(keys[2], 'my-key-1');
  assert.equal((await reportsInWard('midori')).length, 3);
});

test('a write without an idempotency key is never retried', async () => {
  const { proxy } = await throughProxy({ kind: 'answer-status', status: 503, retryAfter: '0' });
  const staffViaProxy = createStaffClient({
    baseUrl: proxy.url,
    sessionToken: server.sessionFor('admin'),
    retry: { limit: 3, maxDelay: 20 },
  });
  await assert.rejects(staffViaProxy.admin.windows.delete('whatever'), TsunaguServerError);
  assert.equal(proxy.requests.length, 1);
  assert.equal(proxy.requests[0]?.headers['idempotency-key'], undefined);
});

test('timeout: each attempt is cut off, retried with the same key, then a TsunaguNetworkError "timeout"', async () => {
  const { proxy, client } = await throughProxy(
    { kind: 'delay', ms: 5000 },
    // Generous enough that each attempt reaches the proxy even on a loaded 2-core CI machine.
    { timeout: 1000, retry: { limit: 1, maxDelay: 20 } },
  );
  await assert.rejects(
    client.concernReports.create(schoolReferral({ ward_id: 'sakae' })),
    (err) => err instanceof TsunaguNetworkError && err.reason === 'timeout',
  );
  assert.equal(proxy.requests.length, 2);
  assert.equal(proxy.requests[0]?.headers['idempotency-key'], proxy.requests[1]?.headers['idempotency-key']);
});

test("abort: the caller's signal ends the call at once, with no retry", async () => {
  const { proxy, client } = await throughProxy({ kind: 'delay', ms: 5000 }, { retry: { limit: 3 } });
  const controller = new AbortController();
  const pending = client.areas.list({ signal: controller.signal });
  while (proxy.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
  controller.abort();
  await assert.rejects(pending, (err) => err instanceof TsunaguNetworkError && err.reason === 'aborted');
  assert.equal(proxy.requests.length, 1);

  await assert.rejects(
    client.areas.list({ signal: AbortSignal.abort() }),
    (err) => err instanceof TsunaguNetworkError && err.reason === 'aborted',
  );
  assert.equal(proxy.requests.length, 1, 'an already aborted signal sends nothing');
});

test('abort during a Retry-After wait stops retrying', async () => {
  const { proxy, client } = await throughProxy({ kind: 'answer-status', status: 503, retryAfter: '5' });
  const controller = new AbortController();
  const pending = client.windows.list({ ward: 'naka' }, { signal: controller.signal }).page();
  while (proxy.requests.length === 0) await new Promise((r) => setTimeout(r, 10));
  controller.abort();
  await assert.rejects(pending, (err) => err instanceof TsunaguNetworkError && err.reason === 'aborted');
  assert.equal(proxy.requests.length, 1);
});

test('a short Retry-After on 503 is honoured and the GET succeeds', async () => {
  const { proxy, client } = await throughProxy({
    kind: 'answer-status',
    status: 503,
    retryAfter: '0',
    count: 2,
  });
  const { wards } = await client.areas.list();
  assert.equal(wards.length, 18);
  assert.equal(proxy.requests.length, 3);
});
