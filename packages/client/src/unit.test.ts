// Pieces that need no server: Retry-After parsing, query encoding, pagination, the secret-key guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient, parseRetryAfter, TsunaguAuthError } from './index.js';
import { pagedList } from './pagination.js';
import { toQuery } from './query.js';
import { randomKey } from './http.js';

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

test('a secret key is refused where a browser would run it, allowed in Node; bad options are TypeErrors', () => {
  const baseUrl = 'http://127.0.0.1:9';
  assert.ok(createClient({ baseUrl, key: 'sk_test_x' }).admin);
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
    assert.ok(createClient({ baseUrl, key: 'pk_test_x' }), 'publishable keys are for browsers');
  } finally {
    delete g.window;
    delete g.document;
  }
  assert.throws(() => createClient({ baseUrl, key: 'secret' }), TypeError);
  assert.throws(() => createClient({ baseUrl: 'api.example', key: 'pk_x' }), TypeError);
});

test('admin calls with a publishable key fail locally with secret_key_required', async () => {
  let called = false;
  const client = createClient({
    baseUrl: 'http://127.0.0.1:9',
    key: 'pk_x',
    fetch: () => {
      called = true;
      return Promise.resolve(new Response('{}'));
    },
  });
  await assert.rejects(
    client.admin.stats(),
    (err: unknown) => err instanceof TsunaguAuthError && err.code === 'secret_key_required',
  );
  assert.equal(called, false);
});
