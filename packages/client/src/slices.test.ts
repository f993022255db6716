// The per-resource entry points (`@tsunagu/client/core` + `/areas`, `/windows`, …), imported by their package
// names so the `exports` map is tested too, against the real reference server (and the misbehaving proxy):
// the same data, errors, retries and idempotency keys as `createClient`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';
import {
  createHttp,
  newIdempotencyKey,
  TsunaguAuthError,
  TsunaguNetworkError,
  TsunaguNotFoundError,
  TsunaguValidationError,
  type TsunaguHttp,
} from '@tsunagu/client/core';
import { activitiesResource } from '@tsunagu/client/activities';
import { adminResource, partnerAdminResource } from '@tsunagu/client/admin';
import { authResource, startSession } from '@tsunagu/client/auth';
import { areasResource } from '@tsunagu/client/areas';
import { concernReportsResource } from '@tsunagu/client/concern-reports';
import { signupsResource } from '@tsunagu/client/signups';
import { windowsResource } from '@tsunagu/client/windows';
import * as sdk from './index.js';
import { activityInput, personSignup, schoolReferral } from './testing/fixtures.js';
import { closedPort, startProxy, type ProxyBehaviour, type TestProxy } from './testing/proxy.js';

let server: TestServer;
let http: TsunaguHttp;
let client: sdk.TsunaguClient;
let staff: ReturnType<typeof adminResource>;
const proxies: TestProxy[] = [];

before(async () => {
  server = await startTestServer();
  http = createHttp({ baseUrl: server.url, key: server.publishableKey, locale: 'ja' });
  client = sdk.createClient({ baseUrl: server.url, key: server.publishableKey, locale: 'ja' });
  staff = adminResource(createHttp({ baseUrl: server.url, key: server.sessionFor('admin') }));
});
after(async () => {
  await Promise.all(proxies.map((p) => p.close()));
  await server.close();
});

async function viaProxy(behaviour: ProxyBehaviour) {
  const proxy = await startProxy(server.url, behaviour);
  proxies.push(proxy);
  const core = createHttp({ baseUrl: proxy.url, key: server.publishableKey, retry: { maxDelay: 50 } });
  return { proxy, reports: concernReportsResource(core) };
}

const reportsInWard = async (ward: string) =>
  (await staff.reports.list({ ward }).toArray()).map((r) => r.reference);

describe('core', () => {
  test('refuses what createClient refuses, with the same errors', () => {
    assert.throws(() => createHttp({ baseUrl: 'api.example', key: 'pk_x' }), TypeError);
    assert.throws(() => createHttp({ baseUrl: 'https://api.example', key: 'xk_x' }), TypeError);
    assert.equal(createHttp({ baseUrl: 'https://api.example', key: 'sk_x' }).credential, 'secret');
    assert.equal(createHttp({ baseUrl: 'https://api.example', key: 'pk_x' }).credential, 'publishable');
    assert.equal(createHttp({ baseUrl: 'https://api.example', key: 'ss_x' }).credential, 'session');
  });

  test('its error classes are the very ones of the full SDK', () => {
    assert.equal(TsunaguValidationError, sdk.TsunaguValidationError);
    assert.equal(TsunaguNetworkError, sdk.TsunaguNetworkError);
  });

  test('newIdempotencyKey gives distinct UUIDv7s', () => {
    const key = newIdempotencyKey();
    assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(key, newIdempotencyKey());
  });
});

describe('reads give what createClient gives', () => {
  test('areas (wards only) and windows (a page, one window)', async () => {
    const areas = areasResource(http);
    assert.deepEqual(await areas.list({ towns: 'none' }), await client.areas.list({ towns: 'none' }));
    const windows = windowsResource(http);
    const page = await windows.list({ town: '寿町', limit: 3 }).page();
    assert.equal(page.context.ward_id, 'naka');
    assert.deepEqual(page, await client.windows.list({ town: '寿町', limit: 3 }).page());
    const first = page.data[0]?.window.id ?? '';
    assert.deepEqual(await windows.get(first), await client.windows.get(first));
  });

  test('activities: a filtered page and one activity', async () => {
    const activities = activitiesResource(http);
    const page = await activities.list({ ward: 'naka', limit: 2 }).page();
    assert.ok(page.data.length > 0 && page.data.every((a) => a.ward_id === 'naka'));
    const id = page.data[0]?.id ?? '';
    assert.equal((await activities.get(id)).id, id);
  });
});

describe('errors', () => {
  test('a bad report is a TsunaguValidationError with the field codes', async () => {
    const input = { ...schoolReferral(), ward_id: 'atlantis' };
    const err = await concernReportsResource(http)
      .create(input)
      .catch((e: unknown) => e);
    assert.ok(err instanceof TsunaguValidationError, String(err));
    assert.equal(err.status, 422);
    assert.ok(err.fields.some((f) => f.path === 'ward_id'));
  });

  test('an unknown window is a TsunaguNotFoundError; an unknown key a TsunaguAuthError', async () => {
    await assert.rejects(windowsResource(http).get('no-such-window'), TsunaguNotFoundError);
    const stranger = areasResource(createHttp({ baseUrl: server.url, key: 'pk_not_a_real_key' }));
    await assert.rejects(stranger.list(), (e) => e instanceof TsunaguAuthError && e.status === 401);
  });

  test('nothing listening is a TsunaguNetworkError', async () => {
    const core = createHttp({ baseUrl: `http://127.0.0.1:${await closedPort()}`, key: 'pk_x', retry: false });
    await assert.rejects(
      areasResource(core).list(),
      (e) => e instanceof TsunaguNetworkError && e.reason === 'failed',
    );
  });

  test('the admin slices refuse locally what the credential may never call', async () => {
    const proxy = await startProxy(server.url, { kind: 'pass' });
    proxies.push(proxy);
    const withPk = createHttp({ baseUrl: proxy.url, key: server.publishableKey });
    await assert.rejects(
      partnerAdminResource(withPk).activities.list().page(),
      (e) => e instanceof TsunaguAuthError && e.code === 'secret_key_required',
    );
    const withSk = createHttp({ baseUrl: proxy.url, key: server.secretKey });
    await assert.rejects(
      adminResource(withSk).stats(),
      (e) => e instanceof TsunaguAuthError && e.code === 'staff_session_required',
    );
    await assert.rejects(
      authResource(withSk).session(),
      (e) => e instanceof TsunaguAuthError && e.code === 'staff_session_required',
    );
    assert.equal(proxy.requests.length, 0);
  });
});

describe('auth and admin slices', () => {
  test('startSession + adminResource + authResource: a ward staff session, then signed out', async () => {
    const { login, password } = server.staff.naka;
    const session = await startSession({ baseUrl: server.url, login, password });
    assert.equal(session.staff.login, login);
    const core = createHttp({ baseUrl: server.url, key: session.session_token });
    const inbox = await adminResource(core).reports.list().toArray();
    assert.ok(inbox.every((r) => r.ward_id === 'naka'));
    const auth = authResource(core);
    assert.equal((await auth.session()).staff.role, 'ward_staff');
    await auth.signOut();
    await assert.rejects(
      auth.session(),
      (e) => e instanceof TsunaguAuthError && e.code === 'invalid_session',
    );
  });

  test("a partner's secret key manages its own activity through partnerAdminResource", async () => {
    const partner = partnerAdminResource(createHttp({ baseUrl: server.url, key: server.secretKey }));
    const created = await partner.activities.create(activityInput('slice-partner-own', 2));
    assert.deepEqual(
      (await partner.activities.list().toArray()).map((a) => a.id),
      [created.id],
    );
    assert.equal(typeof (await partner.activities.roster(created.id)), 'string');
    await partner.activities.delete(created.id);
  });
});

describe('retries keep one idempotency key', () => {
  test('a response lost after the server stored the report: retried with the same key, one report', async () => {
    const { proxy, reports } = await viaProxy({ kind: 'drop-response' });
    const receipt = await reports.create(schoolReferral({ ward_id: 'asahi' }));
    const keys = proxy.requests.filter((r) => r.method === 'POST').map((r) => r.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.ok(keys[0] && keys[0] === keys[1], `same key on both attempts: ${keys.join(' / ')}`);
    assert.deepEqual(await reportsInWard('asahi'), [receipt.reference]);
    const { status } = await concernReportsResource(http).status(receipt.reference, receipt.check_code);
    assert.equal(status, 'received');
  });

  test('a 503 after the server stored it: retried with the same key, one report', async () => {
    const { proxy, reports } = await viaProxy({ kind: 'replace-status', status: 503, retryAfter: '0' });
    const receipt = await reports.create(schoolReferral({ ward_id: 'izumi' }), { idempotencyKey: 'slice-1' });
    assert.deepEqual(
      proxy.requests.map((r) => r.headers['idempotency-key']),
      ['slice-1', 'slice-1'],
    );
    assert.deepEqual(await reportsInWard('izumi'), [receipt.reference]);
  });
});

describe('sign-ups', () => {
  test('a sign-up replayed with its key books one seat; cancelling twice is harmless', async () => {
    await staff.activities.put(activityInput('slice-signup', 3));
    const signups = signupsResource(http);
    const input = personSignup('slice-signup');
    const first = await signups.create(input, { idempotencyKey: 'slice-signup-key' });
    const again = await signups.create(input, { idempotencyKey: 'slice-signup-key' });
    assert.equal(again.id, first.id);
    assert.equal((await activitiesResource(http).get('slice-signup')).seats_left, 2);
    assert.equal((await signups.get(first.id, first.cancel_token)).status, first.status);
    assert.equal((await signups.cancel(first.id, first.cancel_token)).status, 'cancelled');
    assert.equal((await signups.cancel(first.id, first.cancel_token)).status, 'cancelled');
    assert.equal((await activitiesResource(http).get('slice-signup')).seats_left, 3);
  });
});
