// Bad input that used to get through: link schemes a browser would run, cursors past SQLite's integers,
// spreadsheet formulas behind a tab, shared caches mixing origins, and content sniffing.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from './services/csv.js';
import { startTestServer, type TestServer } from './testing.js';
import { activityFixture, admin, call, freshKey, personSignup } from './test-support.js';

describe('bad input and safe defaults', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('a window link must be https (or http on loopback): javascript: and data: are refused', async () => {
    const window = (await call(server, '/v1/windows/naka-seikatsushien')).json;
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://x.example/',
      'http://evil.example/',
    ]) {
      const res = await admin(server, '/v1/admin/windows/naka-seikatsushien', {
        method: 'PUT',
        body: { ...window, url },
      });
      assert.equal(res.status, 422, url);
      assert.deepEqual(res.json.error.fields, [{ path: 'url', code: 'invalid_url' }], url);
    }
    const ok = await admin(server, '/v1/admin/windows/naka-seikatsushien', {
      method: 'PUT',
      body: { ...window, url: 'https://www.city.yokohama.lg.jp/naka/' },
    });
    assert.equal(ok.status, 200, ok.text);
  });

  it('a cursor past any list answers 422, not 500', async () => {
    const huge = Buffer.from(JSON.stringify({ o: 2 ** 63 })).toString('base64url');
    const res = await call(server, `/v1/activities?cursor=${huge}`);
    assert.equal(res.status, 422);
    assert.deepEqual(res.json.error.fields, [{ path: 'cursor', code: 'invalid_format' }]);
  });

  it('roster CSV neutralises formulas, also behind a leading tab or carriage return', async () => {
    await admin(server, '/v1/admin/activities', {
      body: activityFixture('csv-watch', {
        starts_at: '2027-03-01T10:00:00+09:00',
        ends_at: '2027-03-01T12:00:00+09:00',
      }),
    });
    for (const [n, name] of ['\t=HYPERLINK("http://x")', '\r=1+1', '=SUM(A1)', '@cmd'].entries())
      await call(server, '/v1/signups', {
        body: personSignup('csv-watch', n, { name }),
        idempotencyKey: freshKey(),
      });
    const csv = (await admin(server, '/v1/admin/activities/csv-watch/roster')).text;
    const [header, ...rows] = parseCsv(csv);
    const name = header!.indexOf('name');
    assert.equal(rows.length, 4, csv);
    for (const row of rows) assert.doesNotMatch(row[name]!, /^[=+\-@\t\r]/, JSON.stringify(row[name]));
  });

  it('public answers vary by Origin for shared caches; every answer says nosniff', async () => {
    for (const path of ['/v1/areas', '/v1/areas?towns=none', '/v1/activities/sample-naka-watch']) {
      const res = await call(server, path);
      if (res.headers.get('cache-control')?.startsWith('public'))
        assert.match(res.headers.get('vary') ?? '', /Origin/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
    }
    const error = await call(server, '/v1/nothing');
    assert.equal(error.headers.get('x-content-type-options'), 'nosniff');
  });

  it('a sign-up is read with its token in a header', async () => {
    const signup = (
      await call(server, '/v1/signups', { body: personSignup('csv-watch', 9), idempotencyKey: freshKey() })
    ).json;
    const res = await call(server, `/v1/signups/${signup.id}`, {
      headers: { 'X-Cancel-Token': signup.cancel_token },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(
      (await call(server, `/v1/signups/${signup.id}`)).status,
      404,
      'no token, no state (like an unknown id)',
    );
  });
});
