/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
// The ward's work over HTTP: the inbox order and counts, assignment, hand-off to another ward, the
// chronology, window checks — and what the reporter's status check shows of all that (only the status).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, admin, as, call, freshKey, selfReferral } from './test-support.js';

describe("the ward's work on reports", () => {
  let server: TestServer;
  let clock = new Date('2026-12-03T09:00:00+09:00');
  const send = async (body: Record<string, unknown>) => {
    const receipt = (await call(server, '/v1/concern-reports', { body, idempotencyKey: freshKey() })).json;
    clock = new Date(clock.getTime() + 60_000);
    return receipt as { reference: string; check_code: string };
  };
  before(async () => {
    server = await startTestServer({ now: () => clock });
  });
  after(() => server.close());

  it('inbox: reports that may need action today first, then the longest waiting; counts and path filters', async () => {
    const oldest = await send(aboutSomeone());
    const school = await send(
      aboutSomeone({ context: 'school', reporter_role: 'school', school: { school_name: 'テスト小学校' } }),
    );
    const self = await send(selfReferral({ ward_id: 'naka' }));
    const risk = await send(aboutSomeone({ danger_now: 'unsure', danger_kinds: ['suicide'] }));
    assert.match(risk.reference, /^TK-/);
    const inbox = await as(server, 'naka', '/v1/admin/reports');
    assert.equal(inbox.status, 200, inbox.text);
    const order = inbox.json.data.map((r: any) => r.reference);
    const ours = [oldest, school, self, risk].map((r) => r.reference);
    const flagged = inbox.json.data.filter((r: any) => r.urgent || r.child_abuse_suspected || r.suicide_risk);
    assert.ok(
      flagged.some((r: any) => r.reference === risk.reference),
      'the suicide-risk report is flagged',
    );
    assert.deepEqual(
      order.slice(0, flagged.length),
      flagged.map((r: any) => r.reference),
      'flagged first',
    );
    const rest = order.filter(
      (ref: string) => !flagged.some((f: any) => f.reference === ref) && ours.includes(ref),
    );
    assert.deepEqual(
      rest,
      ours.filter((ref) => rest.includes(ref)),
      'then oldest first',
    );
    assert.equal(inbox.json.counts.by_status.received, inbox.json.counts.total);
    const onlySchool = await as(server, 'naka', '/v1/admin/reports?path=school');
    assert.deepEqual(
      onlySchool.json.data.map((r: any) => r.reference),
      [school.reference],
    );
    const onlySelf = await as(server, 'naka', '/v1/admin/reports?path=self');
    assert.deepEqual(
      onlySelf.json.data.map((r: any) => r.reference),
      [self.reference],
    );
    assert.equal((await as(server, 'naka', '/v1/admin/reports?path=lost')).status, 422);
  });

  it('acknowledge, assign, hand off to 鶴見区: the chronology names each step; the reporter sees the status only', async () => {
    const report = await send(
      aboutSomeone({
        free_text: '転居したらしい',
        reporter_contact: { name: '山田', phone: '090-1111-2222' },
      }),
    );
    const ack = await as(server, 'naka', `/v1/admin/reports/${report.reference}/status`, {
      body: { status: 'acknowledged', note: '民生委員に確認を依頼' },
    });
    assert.equal(ack.status, 200, ack.text);
    const assign = await as(server, 'naka', `/v1/admin/reports/${report.reference}/assign`, {
      body: { staff_id: server.staff.naka.id },
    });
    assert.equal(assign.json.assigned_to.id, server.staff.naka.id);
    const wrongPerson = await as(server, 'naka', `/v1/admin/reports/${report.reference}/assign`, {
      body: { staff_id: server.staff.tsurumi.id },
    });
    assert.deepEqual(wrongPerson.json.error.fields, [{ path: 'staff_id', code: 'invalid_choice' }]);
    const colleagues = await as(server, 'naka', '/v1/admin/colleagues');
    assert.ok(colleagues.json.data.some((p: any) => p.id === server.staff.naka.id));
    assert.ok(!colleagues.json.data.some((p: any) => p.id === server.staff.tsurumi.id));

    const noReason = await as(server, 'naka', `/v1/admin/reports/${report.reference}/handoff`, {
      body: { to_ward: 'tsurumi' },
    });
    assert.equal(noReason.status, 422);
    const handoff = await as(server, 'naka', `/v1/admin/reports/${report.reference}/handoff`, {
      body: { to_ward: 'tsurumi', reason: '鶴見区に転居されたため' },
    });
    assert.equal(handoff.status, 200, handoff.text);
    assert.deepEqual(handoff.json, { reference: report.reference, ward_id: 'tsurumi', visible: false });
    assert.equal(
      (await as(server, 'naka', `/v1/admin/reports/${report.reference}`)).status,
      404,
      'gone from 中区',
    );

    const there = await as(server, 'tsurumi', `/v1/admin/reports/${report.reference}`);
    assert.equal(there.status, 200);
    assert.equal(there.json.ward_id, 'tsurumi');
    assert.equal(there.json.assigned_to, null, 'the assignment stays behind');
    assert.deepEqual(
      there.json.history.map((h: any) => [h.kind, h.actor]),
      [
        ['received', null],
        ['status', server.staff.naka.login],
        ['assigned', server.staff.naka.login],
        ['handed_off', server.staff.naka.login],
      ],
    );
    assert.deepEqual(there.json.history[3].detail, {
      from_ward: 'naka',
      to_ward: 'tsurumi',
      reason: '鶴見区に転居されたため',
    });
    assert.deepEqual(there.json.guidance.slice(-1), ['keep_reference_for_status']);
    const inbox = await as(server, 'tsurumi', '/v1/admin/reports');
    assert.ok(inbox.json.data.some((r: any) => r.reference === report.reference));

    // the reporter's side: the status and when it changed — never notes, names, wards or reasons
    const status = await call(server, `/v1/concern-reports/${report.reference}/status`, {
      headers: { 'X-Check-Code': report.check_code },
    });
    assert.deepEqual(Object.keys(status.json).sort(), ['reference', 'status', 'updated_at']);
    assert.equal(status.json.status, 'acknowledged');
    for (const secret of ['民生委員', '転居', 'tsurumi', server.staff.naka.login, '山田'])
      assert.ok(!status.text.includes(secret), secret);
  });

  it('a window checked by its ward gets the date of the check, shown to everyone', async () => {
    const res = await as(server, 'naka', '/v1/admin/windows/naka-seikatsushien/confirm', { method: 'POST' });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.confirmed_on, '2026-12-03');
    assert.equal((await call(server, '/v1/windows/naka-seikatsushien')).json.confirmed_on, '2026-12-03');
    const other = await as(server, 'tsurumi', '/v1/admin/windows/naka-seikatsushien/confirm', {
      method: 'POST',
    });
    assert.equal(other.json.error.code, 'ward_not_allowed');
    const audit = await admin(server, '/v1/admin/audit?target_id=naka-seikatsushien');
    assert.ok(
      audit.json.data.some((a: any) => a.action === 'window.confirm' && a.actor === server.staff.naka.login),
    );
  });
});
