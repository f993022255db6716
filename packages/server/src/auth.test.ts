/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
// Staff sign-in over HTTP: cookies and their flags, CSRF and cross-site refusals, wrong passwords,
// throttling, the second factor, idle and absolute expiry, sign-out (everywhere), disabled accounts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { totpNow } from './auth/totp.js';
import { startTestServer, type TestServer } from './testing.js';
import { admin, as, call } from './test-support.js';

const login = (server: TestServer, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(server, '/v1/auth/login', { key: null, body, headers });

/** The session cookie pair (name=value) from a sign-in answer. */
const cookieOf = (res: { headers: Headers }) => res.headers.get('set-cookie')!.split(';')[0]!;

const withoutRequestId = (json: any) => ({ ...json, error: { ...json.error, request_id: undefined } });

describe('staff sign-in', () => {
  let server: TestServer;
  let clock = new Date('2026-12-03T10:00:00+09:00');
  before(async () => {
    server = await startTestServer({ now: () => clock });
  });
  after(() => server.close());

  it('a cookie session: HttpOnly, SameSite=Strict, not Secure on loopback; the token never in the body', async () => {
    const res = await login(server, { login: server.staff.naka.login, password: server.staff.naka.password });
    assert.equal(res.status, 200, res.text);
    const setCookie = res.headers.get('set-cookie')!;
    assert.match(setCookie, /^tsunagu_session=ss_[A-Za-z0-9]+; Path=\/; HttpOnly; SameSite=Strict$/);
    assert.equal(res.json.session_token, undefined);
    assert.equal(res.json.staff.login, server.staff.naka.login);
    assert.deepEqual(res.json.staff.wards, ['naka']);
    assert.ok(!res.text.includes(setCookie.split(';')[0]!.split('=')[1]!), 'the token is not in the body');
    const session = await call(server, '/v1/auth/session', { key: null, headers: { Cookie: cookieOf(res) } });
    assert.equal(session.status, 200);
    assert.equal(session.json.csrf_token, res.json.csrf_token);
  });

  it('signing in again with a live cookie session needs no CSRF token (sign-in is open to anyone)', async () => {
    const first = await login(server, {
      login: server.staff.naka.login,
      password: server.staff.naka.password,
    });
    const again = await login(
      server,
      { login: server.staff.naka.login, password: server.staff.naka.password },
      { Cookie: cookieOf(first) },
    );
    assert.equal(again.status, 200, again.text);
  });

  it('state-changing cookie requests need the CSRF token; cross-site requests are refused and audited', async () => {
    const res = await login(server, { login: server.staff.naka.login, password: server.staff.naka.password });
    const cookie = cookieOf(res);
    const logout = (headers: Record<string, string>) =>
      call(server, '/v1/auth/logout', { key: null, method: 'POST', headers: { Cookie: cookie, ...headers } });
    const noToken = await logout({});
    assert.equal(noToken.status, 403);
    assert.equal(noToken.json.error.code, 'csrf_token_invalid');
    assert.equal((await logout({ 'X-CSRF-Token': 'forged' })).json.error.code, 'csrf_token_invalid');
    const crossSite = await call(server, '/v1/admin/reports', {
      key: null,
      headers: { Cookie: cookie, Origin: 'https://evil.example' },
    });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.json.error.code, 'cross_site_request');
    assert.equal(crossSite.headers.get('access-control-allow-origin'), null);
    const fetchMetadata = await call(server, '/v1/admin/reports', {
      key: null,
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
    });
    assert.equal(fetchMetadata.json.error.code, 'cross_site_request');
    const audit = await admin(server, `/v1/admin/audit?actor_id=${server.staff.naka.id}`);
    const denied = audit.json.data.filter((a: any) => a.outcome === 'denied').map((a: any) => a.action);
    assert.ok(denied.includes('denied.csrf_token_invalid'), denied.join());
    assert.ok(denied.includes('denied.cross_site_request'), denied.join());
    // the right token from the same origin signs out; the cookie is cleared and stops working
    const ok = await logout({ 'X-CSRF-Token': res.json.csrf_token, Origin: server.url });
    assert.equal(ok.status, 204, ok.text);
    assert.match(ok.headers.get('set-cookie')!, /Max-Age=0/);
    const after = await call(server, '/v1/auth/session', { key: null, headers: { Cookie: cookie } });
    assert.equal(after.status, 401);
    assert.equal(after.json.error.code, 'invalid_session');
  });

  it('a wrong password and an unknown login get the same answer; the known account sees the refusal in the audit', async () => {
    const wrong = await login(server, { login: server.staff.tsurumi.login, password: 'not the password!' });
    const unknown = await login(server, { login: 'nobody-here', password: 'not the password!' });
    assert.equal(wrong.status, 401);
    assert.deepEqual(withoutRequestId(wrong.json), withoutRequestId(unknown.json));
    assert.equal(wrong.json.error.code, 'invalid_credentials');
    const audit = await admin(server, `/v1/admin/audit?actor_id=${server.staff.tsurumi.id}`);
    assert.ok(audit.json.data.some((a: any) => a.action === 'auth.login' && a.outcome === 'denied'));
    assert.equal((await login(server, { login: '', password: '' })).status, 422);
  });

  it('administrators need their second factor; a code works once', async () => {
    const person = server.staff.admin;
    const without = await login(server, {
      login: person.login,
      password: person.password,
      session_delivery: 'bearer',
    });
    assert.equal(without.status, 401);
    assert.equal(without.json.error.code, 'second_factor_required');
    const code = totpNow(person.totpSecret!, clock);
    const body = {
      login: person.login,
      password: person.password,
      totp_code: code,
      session_delivery: 'bearer',
    };
    const ok = await login(server, body);
    assert.equal(ok.status, 200, ok.text);
    assert.match(ok.json.session_token, /^ss_/);
    const replay = await login(server, body);
    assert.equal(replay.status, 401);
    assert.equal(replay.json.error.code, 'second_factor_invalid');
    const wrongCode = await login(server, { ...body, totp_code: code === '123456' ? '654321' : '123456' });
    assert.equal(wrongCode.json.error.code, 'second_factor_invalid');
    const session = await call(server, '/v1/auth/session', { key: ok.json.session_token });
    assert.equal(session.json.staff.role, 'city_admin');
    assert.equal(session.json.staff.totp_enabled, true);
  });

  it('bearer sessions are for scripts: refused from a browser page', async () => {
    const fromPage = await login(
      server,
      { login: server.staff.naka.login, password: server.staff.naka.password, session_delivery: 'bearer' },
      { Origin: server.url }, // even the console's own page (another site's page is refused as cross-site)
    );
    assert.equal(fromPage.status, 403);
    assert.equal(fromPage.json.error.code, 'bearer_session_from_browser');
    const used = await call(server, '/v1/admin/reports', {
      key: server.sessionFor('naka'),
      origin: server.origin,
    });
    assert.equal(used.status, 403);
    assert.equal(used.json.error.code, 'bearer_session_from_browser');
  });

  it('forged and expired sessions: 401 with a code; idle 30 min, at most 12 h', async () => {
    const forged = await call(server, '/v1/admin/reports', {
      key: 'ss_forgedforgedforgedforgedforgedforgedforg',
    });
    assert.equal(forged.status, 401);
    assert.equal(forged.json.error.code, 'invalid_session');
    const forgedCookie = await call(server, '/v1/admin/reports', {
      key: null,
      headers: { Cookie: 'tsunagu_session=ss_x' },
    });
    assert.equal(forgedCookie.json.error.code, 'invalid_session');

    const idle = server.sessionFor('naka');
    clock = new Date(clock.getTime() + 31 * 60_000);
    const late = await call(server, '/v1/admin/reports', { key: idle });
    assert.equal(late.status, 401);
    assert.equal(late.json.error.code, 'session_expired');

    const busy = server.sessionFor('naka');
    for (let i = 0; i < 36; i++) {
      clock = new Date(clock.getTime() + 20 * 60_000); // used every 20 minutes: never idle
      const res = await call(server, '/v1/auth/session', { key: busy });
      if (i < 35) assert.equal(res.status, 200, `after ${(i + 1) * 20} min`);
      else assert.equal(res.json.error.code, 'session_expired', 'ended at 12 h whatever happens');
    }
  });

  it('sign out everywhere ends every session of the person, and only theirs', async () => {
    const one = server.sessionFor('tsurumi');
    const two = server.sessionFor('tsurumi');
    const other = server.sessionFor('naka');
    const res = await call(server, '/v1/auth/logout-everywhere', { key: one, method: 'POST' });
    assert.equal(res.status, 200);
    assert.ok(res.json.sessions_ended >= 2);
    assert.equal((await call(server, '/v1/auth/session', { key: two })).status, 401);
    assert.equal((await call(server, '/v1/auth/session', { key: other })).status, 200);
  });

  it('an X-Actor header naming someone else is refused and audited', async () => {
    const res = await as(server, 'naka', '/v1/admin/reports', { headers: { 'X-Actor': 'someone-else' } });
    assert.equal(res.status, 403);
    assert.equal(res.json.error.code, 'actor_mismatch');
    const withKey = await call(server, '/v1/windows?limit=1', {
      key: server.secretKey,
      headers: { 'X-Actor': 'x' },
    });
    assert.equal(withKey.json.error.code, 'actor_mismatch');
    const audit = await admin(server, `/v1/admin/audit?actor_id=${server.staff.naka.id}`);
    assert.ok(audit.json.data.some((a: any) => a.action === 'denied.actor_mismatch'));
  });

  it('a disabled account loses its sessions at once and cannot sign in', async () => {
    const session = server.sessionFor('auditor');
    const disable = await admin(server, `/v1/admin/staff/${server.staff.auditor.id}`, {
      method: 'PATCH',
      body: { disabled: true },
    });
    assert.equal(disable.status, 200, disable.text);
    assert.equal((await call(server, '/v1/admin/audit', { key: session })).status, 401);
    const again = await login(server, {
      login: server.staff.auditor.login,
      password: server.staff.auditor.password,
    });
    assert.equal(again.status, 403);
    assert.equal(again.json.error.code, 'account_disabled');
    await admin(server, `/v1/admin/staff/${server.staff.auditor.id}`, {
      method: 'PATCH',
      body: { disabled: false },
    });
  });

  it('changing the password ends the other sessions and keeps this one', async () => {
    const person = server.staff.tsurumi;
    const elsewhere = server.sessionFor('tsurumi');
    const here = server.sessionFor('tsurumi');
    const wrong = await call(server, '/v1/auth/password', {
      key: here,
      body: { current_password: 'not it at all', new_password: 'a new long passphrase' },
    });
    assert.equal(wrong.json.error.code, 'invalid_credentials');
    const short = await call(server, '/v1/auth/password', {
      key: here,
      body: { current_password: person.password, new_password: 'short' },
    });
    assert.deepEqual(short.json.error.fields, [{ path: 'new_password', code: 'too_short' }]);
    const ok = await call(server, '/v1/auth/password', {
      key: here,
      body: { current_password: person.password, new_password: 'a new long passphrase' },
    });
    assert.equal(ok.status, 200, ok.text);
    assert.equal((await call(server, '/v1/auth/session', { key: elsewhere })).status, 401);
    assert.equal((await call(server, '/v1/auth/session', { key: here })).status, 200);
    assert.equal(
      (await login(server, { login: person.login, password: 'a new long passphrase' })).status,
      200,
    );
  });
});

describe('staff sign-in behind https', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      publicOrigin: 'https://tsunagu.city.example',
      loginThrottle: { perAccount: 3, perClient: 5 },
    });
  });
  after(() => server.close());

  it('the cookie is __Host- and Secure; the console origin is the configured one', async () => {
    const res = await login(server, { login: server.staff.naka.login, password: server.staff.naka.password });
    assert.match(
      res.headers.get('set-cookie')!,
      /^__Host-tsunagu_session=ss_\w+; Path=\/; HttpOnly; SameSite=Strict; Secure$/,
    );
    const cookie = cookieOf(res);
    const sameOrigin = await call(server, '/v1/auth/logout', {
      key: null,
      method: 'POST',
      headers: {
        Cookie: cookie,
        Origin: 'https://tsunagu.city.example',
        'X-CSRF-Token': res.json.csrf_token,
      },
    });
    assert.equal(sameOrigin.status, 204);
  });

  it('throttles wrong passwords per account, then per client, with Retry-After', async () => {
    const person = server.staff.tsurumi;
    for (let i = 0; i < 3; i++)
      assert.equal(
        (await login(server, { login: person.login, password: `wrong ${i} password` })).status,
        401,
      );
    const right = await login(server, { login: person.login, password: person.password });
    assert.equal(right.status, 429, 'even the right password waits');
    assert.equal(right.json.error.code, 'too_many_attempts');
    assert.ok(Number(right.headers.get('retry-after')) > 0);
    // another account from the same client: two more failures reach the client's limit of 5
    for (let i = 0; i < 2; i++) await login(server, { login: `guess-${i}`, password: 'wrong password' });
    const naka = await login(server, {
      login: server.staff.naka.login,
      password: server.staff.naka.password,
    });
    assert.equal(naka.status, 429);
  });
});
