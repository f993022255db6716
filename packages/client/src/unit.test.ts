// Pieces that need no server: Retry-After parsing, query encoding, pagination, the credential guards (keys
// and session tokens out of browsers, calls a credential may never make refused locally).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTE_POLICIES, roleAllowed, type RoutePolicy } from '@tsunagu/schema';
import {
  createClient,
  createHttp,
  createStaffClient,
  parseRetryAfter,
  signIn,
  TsunaguAuthError,
} from './index.js';
import { adminResource } from './resources/admin.js';
import { authResource } from './resources/auth.js';
import { activityInput } from './testing/fixtures.js';
import { pagedList } from './pagination.js';
import { toQuery } from './query.js';
import { randomKey } from './http.js';
import { retryDelay, retryPolicy } from './retry.js';

test('parseRetryAfter reads seconds and HTTP dates, and nothing else', () => {
  const now = Date.parse('2026-11-27T12:00:00Z');
  assert.equal(parseRetryAfter('120', now), 120);
  assert.equal(parseRetryAfter('0', now), 0);
  assert.equal(parseRetryAfter('Fri, 27 Nov 2026 12:00:30 GMT', now), 30);
  assert.equal(parseRetryAfter('Fri, 27 Nov 2026 11:00:00 GMT', now), 0, 'a date in the past means now');
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(null, now), undefined);
  assert.equal(parseRetryAfter('', now), undefined);
});

test('retryDelay: only safe calls and retryable failures get another attempt, a long Retry-After ends the call', () => {
  const failed = (status: number, retryAfter?: string) =>
    new Response(null, { status, headers: retryAfter ? { 'retry-after': retryAfter } : {} });
  const safe = retryPolicy(undefined, true);
  assert.equal(
    retryDelay(retryPolicy(undefined, false), 1, undefined),
    undefined,
    'an unkeyed write is never retried',
  );
  assert.equal(retryDelay(safe, 3, undefined), undefined, 'two retries by default');
  assert.equal(retryDelay(safe, 1, failed(400)), undefined, 'a 4xx other than 408/429 is final');
  assert.equal(retryDelay(safe, 1, failed(503, '2')), 2000, 'a short Retry-After is waited out as given');
  assert.equal(retryDelay(safe, 1, failed(429, '60')), undefined, 'a long one ends the call');
  assert.equal(
    retryDelay(safe, 2, failed(502), () => 0.5),
    300,
    'backoff 300 ms × 2ⁿ with full jitter',
  );
  const capped = retryPolicy({ limit: 9, maxDelay: 1000 }, true);
  assert.equal(
    retryDelay(capped, 8, undefined, () => 0.99),
    1000,
    'capped by maxDelay',
  );
  assert.equal(retryPolicy(false, true).limit, 0);
  assert.equal(retryPolicy(5, true).limit, 5);
});

test('toQuery repeats list params, writes points as lat,lng and drops empty values', () => {
  const q = toQuery(
    {
      concern: ['housing', 'food'],
      near: { lat: 35.44, lng: 139.64 },
      open_now: true,
      limit: 5,
      q: undefined,
      ward: null,
    },
    'abc',
  );
  assert.equal(
    q.toString(),
    'concern=housing&concern=food&near=35.44%2C139.64&open_now=true&limit=5&cursor=abc',
  );
});

test('pagedList walks cursors, stops on a repeated cursor, and toArray respects max', async () => {
  const pages: Record<string, { data: number[]; next_cursor: string | null }> = {
    '': { data: [1, 2], next_cursor: 'b' },
    b: { data: [3, 4], next_cursor: 'c' },
    c: { data: [5], next_cursor: null },
  };
  const asked: (string | undefined)[] = [];
  const list = pagedList<number, { data: number[]; next_cursor: string | null }>((cursor) => {
    asked.push(cursor);
    return Promise.resolve(pages[cursor ?? '']!);
  });
  const all: number[] = [];
  for await (const n of list) all.push(n);
  assert.deepEqual(all, [1, 2, 3, 4, 5]);
  assert.deepEqual(asked, [undefined, 'b', 'c']);
  assert.deepEqual(await list.toArray(3), [1, 2, 3]);
  assert.deepEqual((await list.page('c')).data, [5]);

  const looping = pagedList<number, { data: number[]; next_cursor: string | null }>(() =>
    Promise.resolve({
      data: [1],
      next_cursor: 'same',
    }),
  );
  assert.deepEqual(await looping.toArray(), [1, 1], 'the second sight of a cursor ends the walk');
});

test('randomKey gives distinct UUIDv7s that begin with their creation time', () => {
  const before = Date.now();
  const a = randomKey();
  const after = Date.now();
  assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const ms = parseInt(a.replace(/-/g, '').slice(0, 12), 16);
  assert.ok(ms >= before && ms <= after, `${ms} is the time it was made`);
  assert.notEqual(a, randomKey());
  // later keys sort after earlier ones (the server's index of them grows at one end)
  const later = randomKey();
  assert.ok(later.slice(0, 13) >= a.slice(0, 13));
});

test('a secret key or a session token is refused where a browser would run it, allowed in Node; bad options are TypeErrors', () => {
  const baseUrl = 'http://127.0.0.1:9';
  assert.ok(createClient({ baseUrl, key: 'sk_test_x' }).admin);
  assert.ok(createStaffClient({ baseUrl, sessionToken: 'ss_test_x' }).admin);
  const g = globalThis as { window?: unknown; document?: unknown };
  g.window = {};
  g.document = {};
  try {
    assert.throws(
      () => createClient({ baseUrl, key: 'sk_test_x' }),
      (err: unknown) =>
        err instanceof TsunaguAuthError &&
        err.code === 'secret_key_in_browser' &&
        /anyone who opens this page can read it/.test(err.message),
    );
    const sessionInBrowser = (err: unknown) =>
      err instanceof TsunaguAuthError && err.code === 'session_token_in_browser' && /ss_/.test(err.message);
    assert.throws(() => createStaffClient({ baseUrl, sessionToken: 'ss_test_x' }), sessionInBrowser);
    assert.throws(() => createHttp({ baseUrl, key: 'ss_test_x' }), sessionInBrowser);
    assert.throws(() => createClient({ baseUrl, key: 'ss_test_x' }), sessionInBrowser);
    assert.ok(createClient({ baseUrl, key: 'pk_test_x' }), 'publishable keys are for browsers');
  } finally {
    delete g.window;
    delete g.document;
  }
  assert.throws(() => createClient({ baseUrl, key: 'secret' }), TypeError);
  assert.throws(() => createClient({ baseUrl: 'api.example', key: 'pk_x' }), TypeError);
  assert.throws(() => createClient({ baseUrl, key: 'ss_test_x' }), /createStaffClient/);
  assert.throws(() => createStaffClient({ baseUrl, sessionToken: 'sk_test_x' }), TypeError);
  assert.throws(() => createStaffClient({ baseUrl: 'api.example', sessionToken: 'ss_x' }), TypeError);
});

test('signIn in a browser throws before sending the password anywhere', async () => {
  let called = false;
  const fetch = () => {
    called = true;
    return Promise.resolve(new Response('{}'));
  };
  const g = globalThis as { window?: unknown; document?: unknown };
  g.window = {};
  g.document = {};
  try {
    await assert.rejects(
      signIn({ baseUrl: 'http://127.0.0.1:9', login: 'someone', password: 'their password', fetch }),
      (err: unknown) => err instanceof TsunaguAuthError && err.code === 'session_token_in_browser',
    );
  } finally {
    delete g.window;
    delete g.document;
  }
  assert.equal(called, false);
});

test('the core names its credential kind (isSecretKey stays, deprecated)', () => {
  const baseUrl = 'https://api.example';
  const kinds = ['pk_x', 'sk_x', 'ss_x'].map((key) => createHttp({ baseUrl, key }));
  assert.deepEqual(
    kinds.map((h) => h.credential),
    ['publishable', 'secret', 'session'],
  );
  assert.deepEqual(
    kinds.map((h) => h.isSecretKey),
    [false, true, false],
  );
});

/** A client whose fetch records whether anything was sent. */
function recording() {
  const state = { called: false };
  const fetch = () => {
    state.called = true;
    return Promise.resolve(new Response('{}'));
  };
  return { state, fetch };
}

test('admin calls with a publishable key fail locally with secret_key_required', async () => {
  const { state, fetch } = recording();
  const client = createClient({ baseUrl: 'http://127.0.0.1:9', key: 'pk_x', fetch });
  await assert.rejects(
    client.admin.activities.list().page(),
    (err: unknown) => err instanceof TsunaguAuthError && err.code === 'secret_key_required',
  );
  await assert.rejects(
    client.admin.activities.create(activityInput('x', 1)),
    (err: unknown) => err instanceof TsunaguAuthError && err.code === 'secret_key_required',
  );
  assert.equal(state.called, false);
});

test('staff-only calls with an API key fail locally with staff_session_required', async () => {
  const { state, fetch } = recording();
  for (const key of ['sk_x', 'pk_x']) {
    const http = createHttp({ baseUrl: 'http://127.0.0.1:9', key, fetch });
    const admin = adminResource(http);
    for (const call of [
      () => admin.reports.list().page(),
      () => admin.stats(),
      () => admin.keys.revoke('key_x'),
      () => admin.staff.list().page(),
      () => authResource(http).session(),
    ])
      await assert.rejects(
        call(),
        (err: unknown) =>
          err instanceof TsunaguAuthError &&
          err.code === 'staff_session_required' &&
          err.type === 'permission_error',
      );
  }
  assert.equal(state.called, false);
});

test("the SDK's partner surface is exactly what ROUTE_POLICIES opens to a partner key under /v1/admin", () => {
  const policies = Object.entries(ROUTE_POLICIES as Record<string, RoutePolicy>);
  const partnerAdminRoutes = policies
    .filter(([route, policy]) => route.includes(' /v1/admin/') && roleAllowed(policy, 'partner'))
    .map(([route]) => route)
    .sort();
  assert.deepEqual(partnerAdminRoutes, [
    'DELETE /v1/admin/activities/{id}', // activities.delete
    'GET /v1/admin/activities', // activities.list
    'GET /v1/admin/activities/{id}/roster', // activities.roster
    'POST /v1/admin/activities', // activities.create
    'PUT /v1/admin/activities/{id}', // activities.put
  ]);
  const keyAuthRoutes = policies.filter(
    ([route, policy]) =>
      route.includes(' /v1/auth/') && (roleAllowed(policy, 'partner') || roleAllowed(policy, 'publishable')),
  );
  assert.deepEqual(
    keyAuthRoutes,
    [],
    'no auth route is open to an API key (authResource refuses them locally)',
  );
});

test('signups.get sends the cancel token in a header, never in the URL', async () => {
  const seen: { url: string; token: string | null }[] = [];
  const fakeFetch: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    seen.push({ url: request.url, token: request.headers.get('x-cancel-token') });
    return Promise.resolve(
      new Response(
        JSON.stringify({
          id: 'sgn_1',
          activity_id: 'a',
          status: 'confirmed',
          headcount: 1,
          created_at: '2026-12-03T00:00:00.000Z',
        }),
        { status: 200, headers: { 'content-type': 'application/json' } },
      ),
    );
  };
  const client = createClient({
    baseUrl: 'http://127.0.0.1:9',
    key: 'pk_test',
    fetch: fakeFetch,
    retry: false,
  });
  await client.signups.get('sgn_1', 'secret-cancel-token').catch(() => undefined);
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.token, 'secret-cancel-token');
  assert.ok(!seen[0]!.url.includes('secret-cancel-token'), seen[0]!.url);
});
