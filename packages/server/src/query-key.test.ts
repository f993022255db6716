// The publishable key as `?key=` (widgets' GETs without a CORS preflight): accepted where a pk is, with the
// same origin binding; never a secret key or session in a URL; never on writes or staff routes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, call, freshKey } from './test-support.js';

const SHOP = 'https://shop.example';
// what Chromium sends on a cross-origin fetch() GET from a widget
const CORS_GET = { 'Sec-Fetch-Mode': 'cors', 'Sec-Fetch-Site': 'cross-site' };

describe('publishable key in the query', () => {
  let server: TestServer;
  const withKey = (path: string, key = server.publishableKey) =>
    `${path}${path.includes('?') ? '&' : '?'}key=${encodeURIComponent(key)}`;
  before(async () => {
    server = await startTestServer({ origins: [SHOP] });
  });
  after(() => server.close());

  it('a GET with ?key=pk_ from an allowed origin is answered with its CORS headers', async () => {
    const res = await call(server, withKey('/v1/windows?limit=1'), {
      key: null,
      origin: SHOP,
      headers: CORS_GET,
    });
    assert.equal(res.status, 200);
    assert.equal(res.json.data.length, 1);
    assert.equal(res.headers.get('access-control-allow-origin'), SHOP);
    assert.match(res.headers.get('vary') ?? '', /Origin/);
    const activities = await call(server, withKey('/v1/activities?limit=2'), { key: null, origin: SHOP });
    assert.equal(activities.status, 200, activities.text); // `key` is not an unknown parameter
    const partner = await call(server, withKey('/v1/partner'), { key: null, origin: SHOP });
    assert.equal(partner.json.key_kind, 'publishable');
  });

  it('the key still binds its origins', async () => {
    const res = await call(server, withKey('/v1/windows'), {
      key: null,
      origin: 'https://evil.example',
      headers: CORS_GET,
    });
    assert.equal(res.status, 403);
    assert.equal(res.json.error.code, 'origin_not_allowed');
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('a browser request without CORS (an <img>, <script> or link: no Origin) is refused', async () => {
    for (const mode of ['no-cors', 'navigate']) {
      const res = await call(server, withKey('/v1/windows'), {
        key: null,
        headers: { 'Sec-Fetch-Mode': mode, 'Sec-Fetch-Site': 'cross-site' },
      });
      assert.equal(res.status, 403, mode);
      assert.equal(res.json.error.code, 'key_in_query_without_cors');
    }
  });

  it('a secret key or a session token in the URL is refused, valid or not', async () => {
    for (const key of [server.secretKey, server.sessionFor('admin'), 'sk_made_up', 'ss_made_up']) {
      const res = await call(server, withKey('/v1/windows', key), { key: null });
      assert.equal(res.status, 401);
      assert.equal(res.json.error.code, 'credential_in_url');
      assert.match(String(res.json.error.message), /Authorization/);
    }
    const admin = await call(server, withKey('/v1/admin/reports', server.sessionFor('admin')), { key: null });
    assert.equal(admin.json.error.code, 'credential_in_url');
  });

  it('not on writes, nor on routes a publishable key may not call, nor beside a header', async () => {
    const post = await call(server, withKey('/v1/concern-reports'), {
      key: null,
      origin: SHOP,
      body: aboutSomeone(),
      idempotencyKey: freshKey(),
    });
    assert.equal(post.status, 401);
    assert.equal(post.json.error.code, 'key_in_query_not_allowed');
    const staff = await call(server, withKey('/v1/admin/reports'), { key: null });
    assert.equal(staff.json.error.code, 'key_in_query_not_allowed');
    const both = await call(server, withKey('/v1/windows'), { origin: SHOP });
    assert.equal(both.status, 401);
    assert.equal(both.json.error.code, 'two_credentials');
  });

  it('an unknown pk in the query is the same 401 as in the header', async () => {
    const res = await call(server, withKey('/v1/windows', 'pk_not_a_real_key'), { key: null });
    assert.equal(res.status, 401);
    assert.equal(res.json.error.code, 'invalid_key');
  });

  it('a preflight is kept by the browser (Access-Control-Max-Age), so a second POST skips it', async () => {
    const res = await call(server, '/v1/concern-reports', {
      method: 'OPTIONS',
      key: null,
      origin: SHOP,
      headers: {
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.ok(Number(res.headers.get('access-control-max-age')) >= 600);
  });
});
