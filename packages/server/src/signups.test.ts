/* eslint-disable @typescript-eslint/no-unsafe-argument, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return -- tests read untyped JSON bodies */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { startTestServer, type TestServer } from './testing.js';
import { activityFixture, admin, call, freshKey, personSignup } from './test-support.js';

const NOW = new Date('2026-12-01T01:00:00Z');

const activity = activityFixture;
const person = personSignup;

describe('activities and sign-ups', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ now: () => NOW });
  });
  after(() => server.close());

  it('lists sample activities with seats left, filtered by ward and type', async () => {
    const res = await call(server, '/v1/activities?ward=naka&type=training,watch');
    assert.equal(res.status, 200);
    assert.ok(res.json.data.length >= 2);
    for (const a of res.json.data) {
      assert.equal(a.ward_id, 'naka');
      assert.ok(['training', 'watch'].includes(a.type));
      assert.equal(a.sample, true);
      assert.equal(a.seats_left, a.capacity);
    }
    const starts = res.json.data.map((a: any) => Date.parse(a.starts_at));
    assert.deepEqual(
      starts,
      [...starts].sort((x: number, y: number) => x - y),
    );
    const all = await call(server, '/v1/activities?limit=100');
    assert.equal(all.json.data.length, 72);
    const bad = await call(server, '/v1/activities?type=party&from=2026-13-01');
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.json.error.fields.map((f: any) => f.path).sort(), ['from', 'type']);
    const window = await call(server, '/v1/activities?from=2026-12-08&to=2026-12-08&limit=100');
    for (const a of window.json.data) assert.equal(a.starts_at.slice(0, 10), '2026-12-08');
  });

  it('200 concurrent sign-ups for 10 seats: exactly 10 confirmed, 190 waitlisted in arrival order', async () => {
    assert.equal((await admin(server, '/v1/admin/activities', { body: activity('rush') })).status, 201);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        call(server, '/v1/signups', { body: person('rush', i), idempotencyKey: freshKey() }),
      ),
    );
    assert.ok(
      results.every((r) => r.status === 201),
      results.find((r) => r.status !== 201)?.text,
    );
    const confirmed = results.filter((r) => r.json.status === 'confirmed');
    const waiting = results.filter((r) => r.json.status === 'waitlisted');
    assert.equal(confirmed.length, 10);
    assert.equal(waiting.length, 190);
    assert.deepEqual(
      waiting.map((r) => r.json.waitlist_position).sort((a, b) => a - b),
      Array.from({ length: 190 }, (_, i) => i + 1),
    );
    // arrival order = the order the server stored them: every confirmed one arrived before every waiting one,
    // and waitlist positions follow that order
    const db = new Database(server.dbPath, { readonly: true });
    try {
      const rows = db
        .prepare(`SELECT id, status FROM signups WHERE activity_id = 'rush' ORDER BY seq`)
        .all() as { id: string; status: string }[];
      assert.deepEqual(
        rows.slice(0, 10).map((r) => r.status),
        Array(10).fill('confirmed'),
      );
      const positionById = new Map(waiting.map((r) => [r.json.id, r.json.waitlist_position]));
      assert.deepEqual(
        rows.slice(10).map((r) => positionById.get(r.id)),
        Array.from({ length: 190 }, (_, i) => i + 1),
      );
    } finally {
      db.close();
    }
    const listed = await call(server, '/v1/activities/rush');
    assert.equal(listed.json.seats_left, 0);
    assert.equal(listed.json.waitlist_count, 190);
  });

  it('cancelling a confirmed seat promotes the first waiting; the token is required', async () => {
    await admin(server, '/v1/admin/activities', { body: activity('small', { capacity: 2 }) });
    const made = [];
    for (let i = 0; i < 4; i++)
      made.push(
        (await call(server, '/v1/signups', { body: person('small', i), idempotencyKey: freshKey() })).json,
      );
    assert.deepEqual(
      made.map((s) => s.status),
      ['confirmed', 'confirmed', 'waitlisted', 'waitlisted'],
    );
    const wrong = await call(server, `/v1/signups/${made[0].id}/cancel`, {
      body: { cancel_token: 'not-the-token' },
    });
    assert.equal(wrong.status, 404);
    const cancel = await call(server, `/v1/signups/${made[0].id}/cancel?token=${made[0].cancel_token}`, {
      method: 'POST',
    });
    assert.equal(cancel.status, 200, cancel.text);
    assert.equal(cancel.json.status, 'cancelled');
    const first = await call(server, `/v1/signups/${made[2].id}?token=${made[2].cancel_token}`);
    assert.equal(first.json.status, 'confirmed');
    const second = await call(server, `/v1/signups/${made[3].id}?token=${made[3].cancel_token}`);
    assert.equal(second.json.status, 'waitlisted');
    assert.equal(second.json.waitlist_position, 1);
    // cancelling twice is harmless and promotes nobody else
    const again = await call(server, `/v1/signups/${made[0].id}/cancel`, {
      body: { cancel_token: made[0].cancel_token },
    });
    assert.equal(again.json.status, 'cancelled');
    assert.equal(
      (await call(server, `/v1/signups/${made[3].id}?token=${made[3].cancel_token}`)).json.status,
      'waitlisted',
    );
    // a waiting person leaving does not change the confirmed count
    await call(server, `/v1/signups/${made[3].id}/cancel`, { body: { cancel_token: made[3].cancel_token } });
    assert.equal((await call(server, '/v1/activities/small')).json.seats_left, 0);
  });

  it('replayed idempotency keys create nothing twice; a different body is a 409', async () => {
    await admin(server, '/v1/admin/activities', { body: activity('replay', { capacity: 1 }) });
    const key = freshKey();
    const runs = await Promise.all(
      [0, 1, 2, 3, 4].map(() =>
        call(server, '/v1/signups', { body: person('replay', 1), idempotencyKey: key }),
      ),
    );
    const ids = new Set(runs.map((r) => r.json.id));
    assert.equal(ids.size, 1);
    assert.ok(runs.every((r) => r.json.status === 'confirmed'));
    assert.equal(runs.filter((r) => r.headers.get('idempotency-replayed') === 'true').length, 4);
    assert.equal((await call(server, '/v1/activities/replay')).json.waitlist_count, 0);
    const conflict = await call(server, '/v1/signups', { body: person('replay', 2), idempotencyKey: key });
    assert.equal(conflict.status, 409);
    assert.equal(conflict.json.error.type, 'idempotency_error');
  });

  it('organisations sign up several people up to the seats left', async () => {
    await admin(server, '/v1/admin/activities', { body: activity('orgs', { capacity: 5 }) });
    const org = (headcount: number) => ({
      activity_id: 'orgs',
      kind: 'organisation',
      name: '担当 太郎',
      organisation_name: '〇〇商店',
      phone: '045-000-0000',
      headcount,
      terms_accepted: true,
    });
    const three = await call(server, '/v1/signups', { body: org(3), idempotencyKey: freshKey() });
    assert.equal(three.json.status, 'confirmed');
    assert.equal(three.json.headcount, 3);
    const tooMany = await call(server, '/v1/signups', { body: org(3), idempotencyKey: freshKey() });
    assert.equal(tooMany.status, 422);
    assert.deepEqual(tooMany.json.error.fields, [{ path: 'headcount', code: 'not_enough_seats' }]);
    assert.equal(
      (await call(server, '/v1/signups', { body: org(2), idempotencyKey: freshKey() })).json.status,
      'confirmed',
    );
    assert.equal(
      (await call(server, '/v1/signups', { body: org(4), idempotencyKey: freshKey() })).json.status,
      'waitlisted',
    );
    assert.equal((await call(server, '/v1/activities/orgs')).json.seats_left, 0);
  });

  const orgOf = (activityId: string, headcount: number) => ({
    activity_id: activityId,
    kind: 'organisation',
    name: '担当 太郎',
    organisation_name: '〇〇商店',
    phone: '045-000-0000',
    headcount,
    terms_accepted: true,
  });
  const signUp = async (body: unknown) =>
    (await call(server, '/v1/signups', { body, idempotencyKey: freshKey() })).json;
  const statusOf = async (s: { id: string; cancel_token: string }) =>
    (await call(server, `/v1/signups/${s.id}`, { headers: { 'X-Cancel-Token': s.cancel_token } })).json
      .status;
  const cancel = (s: { id: string; cancel_token: string }) =>
    call(server, `/v1/signups/${s.id}/cancel`, { body: { cancel_token: s.cancel_token } });

  it('a headcount larger than the capacity is refused, and one already waiting never holds up the rest', async () => {
    await admin(server, '/v1/admin/activities', { body: activity('big', { capacity: 3 }) });
    const seated = [
      await signUp(person('big', 1)),
      await signUp(person('big', 2)),
      await signUp(person('big', 3)),
    ];
    assert.deepEqual(
      seated.map((s) => s.status),
      ['confirmed', 'confirmed', 'confirmed'],
    );
    const tooBig = await call(server, '/v1/signups', { body: orgOf('big', 4), idempotencyKey: freshKey() });
    assert.equal(tooBig.status, 422, 'it could never be seated: not put on the waitlist');
    assert.deepEqual(tooBig.json.error.fields, [{ path: 'headcount', code: 'too_large' }]);
    // one such sign-up made before the rule (or before the capacity was lowered) waits at the head
    server.server.db
      .prepare(
        `INSERT INTO signups (id, activity_id, kind, headcount, status, token_hash, personal, created_at, updated_at)
         VALUES ('su_legacy_big', 'big', 'organisation', 5, 'waitlisted', 'x', '', ?, ?)`,
      )
      .run(NOW.toISOString(), NOW.toISOString());
    const behind = await signUp(person('big', 4));
    assert.equal(behind.status, 'waitlisted');
    assert.equal((await cancel(seated[0])).status, 200);
    assert.equal(await statusOf(behind), 'confirmed', 'the seat goes to the next one who fits');
  });

  it('cancelling the waiting sign-up at the head promotes those behind it, in order', async () => {
    await admin(server, '/v1/admin/activities', { body: activity('fifo', { capacity: 3 }) });
    const seated = [
      await signUp(person('fifo', 1)),
      await signUp(person('fifo', 2)),
      await signUp(person('fifo', 3)),
    ];
    const org = await signUp(orgOf('fifo', 2));
    const next = await signUp(person('fifo', 4));
    const last = await signUp(person('fifo', 5));
    assert.deepEqual([org.status, next.status, last.status], ['waitlisted', 'waitlisted', 'waitlisted']);
    await cancel(seated[0]);
    assert.equal(
      await statusOf(next),
      'waitlisted',
      'strict FIFO: the organisation of 2 is first and does not fit',
    );
    assert.equal((await cancel(org)).status, 200);
    assert.equal(await statusOf(next), 'confirmed');
    assert.equal(await statusOf(last), 'waitlisted', 'one seat, one promotion');
    await cancel(seated[1]);
    assert.equal(await statusOf(last), 'confirmed');
  });

  it('bad inputs get field codes', async () => {
    await admin(server, '/v1/admin/activities', {
      body: activity('rules', {
        signup_fields: ['phone'],
        allow_organisations: false,
        requirements: { min_age: 16, guardian_consent_under: 18 },
      }),
    });
    const cases: [Record<string, unknown>, { path: string; code: string }[]][] = [
      [
        { activity_id: 'rules', kind: 'person', name: 'a', terms_accepted: false },
        [
          { path: 'email', code: 'contact_required' },
          { path: 'terms_accepted', code: 'terms_required' },
        ],
      ],
      [
        person('rules', 1, { age: 17, phone: '090-1111-2222' }),
        [
          { path: 'guardian_name', code: 'required' },
          { path: 'guardian_consent', code: 'guardian_consent_required' },
        ],
      ],
      [
        person('rules', 1, {
          age: 15,
          phone: '090-1111-2222',
          guardian_consent: true,
          guardian_name: '保護者',
        }),
        [{ path: 'age', code: 'too_young' }],
      ],
      [person('rules', 1), [{ path: 'phone', code: 'required' }]],
      [
        {
          activity_id: 'rules',
          kind: 'organisation',
          name: 'a',
          organisation_name: 'b',
          email: 'a@example.jp',
          phone: '090-1111-2222',
          terms_accepted: true,
        },
        [{ path: 'kind', code: 'not_allowed' }],
      ],
      [person('nope', 1), [{ path: 'activity_id', code: 'unknown_activity' }]],
      [person('rules', 1, { email: 'bad' }), [{ path: 'email', code: 'invalid_email' }]],
      [
        person('rules', 1, { phone: '090-1111-2222', website: 'spam' }),
        [{ path: 'website', code: 'not_allowed' }],
      ],
    ];
    for (const [body, fields] of cases) {
      const res = await call(server, '/v1/signups', { body, idempotencyKey: freshKey() });
      assert.equal(res.status, 422, JSON.stringify(body) + res.text);
      assert.deepEqual(res.json.error.fields, fields, JSON.stringify(body));
    }
    const ok = await call(server, '/v1/signups', {
      body: person('rules', 1, {
        age: 17,
        phone: '090-1111-2222',
        guardian_consent: true,
        guardian_name: '保護者',
      }),
      idempotencyKey: freshKey(),
    });
    assert.equal(ok.status, 201, ok.text);
  });

  it('who gives an age and who needs a guardian follow the activity (the rules the widget applies)', async () => {
    await admin(server, '/v1/admin/activities', {
      body: activity('aged', {
        signup_fields: ['age', 'phone'],
        requirements: { min_age: 12, guardian_consent_under: 16 },
      }),
    });
    // an organisation gives no one age: it used to be refused with age "required" and no field to fill
    const org = await call(server, '/v1/signups', {
      body: {
        activity_id: 'aged',
        kind: 'organisation',
        name: '担当者',
        organisation_name: 'NPO 寿',
        headcount: 3,
        phone: '０４５－６７１－２４０２',
        terms_accepted: true,
      },
      idempotencyKey: freshKey(),
    });
    assert.equal(org.status, 201, org.text);
    // 17 is over this activity's guardian age (16): no guardian asked, none required
    const seventeen = await call(server, '/v1/signups', {
      body: person('aged', 2, { age: 17, phone: '090-1111-2222' }),
      idempotencyKey: freshKey(),
    });
    assert.equal(seventeen.status, 201, seventeen.text);
    const fifteen = await call(server, '/v1/signups', {
      body: person('aged', 3, { age: 15, phone: '090-1111-2222' }),
      idempotencyKey: freshKey(),
    });
    assert.deepEqual(fifteen.json.error.fields, [
      { path: 'guardian_name', code: 'required' },
      { path: 'guardian_consent', code: 'guardian_consent_required' },
    ]);
  });

  it('a started activity cannot be booked', async () => {
    await admin(server, '/v1/admin/activities', {
      body: activity('past', {
        starts_at: '2026-11-30T10:00:00+09:00',
        ends_at: '2026-11-30T12:00:00+09:00',
      }),
    });
    const res = await call(server, '/v1/signups', { body: person('past', 1), idempotencyKey: freshKey() });
    assert.equal(res.status, 409);
    assert.equal(res.json.error.code, 'activity_not_bookable');
  });
});

describe('sign-ups: personal details are removed after the activity', () => {
  let clock = NOW;
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ now: () => clock });
  });
  after(() => server.close());

  it('after the retention period the roster keeps seats and statuses, not who the people were', async () => {
    await admin(server, '/v1/admin/activities', { body: activity('past-soon', { capacity: 1 }) });
    const later = {
      starts_at: '2027-12-20T10:00:00+09:00',
      ends_at: '2027-12-20T12:00:00+09:00',
    };
    await admin(server, '/v1/admin/activities', { body: activity('next-year', later) });
    for (const [id, n] of [
      ['past-soon', 1],
      ['past-soon', 2],
      ['next-year', 3],
    ] as const) {
      const res = await call(server, '/v1/signups', { body: person(id, n), idempotencyKey: freshKey() });
      assert.equal(res.status, 201);
    }
    const roster = async (id: string) =>
      (await admin(server, `/v1/admin/activities/${id}/roster`)).text.trim().split('\r\n').slice(1);

    // 89 days after the activity: nothing is removed yet
    clock = new Date('2027-03-19T01:00:00Z');
    assert.equal(
      (await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' })).json.purged_signups,
      0,
    );
    assert.ok((await roster('past-soon'))[0]!.includes('"参加者1"'));

    // 91 days after it (default retention 90): the two sign-ups of the past activity lose their details
    clock = new Date('2027-03-21T01:00:00Z');
    const purge = await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' });
    assert.equal(purge.json.purged_signups, 2);
    const past = await roster('past-soon');
    assert.equal(past.length, 2);
    assert.match(past[0]!, /"confirmed","","person","",/);
    assert.match(past[1]!, /"waitlisted","1","person","",/);
    assert.ok(!past.join('\n').includes('example.jp'), 'no e-mail address left');
    assert.ok(
      (await roster('next-year'))[0]!.includes('"p3@example.jp"'),
      'a coming activity keeps its list',
    );

    const db = new Database(server.dbPath, { readonly: true });
    try {
      const rows = db
        .prepare("SELECT personal, purged_at FROM signups WHERE activity_id = 'past-soon'")
        .all() as { personal: string; purged_at: string | null }[];
      assert.deepEqual(
        rows.map((r) => [r.personal, r.purged_at]),
        [
          ['', clock.toISOString()],
          ['', clock.toISOString()],
        ],
      );
    } finally {
      db.close();
    }
    assert.equal(
      (await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' })).json.purged_signups,
      0,
    );
  });

  it("a cancelled sign-up's personal details are removed a week after the cancellation", async () => {
    let now = new Date('2026-12-01T10:00:00+09:00');
    const server = await startTestServer({ now: () => now });
    try {
      await admin(server, '/v1/admin/activities', {
        body: activityFixture('cancel-purge', {
          starts_at: '2027-05-01T10:00:00+09:00',
          ends_at: '2027-05-01T12:00:00+09:00',
        }),
      });
      const signup = (
        await call(server, '/v1/signups', {
          body: personSignup('cancel-purge', 1),
          idempotencyKey: freshKey(),
        })
      ).json;
      await call(server, `/v1/signups/${signup.id}/cancel`, { body: { cancel_token: signup.cancel_token } });
      const personal = () =>
        (
          server.server.db.prepare('SELECT personal FROM signups WHERE id = ?').get(signup.id) as {
            personal: string;
          }
        ).personal;
      now = new Date('2026-12-05T10:00:00+09:00');
      await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' });
      assert.notEqual(personal(), '', 'kept a few days');
      now = new Date('2026-12-09T10:00:00+09:00');
      const purge = await admin(server, '/v1/admin/maintenance/purge', { method: 'POST' });
      assert.equal(purge.json.purged_signups, 1);
      assert.equal(personal(), '');
    } finally {
      await server.close();
    }
  });
});
