// A widget's GETs are "simple" CORS requests (no preflight: one round trip less on a slow phone), checked on
// the requests the SDK really sends to the reference server; writes and secret keys keep their headers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';
import { createClient } from './index.js';
import { schoolReferral } from './testing/fixtures.js';

const ORIGIN = 'https://shop.example';
let server: TestServer;
before(async () => {
  server = await startTestServer({ origins: [ORIGIN] });
});
after(() => server.close());

/** What the SDK sent, through a fetch that adds the Origin a browser page would. */
function recording(): { fetch: typeof fetch; sent: Request[] } {
  const sent: Request[] = [];
  return {
    sent,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push(request.clone());
      request.headers.set('origin', ORIGIN);
      return fetch(request);
    },
  };
}

// Fetch standard, "CORS-safelisted request-header" (names a page may send without a preflight; the
// values of Accept-Language and Content-Language limited to these bytes, each at most 128 bytes)
const SAFELISTED = new Set(['accept', 'accept-language', 'content-language']);
const LANGUAGE_VALUE = /^[0-9A-Za-z *,\-.;=]*$/;
function preflightReasons(request: Request): string[] {
  const reasons: string[] = [];
  if (request.method !== 'GET') reasons.push(`method ${request.method}`);
  for (const [name, value] of request.headers) {
    if (!SAFELISTED.has(name)) reasons.push(`header ${name}`);
    else if (value.length > 128) reasons.push(`${name} over 128 bytes`);
    else if (name !== 'accept' && !LANGUAGE_VALUE.test(value)) reasons.push(`${name} value ${value}`);
  }
  return reasons;
}

test('a widget’s GETs carry the pk as ?key= and only safelisted headers, in every locale', async () => {
  for (const locale of ['ja', 'ja-x-easy', 'en']) {
    const { fetch, sent } = recording();
    const client = createClient({ baseUrl: server.url, key: server.publishableKey, locale, fetch });
    await client.areas.list({ towns: 'none' });
    await client.windows.list({ town: '寿町', limit: 2 }).page();
    await client.activities.list().page();
    assert.equal(sent.length, 3);
    for (const request of sent) {
      assert.deepEqual(preflightReasons(request), [], request.url);
      assert.equal(new URL(request.url).searchParams.get('key'), server.publishableKey);
      assert.equal(request.headers.get('accept-language'), locale);
    }
  }
});

test('a write keeps its headers and the key out of the URL', async () => {
  const { fetch, sent } = recording();
  const client = createClient({ baseUrl: server.url, key: server.publishableKey, fetch });
  await client.concernReports.create(schoolReferral());
  const [post] = sent;
  assert.ok(post);
  assert.equal(post.headers.get('authorization'), `Bearer ${server.publishableKey}`);
  assert.match(post.headers.get('idempotency-key') ?? '', /^[0-9a-f-]{36}$/);
  assert.equal(new URL(post.url).searchParams.has('key'), false);
});

test('a secret key never goes into a URL', async () => {
  const sent: Request[] = [];
  const client = createClient({
    baseUrl: server.url,
    key: server.secretKey,
    fetch: (input, init) => {
      const request = new Request(input, init);
      sent.push(request);
      return fetch(request);
    },
  });
  await client.windows.list({ town: '寿町', limit: 1 }).page();
  const [get] = sent;
  assert.ok(get);
  assert.equal(new URL(get.url).searchParams.has('key'), false);
  assert.equal(get.headers.get('authorization'), `Bearer ${server.secretKey}`);
});
