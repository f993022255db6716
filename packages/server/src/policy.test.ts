// The policy matrix: every route of the app has a policy, and every route answers every kind of caller as
// its policy says — allowed callers succeed, others get 403 permission_error role_not_allowed, and a caller
// without a credential gets 401.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ROLES, ROUTE_POLICIES, type Role, type RouteKey } from '@tsunagu/schema';
import { createApp } from './app.js';
import { openDatabase } from './db/open.js';
import { policyPath } from './http/routes.js';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, activityFixture, admin, call, freshKey, personSignup } from './test-support.js';
import { createApiKey } from './services/keys.js';

interface Fixture {
  method?: string;
  path: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
  /** what counts as success for an allowed caller (default: 2xx) */
  ok?: (status: number) => boolean;
}
type Setup = (role: Role) => Promise<Fixture> | Fixture;

describe('policy: every route × every principal', () => {
  let server: TestServer;
  let report: { reference: string; check_code: string };
  let seq = 0;
  const next = () => `m${++seq}-${randomBytes(2).toString('hex')}`;
  const credential = (role: Role | 'none'): string | null =>
    role === 'none'
      ? null
      : role === 'publishable'
        ? server.publishableKey
        : role === 'partner'
          ? server.secretKey
          : server.sessionFor(role === 'ward_staff' ? 'naka' : role === 'city_admin' ? 'admin' : 'auditor');

  /** an activity in 中区 owned by the test partner: the partner, 中区 staff and administrators manage it */
  const ownedActivity = async () => {
    const id = `pol-${next()}`;
    const res = await call(server, '/v1/admin/activities', {
      key: server.secretKey,
      body: activityFixture(id, {
        starts_at: '2027-06-01T10:00:00+09:00',
        ends_at: '2027-06-01T12:00:00+09:00',
      }),
    });
    assert.equal(res.status, 201, res.text);
    return id;
  };
  const naKaWindow = async () => {
    const id = `pol-window-${next()}`;
    const res = await admin(server, '/v1/admin/windows', { body: windowInput(id) });
    assert.equal(res.status, 201, res.text);
    return id;
  };
  const signup = async () => {
    const id = await ownedActivity();
    const res = await call(server, '/v1/signups', { body: personSignup(id, 1), idempotencyKey: freshKey() });
    assert.equal(res.status, 201, res.text);
    return res.json as { id: string; cancel_token: string };
  };
  const spareKey = () => {
    const db = server.server.db;
    const created = createApiKey(
      db,
      { partnerId: server.partnerId, kind: 'publishable', allowedOrigins: [] },
      new Date(),
    );
    server.server.services.keys.invalidate();
    return created.id;
  };

  const spareWebhook = () =>
    server.server.services.webhooks.create('http://127.0.0.1:9/spare', ['signup.created'], new Date()).webhook
      .id;

  const fixtures: Record<RouteKey, Setup> = {
    'GET /v1/partner': () => ({ path: '/v1/partner' }),
    'GET /v1/areas': () => ({ path: '/v1/areas?ward=naka' }),
    'GET /v1/windows': () => ({ path: '/v1/windows?ward=naka&limit=2' }),
    'GET /v1/windows/{id}': () => ({ path: '/v1/windows/naka-seikatsushien' }),
    'POST /v1/concern-reports': () => ({
      path: '/v1/concern-reports',
      body: aboutSomeone(),
      headers: { 'Idempotency-Key': freshKey() },
    }),
    'GET /v1/concern-reports/{reference}/status': () => ({
      path: `/v1/concern-reports/${report.reference}/status`,
      headers: { 'X-Check-Code': report.check_code },
    }),
    'GET /v1/activities': () => ({ path: '/v1/activities?ward=naka' }),
    'GET /v1/activities/{id}': () => ({ path: '/v1/activities/sample-naka-watch' }),
    'POST /v1/signups': async () => ({
      path: '/v1/signups',
      body: personSignup(await ownedActivity(), 2),
      headers: { 'Idempotency-Key': freshKey() },
    }),
    'GET /v1/signups/{id}': async () => {
      const s = await signup();
      return { path: `/v1/signups/${s.id}?token=${s.cancel_token}` };
    },
    'POST /v1/signups/{id}/cancel': async () => {
      const s = await signup();
      return { path: `/v1/signups/${s.id}/cancel`, body: { cancel_token: s.cancel_token } };
    },
    'POST /v1/auth/login': () => ({
      path: '/v1/auth/login',
      body: {
        login: server.staff.naka.login,
        password: server.staff.naka.password,
        session_delivery: 'bearer',
      },
    }),
    'GET /v1/auth/session': () => ({ path: '/v1/auth/session' }),
    'POST /v1/auth/logout': () => ({ path: '/v1/auth/logout', method: 'POST' }),
    'POST /v1/auth/logout-everywhere': () => ({ path: '/v1/auth/logout-everywhere', method: 'POST' }),
    'POST /v1/auth/password': (role) => {
      const person =
        server.staff[role === 'ward_staff' ? 'naka' : role === 'city_admin' ? 'admin' : 'auditor'];
      return {
        path: '/v1/auth/password',
        body: { current_password: person.password, new_password: person.password },
      };
    },
    // administrators have a second factor from the start: a second enrolment is a conflict, not a refusal
    'POST /v1/auth/totp': () => ({
      path: '/v1/auth/totp',
      method: 'POST',
      ok: (s) => s === 200 || s === 409,
    }),
    'POST /v1/auth/totp/confirm': () => ({
      path: '/v1/auth/totp/confirm',
      body: { totp_code: '000000' },
      ok: (s) => s === 422,
    }),
    'GET /v1/admin/reports': () => ({ path: '/v1/admin/reports?ward=naka' }),
    'GET /v1/admin/reports/{reference}': () => ({ path: `/v1/admin/reports/${report.reference}` }),
    'POST /v1/admin/reports/{reference}/status': () => ({
      path: `/v1/admin/reports/${report.reference}/status`,
      body: { status: 'acknowledged' },
    }),
    'POST /v1/admin/reports/{reference}/assign': () => ({
      path: `/v1/admin/reports/${report.reference}/assign`,
      body: { staff_id: server.staff.naka.id },
    }),
    'POST /v1/admin/reports/{reference}/handoff': async () => {
      const fresh = await call(server, '/v1/concern-reports', {
        body: aboutSomeone(),
        idempotencyKey: freshKey(),
      });
      return {
        path: `/v1/admin/reports/${fresh.json.reference}/handoff`,
        body: { to_ward: 'tsurumi', reason: '転居されたため' },
      };
    },
    'GET /v1/admin/colleagues': () => ({ path: '/v1/admin/colleagues?ward=naka' }),
    'POST /v1/admin/windows/{id}/confirm': () => ({
      method: 'POST',
      path: '/v1/admin/windows/naka-seikatsushien/confirm',
    }),
    'GET /v1/admin/webhooks': () => ({ path: '/v1/admin/webhooks' }),
    'POST /v1/admin/webhooks': () => ({
      path: '/v1/admin/webhooks',
      body: { url: 'http://127.0.0.1:9/hooks', events: ['concern_report.created'] },
    }),
    'DELETE /v1/admin/webhooks/{id}': () => ({
      method: 'DELETE',
      path: `/v1/admin/webhooks/${spareWebhook()}`,
    }),
    'GET /v1/admin/webhooks/{id}/deliveries': () => ({
      path: `/v1/admin/webhooks/${spareWebhook()}/deliveries`,
    }),
    'GET /v1/admin/audit': () => ({ path: '/v1/admin/audit?limit=5' }),
    'GET /v1/admin/windows': () => ({ path: '/v1/admin/windows' }),
    'POST /v1/admin/windows': () => ({ path: '/v1/admin/windows', body: windowInput(`pol-new-${next()}`) }),
    'PUT /v1/admin/windows/{id}': async () => {
      const id = await naKaWindow();
      return { method: 'PUT', path: `/v1/admin/windows/${id}`, body: windowInput(id) };
    },
    'DELETE /v1/admin/windows/{id}': async () => ({
      method: 'DELETE',
      path: `/v1/admin/windows/${await naKaWindow()}`,
    }),
    'POST /v1/admin/windows/import': () => ({
      path: '/v1/admin/windows/import',
      raw: JSON.stringify([windowInput(`pol-import-${next()}`)]),
      headers: { 'Content-Type': 'application/json' },
    }),
    'GET /v1/admin/windows/export': () => ({ path: '/v1/admin/windows/export' }),
    'GET /v1/admin/activities': () => ({ path: '/v1/admin/activities' }),
    'POST /v1/admin/activities': () => ({
      path: '/v1/admin/activities',
      body: activityFixture(`pol-new-${next()}`, {
        starts_at: '2027-06-01T10:00:00+09:00',
        ends_at: '2027-06-01T12:00:00+09:00',
      }),
    }),
    'PUT /v1/admin/activities/{id}': async () => {
      const id = await ownedActivity();
      return {
        method: 'PUT',
        path: `/v1/admin/activities/${id}`,
        body: activityFixture(id, {
          capacity: 12,
          starts_at: '2027-06-01T10:00:00+09:00',
          ends_at: '2027-06-01T12:00:00+09:00',
        }),
      };
    },
    'DELETE /v1/admin/activities/{id}': async () => ({
      method: 'DELETE',
      path: `/v1/admin/activities/${await ownedActivity()}`,
    }),
    'GET /v1/admin/activities/{id}/roster': async () => ({
      path: `/v1/admin/activities/${await ownedActivity()}/roster`,
    }),
    'GET /v1/admin/stats': () => ({ path: '/v1/admin/stats' }),
    'POST /v1/admin/maintenance/purge': () => ({ path: '/v1/admin/maintenance/purge', method: 'POST' }),
    'GET /v1/admin/partners': () => ({ path: '/v1/admin/partners' }),
    'POST /v1/admin/partners': () => ({
      path: '/v1/admin/partners',
      body: { name: `Shop ${next()}`, type: 'shop' },
    }),
    'PATCH /v1/admin/partners/{id}': () => ({
      method: 'PATCH',
      path: `/v1/admin/partners/${server.partnerId}`,
      body: { ward_id: 'naka' },
    }),
    'GET /v1/admin/keys': () => ({ path: '/v1/admin/keys' }),
    'POST /v1/admin/keys': () => ({
      path: '/v1/admin/keys',
      body: { partner_id: server.partnerId, kind: 'publishable', allowed_origins: ['https://shop.example'] },
    }),
    'PATCH /v1/admin/keys/{id}': () => ({
      method: 'PATCH',
      path: `/v1/admin/keys/${spareKey()}`,
      body: { allowed_origins: ['https://shop.example'] },
    }),
    'POST /v1/admin/keys/{id}/revoke': () => ({
      method: 'POST',
      path: `/v1/admin/keys/${spareKey()}/revoke`,
    }),
    'POST /v1/admin/keys/{id}/rotate': () => ({
      path: `/v1/admin/keys/${spareKey()}/rotate`,
      body: { overlap_hours: 1 },
    }),
    'GET /v1/admin/staff': () => ({ path: '/v1/admin/staff' }),
    'POST /v1/admin/staff': () => ({
      path: '/v1/admin/staff',
      body: { login: `new-${next()}`, display_name: '新しい職員', role: 'ward_staff', wards: ['naka'] },
    }),
    'PATCH /v1/admin/staff/{id}': () => ({
      method: 'PATCH',
      path: `/v1/admin/staff/${server.staff.tsurumi.id}`,
      body: { display_name: '鶴見区 職員' },
    }),
  };

  before(async () => {
    server = await startTestServer();
    report = (await call(server, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() }))
      .json;
  });
  after(() => server.close());

  it("walks the app's own routes: each has a policy, and each policy a route and a fixture", () => {
    const app = createApp({ db: openDatabase(':memory:'), encryptionKey: randomBytes(32) });
    const routes = new Set(
      app.routes
        .filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/'))
        .map((r) => `${r.method} ${policyPath('', r.path)}`),
    );
    const policies = new Set(Object.keys(ROUTE_POLICIES));
    assert.deepEqual(
      [...routes].filter((r) => !policies.has(r)),
      [],
      'routes without a policy',
    );
    assert.deepEqual(
      [...policies].filter((p) => !routes.has(p)),
      [],
      'policies without a route',
    );
    assert.deepEqual(Object.keys(fixtures).sort(), [...policies].sort());
  });

  it('the table gives each role what the issue says and nothing more', () => {
    const open = (role: Role) =>
      Object.entries(ROUTE_POLICIES)
        .filter(([, p]) => (p.allow as readonly string[]).includes(role))
        .map(([k]) => k);
    const PUBLIC_READS = [
      'GET /v1/areas',
      'GET /v1/windows',
      'GET /v1/windows/{id}',
      'GET /v1/activities',
      'GET /v1/activities/{id}',
    ];
    // browser widgets: exactly the public operations
    assert.deepEqual(
      open('publishable').sort(),
      [
        ...PUBLIC_READS,
        'GET /v1/partner',
        'POST /v1/concern-reports',
        'GET /v1/concern-reports/{reference}/status',
        'POST /v1/signups',
        'GET /v1/signups/{id}',
        'POST /v1/signups/{id}/cancel',
      ].sort(),
    );
    // a partner's server: the same, plus its own activities and their rosters; no report content, ever
    assert.deepEqual(
      open('partner')
        .filter((k) => !open('publishable').includes(k))
        .sort(),
      [
        'DELETE /v1/admin/activities/{id}',
        'GET /v1/admin/activities',
        'GET /v1/admin/activities/{id}/roster',
        'POST /v1/admin/activities',
        'PUT /v1/admin/activities/{id}',
      ],
    );
    // the auditor reads the audit log and manages only their own session
    assert.deepEqual(
      open('auditor').filter((k) => !k.startsWith('POST /v1/auth/') && k !== 'GET /v1/auth/session'),
      ['GET /v1/admin/audit'],
    );
    // ward staff: no partners, keys, staff accounts, purge or bulk import
    for (const k of open('ward_staff')) assert.doesNotMatch(k, /partners|keys|staff|purge|import/, k);
    // the administrator can do every staff thing
    for (const k of [...open('ward_staff'), ...open('auditor')]) assert.ok(open('city_admin').includes(k), k);
  });

  for (const [route, policy] of Object.entries(ROUTE_POLICIES) as [
    RouteKey,
    (typeof ROUTE_POLICIES)[RouteKey],
  ][]) {
    it(route, async () => {
      const method = route.split(' ')[0]!;
      for (const role of [...ROLES, 'none'] as const) {
        const f = await fixtures[route](role === 'none' ? 'publishable' : role);
        const res = await call(server, f.path, {
          method: f.method ?? method,
          key: credential(role),
          ...(f.body !== undefined ? { body: f.body } : {}),
          ...(f.raw !== undefined ? { raw: f.raw } : {}),
          ...(f.headers ? { headers: f.headers } : {}),
        });
        const allowed =
          'anonymous' in policy || (role !== 'none' && (policy.allow as readonly string[]).includes(role));
        const label = `${route} as ${role}: ${res.status} ${res.text.slice(0, 160)}`;
        if (allowed) assert.ok((f.ok ?? ((s) => s >= 200 && s < 300))(res.status), label);
        else if (role === 'none') {
          assert.equal(res.status, 401, label);
          assert.equal(res.json.error.type, 'authentication_error', label);
        } else {
          assert.equal(res.status, 403, label);
          assert.equal(res.json.error.type, 'permission_error', label);
          assert.equal(res.json.error.code, 'role_not_allowed', label);
        }
      }
    });
  }
});

function windowInput(id: string) {
  return {
    id,
    kind: 'office',
    name: 'ポリシー確認の窓口（テスト）',
    organization: 'テスト',
    description_codes: [],
    concerns: ['food'],
    ward_id: 'naka',
    service_area: null,
    location: { address: '横浜市中区相生町1-1', lat: 35.447, lng: 139.636 },
    phones: [{ number: '045-000-0001', kind: 'voice' }],
    hours: {
      schedules: [{ byday: ['SA'], opens_at: '10:00', closes_at: '15:00' }],
      closed_on_holidays: false,
    },
    note_codes: ['sample_data'],
    languages: ['ja'],
    accessibility: [],
    contact_modes: ['visit'],
    sample: true,
    source: { name: 'test' },
  };
}
