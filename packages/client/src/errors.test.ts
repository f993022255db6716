// Error classes: brands make `instanceof` hold across two separately bundled copies of the SDK, and an
// HTTP error response becomes the right class with its fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as sdk from './index.js';
import { errorFromResponse } from './http.js';

type Sdk = typeof sdk;

async function bundledCopies(count: number): Promise<Sdk[]> {
  const dir = await mkdtemp(join(tmpdir(), 'tsunagu-client-copies-'));
  try {
    const copies: Sdk[] = [];
    for (let i = 0; i < count; i++) {
      const outfile = join(dir, `copy-${i}.mjs`);
      await build({
        entryPoints: [new URL('./index.ts', import.meta.url).pathname],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        minify: true,
        outfile,
        logLevel: 'silent',
        // each copy carries everything (HTTP loop, schema, zod): as separate as two vendors' bundles can be
      });
      copies.push((await import(pathToFileURL(outfile).href)) as Sdk);
    }
    return copies;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('instanceof works across two bundled copies of the SDK, and only for the right class', async () => {
  const [a, b] = await bundledCopies(2);
  assert.ok(a && b);
  assert.notEqual(
    a.TsunaguValidationError,
    b.TsunaguValidationError,
    'the copies really are separate classes',
  );
  const fromA = new a.TsunaguValidationError({
    type: 'validation_error',
    code: 'invalid_request',
    message: 'x',
    status: 422,
    fields: [{ path: 'ward_id', code: 'required' }],
  });
  assert.ok(fromA instanceof b.TsunaguValidationError);
  assert.ok(fromA instanceof b.TsunaguError);
  assert.ok(fromA instanceof sdk.TsunaguValidationError);
  assert.ok(fromA instanceof Error);
  assert.ok(!(fromA instanceof b.TsunaguAuthError));
  assert.ok(!(fromA instanceof b.TsunaguNetworkError));
  const rate = new b.TsunaguRateLimitError({
    type: 'rate_limited',
    code: 'rate_limited',
    message: 'slow',
    status: 429,
    retryAfter: 7,
  });
  assert.ok(rate instanceof a.TsunaguRateLimitError);
  assert.ok(!(rate instanceof a.TsunaguConflictError));
  assert.equal(rate.retryAfter, 7);
  // minified copies keep readable names
  assert.equal(fromA.name, 'TsunaguValidationError');
  assert.equal(rate.name, 'TsunaguRateLimitError');
  assert.ok(!({} instanceof a.TsunaguError));
  assert.ok(!((null as unknown as object) instanceof a.TsunaguError));
  assert.ok(!(new Error('plain') instanceof a.TsunaguError));
});

test('isTsunaguError tells kinds apart as instanceof does, across copies, without the classes', async () => {
  const [a] = await bundledCopies(1);
  assert.ok(a);
  const { isTsunaguError } = await import('./error-kind.js');
  const rate = new a.TsunaguRateLimitError({
    type: 'rate_limited',
    code: 'rate_limited',
    message: 'slow',
    status: 429,
    retryAfter: 7,
  });
  assert.equal(isTsunaguError(rate), true);
  assert.equal(isTsunaguError(rate, 'rate_limit'), true);
  assert.equal(isTsunaguError(rate, 'network'), false);
  const network = new sdk.TsunaguNetworkError({ code: 'failed', message: 'offline', reason: 'failed' });
  assert.equal(isTsunaguError(network, 'network'), true);
  assert.equal(isTsunaguError(network, 'validation'), false);
  for (const kind of [
    'validation',
    'auth',
    'rate_limit',
    'conflict',
    'not_found',
    'network',
    'server',
    'response',
  ] as const)
    assert.equal(isTsunaguError(new Error('plain'), kind), false);
  assert.equal(isTsunaguError(null), false);
  assert.equal(isTsunaguError({ type: 'validation_error' }, 'validation'), false, 'a look-alike is not one');
});

test('names, fields and defaults of each class', () => {
  const cases: [sdk.TsunaguError, string][] = [
    [new sdk.TsunaguError({ type: 't', code: 'c', message: 'm' }), 'TsunaguError'],
    [new sdk.TsunaguAuthError({ type: 't', code: 'c', message: 'm' }), 'TsunaguAuthError'],
    [new sdk.TsunaguConflictError({ type: 't', code: 'c', message: 'm' }), 'TsunaguConflictError'],
    [new sdk.TsunaguNotFoundError({ type: 't', code: 'c', message: 'm' }), 'TsunaguNotFoundError'],
    [new sdk.TsunaguServerError({ type: 't', code: 'c', message: 'm' }), 'TsunaguServerError'],
    [new sdk.TsunaguNetworkError({ code: 'c', message: 'm', reason: 'timeout' }), 'TsunaguNetworkError'],
    [
      new sdk.TsunaguResponseError({ message: 'm', issues: [{ path: 'data.0.id', message: 'bad' }] }),
      'TsunaguResponseError',
    ],
  ];
  for (const [error, name] of cases) {
    assert.equal(error.name, name);
    assert.deepEqual(error.fields, []);
  }
  const response = cases[6]![0] as sdk.TsunaguResponseError;
  assert.equal(response.path, 'data.0.id');
  assert.equal(response.type, 'response_error');
  assert.equal((cases[5]![0] as sdk.TsunaguNetworkError).reason, 'timeout');
});

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
const apiError = (type: string, code: string, extra: object = {}) => ({
  error: { type, code, message: 'msg', request_id: 'req_1', ...extra },
});

test('errorFromResponse picks the class by status and keeps type, code, request id and fields', async () => {
  const validation = await errorFromResponse(
    json(
      422,
      apiError('validation_error', 'invalid_request', {
        fields: [{ path: 'consent', code: 'consent_required' }],
      }),
    ),
  );
  assert.ok(validation instanceof sdk.TsunaguValidationError);
  assert.deepEqual(
    [validation.status, validation.type, validation.code, validation.requestId],
    [422, 'validation_error', 'invalid_request', 'req_1'],
  );
  assert.deepEqual(validation.fields, [{ path: 'consent', code: 'consent_required' }]);

  const rate = await errorFromResponse(
    json(429, apiError('rate_limited', 'rate_limited'), { 'retry-after': '42' }),
  );
  assert.ok(rate instanceof sdk.TsunaguRateLimitError);
  assert.equal(rate.retryAfter, 42);

  assert.ok(
    (await errorFromResponse(json(401, apiError('authentication_error', 'invalid_key')))) instanceof
      sdk.TsunaguAuthError,
  );
  assert.ok(
    (await errorFromResponse(json(403, apiError('permission_error', 'origin_not_allowed')))) instanceof
      sdk.TsunaguAuthError,
  );
  assert.ok(
    (await errorFromResponse(json(404, apiError('not_found', 'not_found')))) instanceof
      sdk.TsunaguNotFoundError,
  );
  assert.ok(
    (await errorFromResponse(json(409, apiError('idempotency_error', 'idempotency_key_reused')))) instanceof
      sdk.TsunaguConflictError,
  );
  assert.ok(
    (await errorFromResponse(json(413, apiError('validation_error', 'body_too_large')))) instanceof
      sdk.TsunaguValidationError,
  );
  assert.ok(
    (await errorFromResponse(json(400, apiError('idempotency_error', 'idempotency_key_invalid')))) instanceof
      sdk.TsunaguValidationError,
  );

  // a proxy's HTML page: still the right class, with the request id from the header
  const html = await errorFromResponse(
    new Response('<h1>Bad gateway</h1>', { status: 502, headers: { 'x-request-id': 'req_h' } }),
  );
  assert.ok(html instanceof sdk.TsunaguServerError);
  assert.deepEqual([html.code, html.requestId, html.type], ['http_502', 'req_h', 'http_error']);
  const teapot = await errorFromResponse(json(418, {}));
  assert.ok(teapot instanceof sdk.TsunaguError && !(teapot instanceof sdk.TsunaguValidationError));
});
