import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, admin, call, freshKey } from './test-support.js';

describe('keys, origins and CORS', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ origins: ['http://127.0.0.1:8080', 'https://shop.example'] });
  });
  after(() => server.close());

  it('healthz and openapi.json need no key', async () => {
    assert.equal((await call(server, '/healthz', { key: null })).status, 200);
    const doc = await call(server, '/openapi.json', { key: null });
    assert.equal(doc.status, 200);
    assert.equal(doc.json.openapi, '3.1.0');
    assert.ok(doc.json.paths['/v1/concern-reports'].post);
    assert.ok(doc.json.components.schemas.ConcernReportInput.properties.consent);
  });

  it('GET /v1/partner names the partner of the calling key', async () => {
    const res = await call(server, '/v1/partner', { origin: 'https://shop.example' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.json, {
      id: res.json.id,
      name: 'Test partner',
      type: 'npo',
      ward_id: null,
      key_kind: 'publishable',
    });
    assert.equal((await call(server, '/v1/partner', { key: server.secretKey })).json.key_kind, 'secret');
  });

  it("a city administrator sets a partner's ward; GET /v1/partner names it from the next call", async () => {
    const path = `/v1/admin/partners/${server.partnerId}`;
    const unknown = await admin(server, path, { method: 'PATCH', body: { ward_id: 'atlantis' } });
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.json.error.fields, [{ path: 'ward_id', code: 'unknown_ward' }]);
    const set = await admin(server, path, { method: 'PATCH', body: { ward_id: 'naka' } });
    assert.equal(set.status, 200);
    assert.equal(set.json.ward_id, 'naka');
    assert.equal(set.json.name, 'Test partner', 'what is not given stays');
    assert.equal((await call(server, '/v1/partner')).json.ward_id, 'naka');
    const listed = await admin(server, '/v1/admin/partners');
    assert.equal(listed.json.data.find((p: { id: string }) => p.id === server.partnerId).ward_id, 'naka');
    const cleared = await admin(server, path, { method: 'PATCH', body: { ward_id: null } });
    assert.equal(cleared.json.ward_id, null);
    assert.equal((await call(server, '/v1/partner')).json.ward_id, null);
    const missing = await admin(server, '/v1/admin/partners/ptn_nobody', {
      method: 'PATCH',
      body: { name: 'x' },
    });
    assert.equal(missing.status, 404);
  });

  it('a partner is created with its ward, and an unknown ward is refused', async () => {
    const created = await admin(server, '/v1/admin/partners', {
      body: { name: '寿町の八百屋', type: 'shop', ward_id: 'naka' },
    });
    assert.equal(created.status, 201);
    assert.equal(created.json.ward_id, 'naka');
    const refused = await admin(server, '/v1/admin/partners', {
      body: { name: 'どこか', type: 'shop', ward_id: 'nowhere' },
    });
    assert.equal(refused.status, 422);
  });

  it('a missing or unknown key is a 401 in the error shape', async () => {
    const missing = await call(server, '/v1/windows', { key: null });
    assert.equal(missing.status, 401);
    assert.equal(missing.json.error.type, 'authentication_error');
    assert.equal(missing.json.error.code, 'missing_key');
    const bad = await call(server, '/v1/windows', { key: 'pk_not_a_real_key' });
    assert.equal(bad.status, 401);
    assert.equal(bad.json.error.code, 'invalid_key');
  });

  it('an allowed origin gets CORS headers for its key', async () => {
    const res = await call(server, '/v1/windows?limit=1', { origin: 'https://shop.example' });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://shop.example');
    assert.match(res.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/);
  });

  it('an origin the key does not allow is refused with 403 and no CORS header', async () => {
    const res = await call(server, '/v1/windows', { origin: 'https://evil.example' });
    assert.equal(res.status, 403);
    assert.equal(res.json.error.type, 'permission_error');
    assert.equal(res.json.error.code, 'origin_not_allowed');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('preflight: known origin allowed with the API headers, unknown refused', async () => {
    const ok = await call(server, '/v1/concern-reports', {
      method: 'OPTIONS',
      key: null,
      origin: 'http://127.0.0.1:8080',
      headers: { 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(ok.status, 204);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://127.0.0.1:8080');
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/);
    assert.match(ok.headers.get('access-control-allow-headers') ?? '', /X-Check-Code/);
    const no = await call(server, '/v1/concern-reports', {
      method: 'OPTIONS',
      key: null,
      origin: 'https://evil.example',
      headers: { 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(no.status, 403);
    assert.equal(no.headers.get('access-control-allow-origin'), null);
  });

  it('a secret key sent from a browser origin is refused', async () => {
    const res = await call(server, '/v1/windows', { key: server.secretKey, origin: 'http://127.0.0.1:8080' });
    assert.equal(res.status, 403);
    assert.equal(res.json.error.code, 'secret_key_from_browser');
    const adminFromBrowser = await call(server, '/v1/admin/reports', {
      key: server.secretKey,
      origin: 'http://127.0.0.1:8080',
    });
    assert.equal(adminFromBrowser.status, 403);
    // the same key from a server (no Origin) works
    assert.equal((await call(server, '/v1/windows?limit=1', { key: server.secretKey })).status, 200);
  });

  it('the admin API refuses publishable keys', async () => {
    const res = await call(server, '/v1/admin/reports');
    assert.equal(res.status, 403);
    assert.equal(res.json.error.type, 'permission_error');
    assert.equal(res.json.error.code, 'role_not_allowed');
  });

  it('unknown routes are 404 in the error shape with a request id', async () => {
    const res = await call(server, '/v1/nothing-here');
    assert.equal(res.status, 404);
    assert.equal(res.json.error.type, 'not_found');
    assert.equal(res.json.error.request_id, res.headers.get('x-request-id'));
  });
});

describe('request bodies: 4xx, never 5xx', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ seed: 'none', maxBodyBytes: 2048 });
  });
  after(() => server.close());

  it('malformed JSON → 400 malformed_json', async () => {
    const res = await call(server, '/v1/concern-reports', {
      raw: '{"path": "self",',
      headers: { 'Content-Type': 'application/json' },
      idempotencyKey: freshKey(),
    });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.code, 'malformed_json');
  });

  it('wrong content type → 415', async () => {
    const res = await call(server, '/v1/concern-reports', {
      raw: 'path=self',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      idempotencyKey: freshKey(),
    });
    assert.equal(res.status, 415);
    assert.equal(res.json.error.code, 'unsupported_media_type');
    const none = await call(server, '/v1/signups', { raw: '{}', idempotencyKey: freshKey() });
    assert.equal(none.status, 415);
  });

  it('a JSON array or string body → 422', async () => {
    for (const raw of ['[]', '"x"', 'null', '42']) {
      const res = await call(server, '/v1/concern-reports', {
        raw,
        headers: { 'Content-Type': 'application/json' },
        idempotencyKey: freshKey(),
      });
      assert.equal(res.status, 422, raw);
      assert.deepEqual(res.json.error.fields, [{ path: '', code: 'invalid_type' }]);
    }
  });

  it('oversize → 413 body_too_large, with or without Content-Length', async () => {
    const big = aboutSomeone({ free_text: 'x'.repeat(5000) });
    const res = await call(server, '/v1/concern-reports', { body: big, idempotencyKey: freshKey() });
    assert.equal(res.status, 413);
    assert.equal(res.json.error.code, 'body_too_large');
    // chunked body with no Content-Length
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(JSON.stringify(big)));
        c.close();
      },
    });
    // `duplex` is needed by undici for a stream body but missing from the RequestInit type
    const init = {
      method: 'POST',
      body: stream,
      duplex: 'half' as const,
      headers: {
        Authorization: `Bearer ${server.publishableKey}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': freshKey(),
      },
    };
    const raw = await fetch(`${server.url}/v1/concern-reports`, init);
    assert.equal(raw.status, 413);
    // the server still answers the next request (the refused body was drained, not left half-read)
    const next = await call(server, '/v1/concern-reports', {
      body: aboutSomeone(),
      idempotencyKey: freshKey(),
    });
    assert.equal(next.status, 201);
  });

  it('bad Idempotency-Key values → 400', async () => {
    const res = await call(server, '/v1/concern-reports', {
      body: aboutSomeone(),
      headers: { 'Idempotency-Key': 'has spaces in it' },
    });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.code, 'idempotency_key_invalid');
  });

  it('any ward id is accepted when no areas are seeded', async () => {
    const res = await call(server, '/v1/concern-reports', {
      body: aboutSomeone({ ward_id: 'chuo' }),
      idempotencyKey: freshKey(),
    });
    assert.equal(res.status, 201, res.text);
  });
});

describe('rate limits', () => {
  it('per client address: 429 with Retry-After in the error shape', async () => {
    const server = await startTestServer({
      seed: 'none',
      rateLimit: { perKey: 1000, perClient: 5, windowMs: 60_000 },
    });
    try {
      const statuses: number[] = [];
      let limited: Awaited<ReturnType<typeof call>> | undefined;
      for (let i = 0; i < 7; i++) {
        const res = await call(server, '/v1/windows');
        statuses.push(res.status);
        if (res.status === 429) limited = res;
      }
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429, 429]);
      assert.equal(limited!.json.error.type, 'rate_limited');
      const retry = Number(limited!.headers.get('retry-after'));
      assert.ok(retry >= 1 && retry <= 60);
    } finally {
      await server.close();
    }
  });

  it('per key: a second key from the same address is not throttled by the first', async () => {
    const server = await startTestServer({
      seed: 'none',
      rateLimit: { perKey: 3, perClient: 100, windowMs: 60_000 },
    });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await call(server, '/v1/windows')).status, 200);
      assert.equal((await call(server, '/v1/windows')).status, 429);
      assert.equal((await call(server, '/v1/windows', { key: server.secretKey })).status, 200);
    } finally {
      await server.close();
    }
  });

  it('fair: a flood from one client behind the proxy leaves other clients of the same key served', async () => {
    const server = await startTestServer({
      seed: 'none',
      rateLimit: { perKey: 10, perClient: 4, windowMs: 60_000 },
      trustedProxies: ['127.0.0.1', '::ffff:127.0.0.1'],
    });
    try {
      const from = (client: string) =>
        call(server, '/v1/windows', { headers: { 'X-Forwarded-For': client } });
      const flood: number[] = [];
      for (let i = 0; i < 12; i++) flood.push((await from('203.0.113.9')).status);
      assert.deepEqual(flood.filter((s) => s === 200).length, 4);
      assert.ok(flood.slice(4).every((s) => s === 429));
      // the flood's refused requests were not charged to the key: others still have 6 of its 10
      const others = await Promise.all(['198.51.100.1', '198.51.100.2', '198.51.100.3'].map(from));
      assert.deepEqual(
        others.map((r) => r.status),
        [200, 200, 200],
      );
      // one IPv6 /64 is one client (with another key, whose own budget is untouched)
      const v6: number[] = [];
      for (let i = 1; i <= 5; i++)
        v6.push(
          (
            await call(server, '/v1/windows', {
              key: server.secretKey,
              headers: { 'X-Forwarded-For': `2001:db8:1:2::${i}` },
            })
          ).status,
        );
      assert.deepEqual(v6, [200, 200, 200, 200, 429], 'five addresses of one /64 share one budget of 4');
      // a spoofed left-most hop does not make a new client
      const spoofed = await call(server, '/v1/windows', {
        key: server.secretKey,
        headers: { 'X-Forwarded-For': '10.0.0.1, 203.0.113.9' },
      });
      assert.equal(spoofed.status, 429, 'the right-most untrusted hop is the client');
      // invalid keys are limited per client as well
      const bad: number[] = [];
      for (let i = 0; i < 6; i++)
        bad.push(
          (await call(server, '/v1/windows', { key: 'pk_nope', headers: { 'X-Forwarded-For': '192.0.2.7' } }))
            .status,
        );
      assert.deepEqual(bad, [401, 401, 401, 401, 429, 429]);
    } finally {
      await server.close();
    }
  });
});
