/* eslint-disable @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { referencePattern } from '@tsunagu/schema';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, admin, call, freshKey, selfReferral } from './test-support.js';

describe('concern reports', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());
  const countReports = () => {
    const db = new Database(server.dbPath, { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM reports').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  it('creates a report: 201 receipt with a readable reference and a check code', async () => {
    const res = await call(server, '/v1/concern-reports', {
      body: aboutSomeone(),
      idempotencyKey: freshKey(),
    });
    assert.equal(res.status, 201, res.text);
    assert.match(res.json.reference, referencePattern);
    assert.doesNotMatch(res.json.reference.slice(3), /[01OI]/);
    assert.match(res.json.check_code, /^[2-9A-HJ-NP-Z]{6}$/);
    assert.equal(res.json.status, 'received');
    assert.equal(res.json.urgent, false);
    assert.ok(res.json.guidance.includes('person_choice_respected'));
    assert.ok(res.json.programs.includes('household_finance'));
    assert.ok(res.headers.get('x-request-id')?.startsWith('req_'));
  });

  it('the reporting side reads the status with the check code, never the content', async () => {
    const receipt = (
      await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
    ).json;
    const ok = await call(server, `/v1/concern-reports/${receipt.reference}/status`, {
      headers: { 'X-Check-Code': receipt.check_code },
    });
    assert.equal(ok.status, 200);
    assert.deepEqual(Object.keys(ok.json).sort(), ['reference', 'status', 'updated_at']);
    assert.equal(ok.json.status, 'received');
    const lower = await call(
      server,
      `/v1/concern-reports/${receipt.reference.toLowerCase().replaceAll('-', '')}/status`,
      { headers: { 'X-Check-Code': receipt.check_code.toLowerCase() } },
    );
    assert.equal(lower.status, 200, 'references typed back in lower case without dashes still work');
    const wrong = await call(server, `/v1/concern-reports/${receipt.reference}/status`, {
      headers: { 'X-Check-Code': 'ZZZZZZ' },
    });
    assert.equal(wrong.status, 404);
    const missing = await call(server, `/v1/concern-reports/${receipt.reference}/status`);
    assert.equal(missing.status, 404);
    const unknown = await call(server, '/v1/concern-reports/TK-2222-2222/status', {
      headers: { 'X-Check-Code': receipt.check_code },
    });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.error.type, 'not_found');
  });

  it('self-referral with contact details; urgent + lines when in danger', async () => {
    const self = await call(server, '/v1/concern-reports', {
      body: selfReferral(),
      idempotencyKey: freshKey(),
    });
    assert.equal(self.status, 201, self.text);
    assert.ok(self.json.guidance.includes('ward_will_contact_you'));
    assert.ok(self.json.programs.includes('housing_benefit'));
    const danger = await call(server, '/v1/concern-reports', {
      body: aboutSomeone({
        danger_now: 'yes',
        danger_kinds: ['child_abuse'],
        age_group: 'child_6_12',
        signs: ['child_hungry'],
      }),
      idempotencyKey: freshKey(),
    });
    assert.equal(danger.status, 201);
    assert.equal(danger.json.urgent, true);
    assert.deepEqual(danger.json.lines.slice(0, 2), ['police', 'ambulance']);
    assert.ok(danger.json.lines.includes('child_abuse'));
    assert.ok(danger.json.guidance.includes('call_emergency_now'));
    assert.ok(danger.json.guidance.includes('call_child_abuse_line'));
  });

  it('school context needs the school block and routes to child and family support', async () => {
    const missing = await call(server, '/v1/concern-reports', {
      body: aboutSomeone({ context: 'school', reporter_role: 'school' }),
      idempotencyKey: freshKey(),
    });
    assert.equal(missing.status, 422);
    assert.deepEqual(missing.json.error.fields, [{ path: 'school', code: 'required' }]);
    const ok = await call(server, '/v1/concern-reports', {
      body: aboutSomeone({
        context: 'school',
        reporter_role: 'school',
        age_group: 'child_6_12',
        school: {
          school_name: '横浜市立〇〇小学校',
          grade: '4',
          absent_days_last_30: 9,
          school_signs: ['frequent_absence', 'hunger'],
        },
      }),
      idempotencyKey: freshKey(),
    });
    assert.equal(ok.status, 201, ok.text);
    assert.ok(ok.json.guidance.includes('school_routed_child_family_support'));
  });

  it('validation errors carry stable field codes', async () => {
    const cases: [Record<string, unknown>, { path: string; code: string }[]][] = [
      [aboutSomeone({ ward_id: undefined }), [{ path: 'ward_id', code: 'required' }]],
      [aboutSomeone({ ward_id: 'atlantis' }), [{ path: 'ward_id', code: 'unknown_ward' }]],
      [aboutSomeone({ free_text: 'あ'.repeat(801) }), [{ path: 'free_text', code: 'too_long' }]],
      [aboutSomeone({ consent: 'maybe' }), [{ path: 'consent', code: 'invalid_choice' }]],
      [aboutSomeone({ signs: ['aliens'] }), [{ path: 'signs.0', code: 'invalid_choice' }]],
      [aboutSomeone({ ward_id: 42 }), [{ path: 'ward_id', code: 'invalid_type' }]],
      [
        aboutSomeone({ contact: { modes: ['phone'], phone: '090-1111-2222' } }),
        [{ path: 'contact', code: 'consent_required' }],
      ],
      [selfReferral({ consent: 'no' }), [{ path: 'consent', code: 'consent_required' }]],
      [selfReferral({ contact: { modes: ['phone'] } }), [{ path: 'contact.phone', code: 'required' }]],
      [
        selfReferral({ contact: { modes: ['phone'], phone: 'call me' } }),
        [{ path: 'contact.phone', code: 'invalid_phone' }],
      ],
      [
        selfReferral({ contact: { modes: ['mail'], email: 'nope' } }),
        [{ path: 'contact.email', code: 'invalid_email' }],
      ],
      [selfReferral({ anonymous: true }), [{ path: 'contact', code: 'not_allowed' }]],
      [selfReferral({ reporter_role: 'neighbour' }), [{ path: 'reporter_role', code: 'invalid_choice' }]],
      [aboutSomeone({ nickname: 'x' }), [{ path: 'nickname', code: 'unknown_field' }]],
    ];
    for (const [body, fields] of cases) {
      const res = await call(server, '/v1/concern-reports', { body, idempotencyKey: freshKey() });
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.equal(res.json.error.type, 'validation_error');
      assert.deepEqual(res.json.error.fields, fields, JSON.stringify(body));
      assert.match(res.json.error.request_id, /^req_/);
      assert.equal(res.json.error.request_id, res.headers.get('x-request-id'));
    }
  });

  it('Idempotency-Key: required; same body replays; different body is a 409; nothing twice', async () => {
    const noKey = await call(server, '/v1/concern-reports', { body: aboutSomeone() });
    assert.equal(noKey.status, 400);
    assert.equal(noKey.json.error.type, 'idempotency_error');
    assert.equal(noKey.json.error.code, 'idempotency_key_required');
    const before = countReports();
    const key = freshKey();
    const first = await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: key });
    const again = await Promise.all(
      [1, 2, 3].map(() => call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: key })),
    );
    assert.equal(first.status, 201);
    for (const r of again) {
      assert.equal(r.status, 201);
      assert.equal(r.text, first.text, 'a replay is the first response, to the byte (check code included)');
      assert.equal(r.headers.get('idempotency-replayed'), 'true');
    }
    const status = await call(server, `/v1/concern-reports/${first.json.reference}/status`, {
      headers: { 'X-Check-Code': again[0]!.json.check_code },
    });
    assert.equal(status.status, 200, 'the replayed check code opens the status');
    assert.equal(countReports(), before + 1);
    const conflict = await call(server, '/v1/concern-reports', {
      body: aboutSomeone({ free_text: 'ちがう内容' }),
      idempotencyKey: key,
    });
    assert.equal(conflict.status, 409);
    assert.equal(conflict.json.error.code, 'idempotency_key_reused');
    assert.equal(countReports(), before + 1);
    // a failed validation does not use up the key
    const key2 = freshKey();
    assert.equal(
      (
        await call(server, '/v1/concern-reports', {
          body: aboutSomeone({ ward_id: 'atlantis' }),
          idempotencyKey: key2,
        })
      ).status,
      422,
    );
    assert.equal(
      (await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: key2 })).status,
      201,
    );
  });

  it('a filled honeypot gets a receipt-looking 201 but nothing is stored', async () => {
    const before = countReports();
    const res = await call(server, '/v1/concern-reports', {
      body: aboutSomeone({ website: 'http://spam.example' }),
      idempotencyKey: freshKey(),
    });
    assert.equal(res.status, 201);
    assert.match(res.json.reference, referencePattern);
    assert.equal(countReports(), before);
    const status = await call(server, `/v1/concern-reports/${res.json.reference}/status`, {
      headers: { 'X-Check-Code': res.json.check_code },
    });
    assert.equal(status.status, 404);
  });

  it('free text and contact details are encrypted at rest', async () => {
    const secret = '秘密のメモ-' + freshKey();
    const res = await call(server, '/v1/concern-reports', {
      body: selfReferral({ free_text: secret, contact: { modes: ['phone'], phone: '080-9999-0001' } }),
      idempotencyKey: freshKey(),
    });
    assert.equal(res.status, 201);
    const db = new Database(server.dbPath, { readonly: true });
    try {
      // bytes (sealed responses) as text too, so plain JSON stored as a BLOB would be found
      const rows = db.prepare('SELECT * FROM idempotency_records').all() as Record<string, unknown>[];
      const records = rows.map((row) =>
        Object.values(row).map((v) => (v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : v)),
      );
      assert.ok(records.length > 0, 'the response is recorded for replays');
      const dump = JSON.stringify(db.prepare('SELECT * FROM reports').all()) + JSON.stringify(records);
      assert.ok(!dump.includes(secret));
      assert.ok(!dump.includes('080-9999-0001'));
      assert.ok(!dump.includes(res.json.check_code), 'the check code is stored hashed');
    } finally {
      db.close();
    }
    const detail = await admin(server, `/v1/admin/reports/${res.json.reference}`);
    assert.equal(detail.json.content.free_text, secret);
    assert.equal(detail.json.content.contact.phone, '080-9999-0001');
  });
});

describe('retention purge', () => {
  it('purges content of unacknowledged reports after the retention days, keeps acknowledged ones', async () => {
    let now = new Date('2026-06-01T00:00:00Z');
    const server = await startTestServer({ now: () => now, retentionDays: 30 });
    try {
      const stale = (
        await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
      ).json;
      const kept = (
        await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
      ).json;
      assert.equal(
        (
          await admin(server, `/v1/admin/reports/${kept.reference}/status`, {
            body: { status: 'acknowledged', note: '折り返し予定' },
          })
        ).status,
        200,
      );
      now = new Date('2026-07-02T00:00:00Z'); // 31 days later
      const purge = await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' });
      assert.equal(purge.status, 200);
      assert.equal(purge.json.purged_reports, 1);
      const gone = await admin(server, `/v1/admin/reports/${stale.reference}`);
      assert.equal(gone.json.content, null);
      assert.equal(gone.json.purged, true);
      assert.deepEqual(gone.json.signs, ['mail_piling_up', 'utilities_stopped'], 'codes stay for statistics');
      const still = await admin(server, `/v1/admin/reports/${kept.reference}`);
      assert.ok(still.json.content.free_text);
      assert.equal(still.json.history.at(-1).note, '折り返し予定');
      // the reporter can still see the status of the purged one
      const status = await call(server, `/v1/concern-reports/${stale.reference}/status`, {
        headers: { 'X-Check-Code': stale.check_code },
      });
      assert.equal(status.json.status, 'received');
    } finally {
      await server.close();
    }
  });

  it('open cases are purged after a year without change; notes written after a purge go too', async () => {
    let now = new Date('2026-06-01T00:00:00Z');
    const server = await startTestServer({ now: () => now, retentionDays: 30 });
    try {
      const open = (
        await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
      ).json;
      await admin(server, `/v1/admin/reports/${open.reference}/status`, {
        body: { status: 'connected', note: '支援開始' },
      });
      now = new Date('2027-06-02T00:00:00Z'); // a year and a day without change
      assert.equal(
        (await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' })).json.purged_reports,
        1,
      );
      const purged = await admin(server, `/v1/admin/reports/${open.reference}`);
      assert.equal(purged.json.content, null);
      assert.ok(purged.json.history.every((h: { note: string | null }) => h.note === null));
      // a closing note after the purge: kept for the retention period, then removed like the rest
      await admin(server, `/v1/admin/reports/${open.reference}/status`, {
        body: { status: 'closed', note: '終結（メモ）' },
      });
      const row = () =>
        server.server.db
          .prepare(
            'SELECT COUNT(*) AS n FROM report_events e JOIN reports r ON r.id = e.report_id WHERE r.reference = ? AND e.note IS NOT NULL',
          )
          .get(open.reference) as { n: number };
      assert.equal(row().n, 1);
      now = new Date('2027-07-03T00:00:00Z');
      await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' });
      assert.equal(row().n, 0, 'no note outlives the retention period');
    } finally {
      await server.close();
    }
  });
});
