// Every error class, produced by the real reference server (or, for 5xx and network failures, by a
// misbehaving loopback proxy / a closed port in front of it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';
import type { ConcernReportInput } from '@tsunagu/schema';
import {
  createClient,
  createStaffClient,
  TsunaguAuthError,
  TsunaguConflictError,
  TsunaguError,
  TsunaguNetworkError,
  TsunaguNotFoundError,
  TsunaguRateLimitError,
  TsunaguResponseError,
  TsunaguServerError,
  TsunaguValidationError,
} from './index.js';
import { schoolReferral } from './testing/fixtures.js';
import { createTransport } from './http.js';
import { closedPort, startProxy } from './testing/proxy.js';

let server: TestServer;
before(async () => {
  server = await startTestServer();
});
after(() => server.close());

/** A fetch that adds an Origin header, as a browser page would. */
const fromOrigin =
  (origin: string): typeof fetch =>
  (input, init) => {
    const request = new Request(input, init);
    request.headers.set('origin', origin);
    return fetch(request);
  };

test('validation: a TsunaguValidationError with stable field codes', async () => {
  const client = createClient({ baseUrl: server.url, key: server.publishableKey });
  const input = {
    ...schoolReferral(),
    path: 'self',
    consent: 'no',
    ward_id: 'atlantis',
  } as ConcernReportInput;
  const err = await client.concernReports.create(input).catch((e: unknown) => e);
  assert.ok(err instanceof TsunaguValidationError, String(err));
  assert.equal(err.status, 422);
  assert.equal(err.type, 'validation_error');
  assert.match(err.requestId ?? '', /^req_/);
  const codes = Object.fromEntries(err.fields.map((f) => [f.path, f.code]));
  assert.equal(codes.reporter_role, 'invalid_choice');
  assert.equal(codes.consent, 'consent_required');
});

test('authentication: an unknown key is a 401 TsunaguAuthError', async () => {
  const client = createClient({ baseUrl: server.url, key: 'pk_not_a_real_key' });
  await assert.rejects(
    client.areas.list(),
    (err) => err instanceof TsunaguAuthError && err.status === 401 && err.code === 'invalid_key',
  );
});

test('permission: a secret key or a session token sent with a browser Origin is a 403 TsunaguAuthError', async () => {
  const partner = createClient({
    baseUrl: server.url,
    key: server.secretKey,
    fetch: fromOrigin(server.origin),
  });
  await assert.rejects(
    partner.admin.activities.list().page(),
    (err) =>
      err instanceof TsunaguAuthError &&
      err.status === 403 &&
      err.type === 'permission_error' &&
      err.code === 'secret_key_from_browser',
  );
  const staff = createStaffClient({
    baseUrl: server.url,
    sessionToken: server.sessionFor('admin'),
    fetch: fromOrigin(server.origin),
  });
  await assert.rejects(
    staff.admin.stats(),
    (err) =>
      err instanceof TsunaguAuthError && err.status === 403 && err.code === 'bearer_session_from_browser',
  );
  const stranger = createClient({
    baseUrl: server.url,
    key: server.publishableKey,
    fetch: fromOrigin('https://not-a-partner.example'),
  });
  await assert.rejects(
    stranger.areas.list(),
    (err) => err instanceof TsunaguAuthError && err.code === 'origin_not_allowed',
  );
  const partnerPage = createClient({
    baseUrl: server.url,
    key: server.publishableKey,
    fetch: fromOrigin(server.origin),
  });
  assert.equal((await partnerPage.areas.list()).wards.length, 18, 'the allowed origin works');
});

test('permission: a partner secret key may not call staff routes (403 role_not_allowed from the server)', async () => {
  // the SDK refuses these locally (staff_session_required); a raw core shows what the server itself says
  const send = createTransport({ baseUrl: server.url, key: server.secretKey });
  await assert.rejects(
    send({ method: 'GET', path: 'admin/reports', schema: null }),
    (err) => err instanceof TsunaguAuthError && err.status === 403 && err.code === 'role_not_allowed',
  );
});

test('rate limit: a TsunaguRateLimitError with retryAfter, not retried when the wait is long', async () => {
  const limited = await startTestServer({ seed: 'none', rateLimit: { perKey: 2, windowMs: 60_000 } });
  const proxy = await startProxy(limited.url, { kind: 'pass' });
  try {
    const client = createClient({ baseUrl: proxy.url, key: limited.publishableKey });
    await client.areas.list();
    await client.areas.list();
    const err = await client.areas.list().catch((e: unknown) => e);
    assert.ok(err instanceof TsunaguRateLimitError, String(err));
    assert.equal(err.status, 429);
    assert.ok(
      err.retryAfter !== undefined && err.retryAfter > 10 && err.retryAfter <= 60,
      `retryAfter ${err.retryAfter}`,
    );
    assert.equal(proxy.requests.length, 3, 'a Retry-After beyond maxRetryAfter is not sat out');
  } finally {
    await proxy.close();
    await limited.close();
  }
});

test('conflict: the same idempotency key with a different body is a TsunaguConflictError', async () => {
  const client = createClient({ baseUrl: server.url, key: server.publishableKey });
  const idempotencyKey = `conflict-${Date.now()}`;
  await client.concernReports.create(schoolReferral(), { idempotencyKey });
  await assert.rejects(
    client.concernReports.create(schoolReferral({ ward_id: 'aoba' }), { idempotencyKey }),
    (err) =>
      err instanceof TsunaguConflictError && err.status === 409 && err.code === 'idempotency_key_reused',
  );
});

test('not found: a TsunaguNotFoundError', async () => {
  const client = createClient({ baseUrl: server.url, key: server.publishableKey });
  await assert.rejects(
    client.activities.get('no-such-activity'),
    (err) => err instanceof TsunaguNotFoundError && err.status === 404,
  );
});

test('network: a closed port is a TsunaguNetworkError with reason "failed"', async () => {
  const client = createClient({
    baseUrl: `http://127.0.0.1:${await closedPort()}`,
    key: server.publishableKey,
    retry: { limit: 1, maxDelay: 20 },
  });
  await assert.rejects(
    client.areas.list(),
    (err) =>
      err instanceof TsunaguNetworkError &&
      err.reason === 'failed' &&
      err.status === undefined &&
      err.cause !== undefined,
  );
});

test('server error: a 5xx that retries do not cure is a TsunaguServerError (also for a proxy HTML page)', async () => {
  const proxy = await startProxy(server.url, { kind: 'answer-status', status: 500 });
  try {
    const client = createClient({
      baseUrl: proxy.url,
      key: server.publishableKey,
      retry: { limit: 2, maxDelay: 20 },
    });
    await assert.rejects(
      client.areas.list(),
      (err) => err instanceof TsunaguServerError && err.status === 500 && err.requestId === 'req_proxy',
    );
    assert.equal(proxy.requests.length, 3, 'a GET is tried 1 + limit times');
  } finally {
    await proxy.close();
  }
  const html = await startProxy(server.url, {
    kind: 'replace-status',
    status: 502,
    count: Infinity,
    json: false,
  });
  try {
    const client = createClient({ baseUrl: html.url, key: server.publishableKey, retry: 0 });
    await assert.rejects(
      client.areas.list(),
      (err) => err instanceof TsunaguServerError && err.status === 502 && err.code === 'http_502',
    );
  } finally {
    await html.close();
  }
});

test('response drift: a body that breaks the contract is a TsunaguResponseError naming the path', async () => {
  const drifting: typeof fetch = async (input, init) => {
    const response = await fetch(new Request(input, init));
    const body = (await response.json()) as { data: { window: Record<string, unknown> }[] };
    const second = body.data[1];
    if (second) second.window.hours = 'weekdays 9-5';
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
  const client = createClient({ baseUrl: server.url, key: server.publishableKey, fetch: drifting });
  const err = await client.windows
    .list({ ward: 'naka', limit: 3 })
    .page()
    .catch((e: unknown) => e);
  assert.ok(err instanceof TsunaguResponseError, String(err));
  assert.equal(err.path, 'data.1.window.hours');
  assert.match(err.message, /data\.1\.window\.hours/);
  assert.ok(err instanceof TsunaguError);

  const notJson: typeof fetch = () =>
    Promise.resolve(new Response('<html>maintenance</html>', { status: 200 }));
  const client2 = createClient({ baseUrl: server.url, key: server.publishableKey, fetch: notJson });
  await assert.rejects(client2.areas.list(), (e) => e instanceof TsunaguResponseError && e.path === '');
});
