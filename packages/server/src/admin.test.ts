/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, admin, call, freshKey, selfReferral } from './test-support.js';

const npoWindow = {
  id: 'npo-foodbank-naka',
  kind: 'office',
  name: 'フードバンク相談（サンプル）',
  organization: 'NPO サンプル',
  description_codes: [],
  concerns: ['food'],
  ward_id: 'naka',
  service_area: null,
  location: { address: '横浜市中区相生町1-1', lat: 35.447, lng: 139.636 },
  phones: [{ number: '045-000-0001', kind: 'voice' }],
  hours: { schedules: [{ byday: ['SA'], opens_at: '10:00', closes_at: '15:00' }], closed_on_holidays: false },
  note_codes: ['sample_data'],
  languages: ['ja', 'en'],
  accessibility: ['wheelchair', 'writing'],
  contact_modes: ['visit'],
  sample: true,
  source: { name: 'test' },
};

describe('admin API', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('inbox by ward and urgency, read and status change are audited', async () => {
    const urgent = (
      await call(server, '/v1/concern-reports', {
        body: aboutSomeone({ danger_now: 'yes', danger_kinds: ['medical'] }),
        idempotencyKey: freshKey(),
      })
    ).json;
    await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() });
    await call(server, '/v1/concern-reports', { body: selfReferral(), idempotencyKey: freshKey() });
    const inbox = await admin(server, '/v1/admin/reports?ward=naka');
    assert.equal(inbox.status, 200);
    assert.equal(inbox.json.data.length, 2);
    assert.equal(inbox.json.data[0].reference, urgent.reference, 'urgent first');
    assert.ok(!('content' in inbox.json.data[0]), 'the inbox carries codes only');
    assert.equal((await admin(server, '/v1/admin/reports?urgent=true')).json.data.length, 1);
    assert.equal((await admin(server, '/v1/admin/reports?status=closed')).json.data.length, 0);
    assert.equal((await admin(server, '/v1/admin/reports?status=lost')).status, 422);

    const detail = await admin(server, `/v1/admin/reports/${urgent.reference}`);
    assert.equal(detail.json.content.danger_now, 'yes');
    const change = await admin(server, `/v1/admin/reports/${urgent.reference}/status`, {
      body: { status: 'connected', note: '訪問済み' },
    });
    assert.equal(change.status, 200, change.text);
    assert.equal(change.json.status, 'connected');
    assert.deepEqual(
      change.json.history.map((h: any) => h.status),
      ['received', 'connected'],
    );
    const status = await call(server, `/v1/concern-reports/${urgent.reference}/status`, {
      headers: { 'X-Check-Code': urgent.check_code },
    });
    assert.equal(status.json.status, 'connected');
    const auditLog = await admin(server, `/v1/admin/audit?target_id=${urgent.reference}`);
    const actions = auditLog.json.data.map((a: any) => a.action);
    assert.ok(actions.includes('report.read'));
    assert.ok(actions.includes('report.status'));
    assert.ok(
      auditLog.json.data.every(
        (a: any) =>
          a.actor_type === 'staff' &&
          a.actor_id === server.staff.admin.id &&
          a.actor === server.staff.admin.login,
      ),
      'the actor is the signed-in administrator',
    );
    const bad = await admin(server, `/v1/admin/reports/${urgent.reference}/status`, {
      body: { status: 'solved' },
    });
    assert.deepEqual(bad.json.error.fields, [{ path: 'status', code: 'invalid_choice' }]);
    assert.equal((await admin(server, '/v1/admin/reports/TK-2222-3333')).status, 404);
  });

  it('windows CRUD: create, conflict, replace, search sees it, delete', async () => {
    const created = await admin(server, '/v1/admin/windows', { body: npoWindow });
    assert.equal(created.status, 201, created.text);
    assert.equal((await admin(server, '/v1/admin/windows', { body: npoWindow })).status, 409);
    const found = await call(server, '/v1/windows?accessibility=wheelchair,writing&lang=en');
    assert.deepEqual(
      found.json.data.map((d: any) => d.window.id),
      ['npo-foodbank-naka'],
    );
    // serves anyone (service_area null): listed for another ward's resident after that ward's own office
    const forKohoku = await call(server, '/v1/windows?ward=kohoku&kind=office');
    assert.deepEqual(
      forKohoku.json.data.map((d: any) => d.window.id),
      ['kohoku-seikatsushien', 'npo-foodbank-naka'],
    );
    const replaced = await admin(server, '/v1/admin/windows/npo-foodbank-naka', {
      method: 'PUT',
      body: { ...npoWindow, name: '名前を変更' },
    });
    assert.equal(replaced.json.name, '名前を変更');
    const invalid = await admin(server, '/v1/admin/windows/npo-foodbank-naka', {
      method: 'PUT',
      body: {
        ...npoWindow,
        phones: [{ number: 'abc', kind: 'voice' }],
        hours: { schedules: [{ byday: ['XX'], opens_at: '25:00', closes_at: '10:00' }] },
      },
    });
    assert.equal(invalid.status, 422);
    const paths = invalid.json.error.fields.map((f: any) => `${f.path}:${f.code}`);
    assert.ok(paths.includes('phones.0.number:invalid_phone'), paths.join());
    assert.ok(paths.includes('hours.schedules.0.opens_at:invalid_time'), paths.join());
    assert.equal(
      (await admin(server, '/v1/admin/windows/npo-foodbank-naka', { method: 'DELETE' })).status,
      204,
    );
    assert.equal((await call(server, '/v1/windows/npo-foodbank-naka')).status, 404);
  });

  it('imports windows from CSV and JSON (all or nothing) and exports the static file', async () => {
    const csv =
      'id,name,organization,ward_id,service_ward_ids,address,lat,lng,phone,concerns,contact_modes,languages,byday,opens_at,closes_at,note_codes,sample\n' +
      'csv-one,"相談室 ""ひだまり""",NPO ひだまり,minami,minami;naka,横浜市南区浦舟町3-1,35.433,139.626,045-111-2222,isolation;food,visit;phone,ja;vi,TU;TH,13:00,17:00,sample_data,true\n';
    const imported = await admin(server, '/v1/admin/windows/import', {
      raw: csv,
      headers: { 'Content-Type': 'text/csv' },
    });
    assert.equal(imported.status, 200, imported.text);
    assert.deepEqual(imported.json.ids, ['csv-one']);
    const w = (await call(server, '/v1/windows/csv-one')).json;
    assert.equal(w.name, '相談室 "ひだまり"');
    assert.deepEqual(w.service_area, { ward_ids: ['minami', 'naka'] });
    assert.deepEqual(w.hours.schedules[0].byday, ['TU', 'TH']);
    const badJson = await admin(server, '/v1/admin/windows/import', {
      raw: JSON.stringify({
        windows: [
          { ...npoWindow, id: 'ok-one' },
          { ...npoWindow, id: 'Bad Id' },
        ],
      }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(badJson.status, 422);
    assert.deepEqual(badJson.json.error.fields, [{ path: 'windows.1.id', code: 'invalid_format' }]);
    assert.equal(
      (await call(server, '/v1/windows/ok-one')).status,
      404,
      'nothing imported when one row is bad',
    );
    const exported = await admin(server, '/v1/admin/windows/export');
    assert.equal(exported.json.format, 'tsunagu.windows.v1');
    assert.ok(exported.json.attribution.some((a: string) => a.includes('Geolonia')));
    // the export file imports back as-is
    const back = await admin(server, '/v1/admin/windows/import', {
      raw: JSON.stringify(exported.json),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(back.json.imported, exported.json.windows.length);
    assert.equal(
      (
        await admin(server, '/v1/admin/windows/import', {
          raw: 'x',
          headers: { 'Content-Type': 'text/plain' },
        })
      ).status,
      415,
    );
  });

  it('activities CRUD, capacity rules and the roster CSV', async () => {
    const base = {
      id: 'roster-test',
      type: 'food_support',
      title: 'フードドライブ',
      organizer: 'NPO',
      ward_id: 'naka',
      starts_at: '2099-01-10T10:00:00+09:00',
      ends_at: '2099-01-10T12:00:00+09:00',
      place: null,
      online: true,
      capacity: 1,
      requirements: {},
      signup_fields: [],
      allow_organisations: false,
      languages: ['ja'],
      sample: false,
    };
    assert.equal((await admin(server, '/v1/admin/activities', { body: base })).status, 201);
    const bad = await admin(server, '/v1/admin/activities', {
      body: { ...base, id: 'bad-times', ends_at: '2099-01-10T09:00:00+09:00', online: false },
    });
    assert.deepEqual(bad.json.error.fields, [
      { path: 'ends_at', code: 'ends_before_start' },
      { path: 'place', code: 'required' },
    ]);
    const a = (
      await call(server, '/v1/signups', {
        body: {
          activity_id: 'roster-test',
          kind: 'person',
          name: '=HYPERLINK("x")',
          email: 'a@example.jp',
          terms_accepted: true,
        },
        idempotencyKey: freshKey(),
      })
    ).json;
    const b = (
      await call(server, '/v1/signups', {
        body: {
          activity_id: 'roster-test',
          kind: 'person',
          name: '山田 花子',
          email: 'b@example.jp',
          terms_accepted: true,
        },
        idempotencyKey: freshKey(),
      })
    ).json;
    assert.equal(a.status, 'confirmed');
    assert.equal(b.status, 'waitlisted');
    // growing the capacity promotes the waitlist
    const grown = await admin(server, '/v1/admin/activities/roster-test', {
      method: 'PUT',
      body: { ...base, capacity: 2 },
    });
    assert.equal(grown.json.seats_left, 0);
    assert.equal(grown.json.waitlist_count, 0);
    const shrink = await admin(server, '/v1/admin/activities/roster-test', {
      method: 'PUT',
      body: { ...base, capacity: 1 },
    });
    assert.equal(shrink.status, 409);
    const roster = await admin(server, '/v1/admin/activities/roster-test/roster');
    assert.equal(roster.status, 200);
    assert.match(roster.headers.get('content-type') ?? '', /text\/csv/);
    const lines = roster.text.trim().split('\r\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[1]!.includes(`"'=HYPERLINK(""x"")"`), 'formula neutralised');
    assert.ok(lines[2]!.includes('"山田 花子"') && lines[2]!.includes('"confirmed"'));
    assert.equal((await admin(server, '/v1/admin/activities/roster-test', { method: 'DELETE' })).status, 204);
    assert.equal((await call(server, '/v1/activities/roster-test')).status, 404);
  });

  it('statistics are counts only', async () => {
    const stats = await admin(server, '/v1/admin/stats');
    assert.equal(stats.status, 200);
    assert.ok(stats.json.reports.total >= 3);
    assert.ok(stats.json.reports.by_ward.naka >= 2);
    assert.ok(stats.json.reports.by_concern.money_debt >= 2);
    assert.equal(stats.json.activities, 72);
    assert.ok(stats.json.windows >= 23);
  });
});
