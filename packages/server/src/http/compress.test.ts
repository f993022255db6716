// Compression over real HTTP on loopback, read with node:http (fetch would decode and hide the encoding).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../testing.js';
import { chooseEncoding } from './compress.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function raw(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: { Authorization: `Bearer ${server.publishableKey}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: Raw): unknown {
  const encoding = res.headers['content-encoding'];
  const text =
    encoding === 'br'
      ? brotliDecompressSync(res.body)
      : encoding === 'gzip'
        ? gunzipSync(res.body)
        : res.body;
  return JSON.parse(text.toString('utf8'));
}

describe('JSON response compression', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  // a respond() route (windows: cached lists), a c.json() route (activities) and a precompressed one (areas)
  for (const path of ['/v1/windows?ward=naka', '/v1/activities', '/v1/areas']) {
    it(`${path}: br and gzip when asked, identity when not; all decode to the same JSON`, async () => {
      const plain = await raw(server, path);
      assert.equal(plain.status, 200);
      assert.equal(plain.headers['content-encoding'], undefined);
      const json = decoded(plain);
      const br = await raw(server, path, { 'Accept-Encoding': 'gzip, deflate, br' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(String(br.headers.vary), /Accept-Encoding/);
      assert.deepEqual(decoded(br), json);
      const gzip = await raw(server, path, { 'Accept-Encoding': 'gzip' });
      assert.equal(gzip.headers['content-encoding'], 'gzip');
      assert.deepEqual(decoded(gzip), json);
      assert.ok(br.body.length < plain.body.length / 2 && gzip.body.length < plain.body.length / 2);
      // the same answer again (now from the response cache) is still valid brotli of the same JSON
      assert.deepEqual(decoded(await raw(server, path, { 'Accept-Encoding': 'br' })), json);
    });
  }

  it('keeps Cache-Control and CORS; a public answer says it varies by encoding even when not encoded', async () => {
    const plain = await raw(server, '/v1/areas', { Origin: server.origin });
    assert.equal(plain.headers['cache-control'], 'public, max-age=300');
    assert.equal(plain.headers['access-control-allow-origin'], server.origin);
    assert.match(String(plain.headers.vary), /Accept-Encoding/);
    assert.match(String(plain.headers.vary), /Origin/);
    const br = await raw(server, '/v1/areas', { Origin: server.origin, 'Accept-Encoding': 'br' });
    assert.equal(br.headers['cache-control'], 'public, max-age=300');
    assert.match(String(br.headers.vary), /Accept-Encoding/);
    assert.match(String(br.headers.vary), /Origin/);
  });

  it('does not compress tiny bodies or errors under 1 kB', async () => {
    const health = await raw(server, '/healthz', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(health.headers['content-encoding'], undefined);
    assert.deepEqual(decoded(health), { ok: true });
    const missing = await raw(server, '/v1/windows/nope', { 'Accept-Encoding': 'br, gzip' });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['content-encoding'], undefined);
  });

  it('honours q=0 and wildcards in Accept-Encoding', () => {
    assert.equal(chooseEncoding('gzip, br;q=0'), 'gzip');
    assert.equal(chooseEncoding('br;q=0, gzip;q=0'), null);
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('*, br;q=0'), 'gzip');
    assert.equal(chooseEncoding(undefined), null);
  });
});
