/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
// Need-to-know over HTTP: ward staff see their wards, partner keys what they sent or own; refusals answer
// like unknown records where existence is itself sensitive, and every staff read leaves an audit row.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createApiKey, createPartner } from './services/keys.js';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, activityFixture, admin, as, call, freshKey, selfReferral } from './test-support.js';

const withoutRequestId = (json: any) => ({ ...json, error: { ...json.error, request_id: undefined } });

describe('who may see what', () => {
  let server: TestServer;
  let naka: { reference: string; check_code: string };
  let kohoku: { reference: string; check_code: string };
  let otherPartnerKey: string;
  before(async () => {
    server = await startTestServer();
    naka = (await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() }))
      .json;
    kohoku = (await call(server, '/v1/concern-reports', { body: selfReferral(), idempotencyKey: freshKey() }))
      .json;
    const db = server.server.db;
    const other = createPartner(db, { name: 'Another shop', type: 'shop' }, new Date());
    otherPartnerKey = createApiKey(db, { partnerId: other, kind: 'secret' }, new Date()).key;
  });
  after(() => server.close());

  it("a shop partner's secret key reads no report content, no inbox, no audit", async () => {
    for (const path of [
      `/v1/admin/reports/${naka.reference}`,
      '/v1/admin/reports',
      '/v1/admin/audit',
      '/v1/admin/stats',
    ]) {
      const res = await call(server, path, { key: server.secretKey });
      assert.equal(res.status, 403, path);
      assert.equal(res.json.error.code, 'role_not_allowed', path);
      assert.ok(!res.text.includes('最近お見かけしない'), path);
    }
  });

  it("a partner key reads its own reports' status; another partner's answers like an unknown reference", async () => {
    const own = await call(server, `/v1/concern-reports/${naka.reference}/status`, {
      key: server.secretKey,
      headers: { 'X-Check-Code': naka.check_code },
    });
    assert.equal(own.status, 200);
    const theirs = await call(server, `/v1/concern-reports/${naka.reference}/status`, {
      key: otherPartnerKey,
      headers: { 'X-Check-Code': naka.check_code },
    });
    const unknown = await call(server, '/v1/concern-reports/TK-2222-3333/status', {
      key: otherPartnerKey,
      headers: { 'X-Check-Code': naka.check_code },
    });
    assert.equal(theirs.status, 404);
    assert.deepEqual(withoutRequestId(theirs.json), withoutRequestId(unknown.json));
  });

  it('中区 staff read 中区 reports only; 鶴見区 staff get the same 404 as an unknown reference, and it is audited', async () => {
    const inbox = await as(server, 'naka', '/v1/admin/reports');
    assert.equal(inbox.status, 200);
    assert.ok(inbox.json.data.length >= 1);
    assert.ok(inbox.json.data.every((r: any) => r.ward_id === 'naka'));
    assert.ok(!inbox.json.data.some((r: any) => r.reference === kohoku.reference));
    const read = await as(server, 'naka', `/v1/admin/reports/${naka.reference}`);
    assert.equal(read.json.content.free_text, '最近お見かけしない。郵便受けがいっぱい。');
    assert.equal((await as(server, 'naka', `/v1/admin/reports/${kohoku.reference}`)).status, 404);

    const other = await as(server, 'tsurumi', `/v1/admin/reports/${naka.reference}`);
    const unknown = await as(server, 'tsurumi', '/v1/admin/reports/TK-2222-3333');
    assert.equal(other.status, 404);
    assert.deepEqual(withoutRequestId(other.json), withoutRequestId(unknown.json));
    const change = await as(server, 'tsurumi', `/v1/admin/reports/${naka.reference}/status`, {
      body: { status: 'closed' },
    });
    assert.equal(change.status, 404);
    const byFilter = await as(server, 'tsurumi', '/v1/admin/reports?ward=naka');
    assert.equal(byFilter.status, 403);
    assert.equal(byFilter.json.error.code, 'ward_not_allowed');
    const own = await as(server, 'tsurumi', '/v1/admin/reports');
    assert.ok(own.json.data.every((r: any) => r.ward_id === 'tsurumi'));

    const audit = await admin(server, `/v1/admin/audit?actor_id=${server.staff.tsurumi.id}`);
    const rows = audit.json.data;
    assert.ok(
      rows.some((a: any) => a.outcome === 'denied' && a.target_id === naka.reference),
      'refusal recorded',
    );
    assert.ok(rows.some((a: any) => a.action === 'denied.ward_not_allowed'));
    assert.ok(rows.every((a: any) => a.actor_type === 'staff' && a.actor === server.staff.tsurumi.login));
    const nakaAudit = await admin(server, `/v1/admin/audit?actor_id=${server.staff.naka.id}`);
    const list = nakaAudit.json.data.find((a: any) => a.action === 'reports.list');
    assert.ok(
      list.detail.references.includes(naka.reference),
      'the inbox read names the references returned',
    );
    assert.ok(
      nakaAudit.json.data.some((a: any) => a.action === 'report.read' && a.target_id === naka.reference),
    );
  });

  it('a status change is audited on its replay too, and no report content is kept for the replay', async () => {
    const idem = freshKey();
    const body = { status: 'acknowledged', note: '電話で話した（メモ）' };
    const first = await as(server, 'naka', `/v1/admin/reports/${naka.reference}/status`, {
      body,
      idempotencyKey: idem,
    });
    assert.equal(first.status, 200, first.text);
    const again = await as(server, 'naka', `/v1/admin/reports/${naka.reference}/status`, {
      body,
      idempotencyKey: idem,
    });
    assert.equal(again.headers.get('idempotency-replayed'), 'true');
    assert.deepEqual(again.json, first.json);
    const stored = server.server.db
      .prepare("SELECT body, sealed FROM idempotency_records WHERE route LIKE 'POST /v1/admin/reports/%'")
      .all() as { body: Buffer; sealed: number }[];
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.sealed, 0);
    assert.deepEqual(JSON.parse(stored[0]!.body.toString('utf8')), { reference: naka.reference });
    const audit = await admin(server, `/v1/admin/audit?target_id=${naka.reference}`);
    const changes = audit.json.data.filter((a: any) => a.action === 'report.status');
    assert.equal(changes.length, 2);
    assert.deepEqual(changes.map((a: any) => a.detail?.replayed ?? false).sort(), [false, true]);
    assert.ok(
      changes.every((a: any) => a.detail.status === 'acknowledged'),
      'the row names the new status',
    );
    assert.equal(first.json.history.at(-1).actor, server.staff.naka.login, 'the chronology names the person');
  });

  it("activities: a partner manages its own; another partner's roster is refused; ward staff their ward's", async () => {
    const mine = await call(server, '/v1/admin/activities', {
      key: server.secretKey,
      body: activityFixture('scope-own-watch', {
        starts_at: '2027-06-01T10:00:00+09:00',
        ends_at: '2027-06-01T12:00:00+09:00',
      }),
    });
    assert.equal(mine.status, 201, mine.text);
    assert.equal(
      (await call(server, '/v1/admin/activities/scope-own-watch/roster', { key: server.secretKey })).status,
      200,
    );
    const listed = await call(server, '/v1/admin/activities', { key: server.secretKey });
    assert.deepEqual(
      listed.json.data.map((a: any) => a.id),
      ['scope-own-watch'],
    );
    const roster = await call(server, '/v1/admin/activities/scope-own-watch/roster', {
      key: otherPartnerKey,
    });
    assert.equal(roster.status, 403);
    assert.equal(roster.json.error.code, 'not_owner');
    const replace = await call(server, '/v1/admin/activities/scope-own-watch', {
      key: otherPartnerKey,
      method: 'PUT',
      body: activityFixture('scope-own-watch'),
    });
    assert.equal(replace.json.error.code, 'not_owner');
    assert.equal(
      (await call(server, '/v1/admin/activities/sample-naka-watch/roster', { key: server.secretKey })).status,
      403,
    );
    assert.equal((await as(server, 'naka', '/v1/admin/activities/scope-own-watch/roster')).status, 200);
    const tsurumi = await as(server, 'tsurumi', '/v1/admin/activities/scope-own-watch/roster');
    assert.equal(tsurumi.json.error.code, 'ward_not_allowed');
  });

  it("windows and statistics: ward staff change and count their ward's only", async () => {
    const window = (await call(server, '/v1/windows/naka-seikatsushien')).json;
    const { updated_at: _u, ...input } = window;
    const fromTsurumi = await as(server, 'tsurumi', '/v1/admin/windows/naka-seikatsushien', {
      method: 'PUT',
      body: input,
    });
    assert.equal(fromTsurumi.status, 403);
    assert.equal(fromTsurumi.json.error.code, 'ward_not_allowed');
    const moved = await as(server, 'naka', '/v1/admin/windows/naka-seikatsushien', {
      method: 'PUT',
      body: { ...input, ward_id: 'tsurumi' },
    });
    assert.equal(moved.json.error.code, 'ward_not_allowed', 'nor move a window out of their wards');
    assert.equal(
      (await as(server, 'naka', '/v1/admin/windows/naka-seikatsushien', { method: 'PUT', body: input }))
        .status,
      200,
    );
    const stats = await as(server, 'naka', '/v1/admin/stats');
    assert.deepEqual(Object.keys(stats.json.reports.by_ward), ['naka']);
    const cityWide = await admin(server, '/v1/admin/stats');
    assert.ok(Object.keys(cityWide.json.reports.by_ward).length >= 2);
  });
});
