// Who may call what, through the SDK against the real reference server: staff sign in (signIn) and work
// within their role and wards; a partner's secret key manages only its own activities; sessions end.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';
import {
  createClient,
  createStaffClient,
  signIn,
  TsunaguAuthError,
  TsunaguNotFoundError,
  TsunaguRateLimitError,
  type StaffClient,
  type TsunaguClient,
} from './index.js';
import { activityInput, schoolReferral } from './testing/fixtures.js';

let server: TestServer;
let client: TsunaguClient;
let admin: StaffClient;

before(async () => {
  server = await startTestServer();
  client = createClient({ baseUrl: server.url, key: server.publishableKey });
  admin = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('admin') });
});
after(() => server.close());

const authError = (code: string, status?: number) => (err: unknown) =>
  err instanceof TsunaguAuthError && err.code === code && (status === undefined || err.status === status);

describe('signIn', () => {
  test('ward staff sign in with a password; their inbox holds only their ward’s reports', async () => {
    const inNaka = await client.concernReports.create(schoolReferral({ ward_id: 'naka' }));
    const inTsurumi = await client.concernReports.create(schoolReferral({ ward_id: 'tsurumi' }));
    const { login, password } = server.staff.naka;
    const naka = await signIn({ baseUrl: server.url, login, password, locale: 'ja' });
    assert.equal(naka.session.staff.role, 'ward_staff');
    assert.deepEqual(naka.session.staff.wards, ['naka']);
    assert.match(naka.sessionToken, /^ss_/);
    assert.ok(
      !JSON.stringify(naka).includes(naka.sessionToken),
      'logging the client does not print its token',
    );

    const inbox = await naka.admin.reports.list().toArray();
    assert.ok(inbox.length > 0);
    assert.ok(
      inbox.every((r) => r.ward_id === 'naka'),
      'only 中区',
    );
    assert.ok(inbox.some((r) => r.reference === inNaka.reference));
    assert.ok(!inbox.some((r) => r.reference === inTsurumi.reference));
    assert.equal((await naka.admin.reports.get(inNaka.reference)).ward_id, 'naka');
    await assert.rejects(naka.admin.reports.get(inTsurumi.reference), TsunaguNotFoundError);
    await assert.rejects(
      naka.admin.reports.list({ ward: 'tsurumi' }).page(),
      authError('ward_not_allowed', 403),
    );
    assert.deepEqual(Object.keys((await naka.admin.stats()).reports.by_ward), ['naka']);
    assert.equal((await naka.windows.list({ ward: 'naka', limit: 1 }).page()).data.length, 1);
  });

  test('a wrong password is a TsunaguAuthError invalid_credentials', async () => {
    await assert.rejects(
      signIn({ baseUrl: server.url, login: server.staff.naka.login, password: 'not the password' }),
      authError('invalid_credentials', 401),
    );
  });

  test('an administrator without a code: second_factor_required; a wrong code: second_factor_invalid', async () => {
    const { login, password } = server.staff.admin;
    await assert.rejects(
      signIn({ baseUrl: server.url, login, password }),
      authError('second_factor_required', 401),
    );
    await assert.rejects(
      signIn({ baseUrl: server.url, login, password, totpCode: '000000' }),
      authError('second_factor_invalid', 401),
    );
  });

  test('repeated failures: a TsunaguRateLimitError too_many_attempts, not retried', async () => {
    const login = 'nobody-at-all';
    for (let i = 0; i < 5; i += 1)
      await assert.rejects(
        signIn({ baseUrl: server.url, login, password: 'guess guess guess' }),
        authError('invalid_credentials'),
      );
    await assert.rejects(
      signIn({ baseUrl: server.url, login, password: 'guess guess guess' }),
      (err) =>
        err instanceof TsunaguRateLimitError && err.code === 'too_many_attempts' && (err.retryAfter ?? 0) > 0,
    );
  });
});

describe('sessions', () => {
  test('signOut ends the session: the next call rejects with invalid_session', async () => {
    const { login, password } = server.staff.naka;
    const naka = await signIn({ baseUrl: server.url, login, password });
    assert.equal((await naka.auth.session()).staff.login, login);
    await naka.auth.signOut();
    await assert.rejects(naka.auth.session(), authError('invalid_session', 401));
    await assert.rejects(naka.admin.reports.list().page(), authError('invalid_session', 401));
  });

  test('signOutEverywhere ends every session of the person', async () => {
    const one = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('tsurumi') });
    const other = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('tsurumi') });
    const { sessions_ended } = await one.auth.signOutEverywhere();
    assert.ok(sessions_ended >= 2, `${sessions_ended} sessions ended`);
    await assert.rejects(other.auth.session(), authError('invalid_session'));
  });

  test('changePassword: a wrong current password is refused; the new one signs in', async () => {
    const { login, password } = server.staff.tsurumi;
    const person = await signIn({ baseUrl: server.url, login, password });
    await assert.rejects(
      person.auth.changePassword({ current_password: 'wrong wrong wrong', new_password: 'x'.repeat(16) }),
      authError('invalid_credentials', 401),
    );
    const next = `new password ${Date.now()}`;
    const result = await person.auth.changePassword({ current_password: password, new_password: next });
    assert.equal(typeof result.other_sessions_ended, 'number');
    assert.equal((await person.auth.session()).staff.login, login, 'this session stays');
    const again = await signIn({ baseUrl: server.url, login, password: next });
    await again.auth.signOut();
    await assert.rejects(signIn({ baseUrl: server.url, login, password }), authError('invalid_credentials'));
  });
});

describe('roles', () => {
  test('an auditor reads the audit log (by actor) and nothing else', async () => {
    const naka = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('naka') });
    await naka.admin.reports.list().page();
    const auditor = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('auditor') });
    const entries = await auditor.admin.audit.list({ actor_id: server.staff.naka.id }).toArray();
    assert.ok(entries.some((e) => e.action === 'reports.list'));
    assert.ok(entries.every((e) => e.actor_id === server.staff.naka.id && e.actor_type === 'staff'));
    await assert.rejects(auditor.admin.reports.list().page(), authError('role_not_allowed', 403));
    await assert.rejects(auditor.admin.stats(), authError('role_not_allowed', 403));
  });

  test('ward staff may not call what is for city administrators', async () => {
    const naka = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('naka') });
    await assert.rejects(naka.admin.partners.list().page(), authError('role_not_allowed', 403));
    await assert.rejects(naka.admin.purge(), authError('role_not_allowed', 403));
    await assert.rejects(
      naka.admin.activities.create({ ...activityInput('naka-staff-in-aoba', 5), ward_id: 'aoba' }),
      authError('ward_not_allowed', 403),
    );
  });

  test('city administrators: partners, keys (create, origins, rotate, revoke) and staff accounts', async () => {
    const shop = await admin.admin.partners.create({ name: 'テスト商店', type: 'shop' });
    assert.ok((await admin.admin.partners.list().toArray()).some((p) => p.id === shop.id));

    const created = await admin.admin.keys.create({
      partner_id: shop.id,
      kind: 'publishable',
      allowed_origins: ['https://shop.example'],
    });
    assert.match(created.plain_key, /^pk_/);
    assert.deepEqual(created.key.allowed_origins, ['https://shop.example']);
    const shopClient = createClient({ baseUrl: server.url, key: created.plain_key });
    assert.equal((await shopClient.areas.list({ towns: 'none' })).wards.length, 18);

    const widened = await admin.admin.keys.setOrigins(created.key.id, [
      'https://shop.example',
      'https://www.shop.example',
    ]);
    assert.equal(widened.allowed_origins.length, 2);
    const rotated = await admin.admin.keys.rotate(created.key.id, { overlap_hours: 0 });
    assert.notEqual(rotated.plain_key, created.plain_key);
    const keys = await admin.admin.keys.list({ partner_id: shop.id }).toArray();
    assert.deepEqual(keys.map((k) => k.id).sort(), [created.key.id, rotated.key.id].sort());
    assert.equal(keys.find((k) => k.id === created.key.id)?.replaced_by, rotated.key.id);
    const revoked = await admin.admin.keys.revoke(rotated.key.id);
    assert.equal(revoked.state, 'revoked');
    await assert.rejects(
      createClient({ baseUrl: server.url, key: rotated.plain_key }).areas.list(),
      authError('key_revoked', 401),
    );

    const people = await admin.admin.staff.list().toArray();
    assert.ok(people.some((p) => p.id === server.staff.naka.id));
    const login = `client-test-${Date.now()}`;
    const made = await admin.admin.staff.create({
      login,
      display_name: 'テスト 職員',
      role: 'ward_staff',
      wards: ['isogo'],
    });
    assert.ok(made.first_password);
    const newcomer = await signIn({ baseUrl: server.url, login, password: made.first_password });
    assert.deepEqual(newcomer.session.staff.wards, ['isogo']);
    const disabled = await admin.admin.staff.update(made.staff.id, { disabled: true });
    assert.equal(disabled.staff.disabled, true);
    await assert.rejects(newcomer.auth.session(), authError('invalid_session'), 'less access ends sessions');
    await assert.rejects(
      signIn({ baseUrl: server.url, login, password: made.first_password }),
      authError('account_disabled', 403),
    );
  });
});

describe("the ward's work", () => {
  test('inbox counts, assignment to a colleague, hand-off to another ward, window check', async () => {
    const naka = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('naka') });
    const receipt = await client.concernReports.create(schoolReferral({ ward_id: 'naka' }));
    const first = await naka.admin.reports.list({ path: ['school'] }).page();
    assert.ok(first.counts.total >= 1 && first.data.every((r) => r.context === 'school'));

    const colleagues = await naka.admin.colleagues.list().toArray();
    const me = colleagues.find((p) => p.id === server.staff.naka.id);
    assert.ok(me, 'naka staff are colleagues of 中区');
    const assigned = await naka.admin.reports.assign(receipt.reference, {
      staff_id: me.id,
      note: '担当します',
    });
    assert.equal(assigned.assigned_to?.id, me.id);
    assert.ok(assigned.history.some((e) => e.kind === 'assigned'));

    const moved = await naka.admin.reports.handOff(receipt.reference, {
      to_ward: 'tsurumi',
      reason: '転居先が鶴見区のため',
    });
    assert.deepEqual([moved.ward_id, moved.visible], ['tsurumi', false]);
    await assert.rejects(naka.admin.reports.get(receipt.reference), TsunaguNotFoundError);
    const tsurumi = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('tsurumi') });
    assert.equal((await tsurumi.admin.reports.get(receipt.reference)).ward_id, 'tsurumi');

    const [window] = await naka.admin.windows.list().toArray();
    assert.ok(window);
    const confirmed = await naka.admin.windows.confirm(window.id);
    assert.match(confirmed.confirmed_on ?? '', /^\d{4}-\d{2}-\d{2}$/);
  });

  test('city administrators manage webhook subscriptions', async () => {
    const { webhook, secret } = await admin.admin.webhooks.create({
      url: 'http://127.0.0.1:9/hooks/tsunagu',
      events: ['concern_report.created'],
    });
    assert.ok(secret.length > 0);
    assert.ok((await admin.admin.webhooks.list().toArray()).some((w) => w.id === webhook.id));
    assert.ok(Array.isArray(await admin.admin.webhooks.deliveries(webhook.id).toArray()));
    await admin.admin.webhooks.delete(webhook.id);
    assert.ok(!(await admin.admin.webhooks.list().toArray()).some((w) => w.id === webhook.id));
  });
});

describe('a partner secret key', () => {
  test('creates, lists, replaces and exports the roster of its own activities only', async () => {
    const partner = createClient({ baseUrl: server.url, key: server.secretKey });
    // @ts-expect-error: a partner key's admin has no reports inbox (that is for signed-in staff)
    const inbox: unknown = partner.admin.reports;
    assert.equal(inbox, undefined);

    const created = await partner.admin.activities.create(activityInput('partner-own-watch', 4));
    assert.equal(created.id, 'partner-own-watch');
    const mine = await partner.admin.activities.list().toArray();
    assert.deepEqual(
      mine.map((a) => a.id),
      ['partner-own-watch'],
      "the city's seeded activities are not the partner's",
    );
    const bigger = await partner.admin.activities.put({ ...activityInput('partner-own-watch', 6) });
    assert.equal(bigger.capacity, 6);
    assert.equal(typeof (await partner.admin.activities.roster('partner-own-watch')), 'string');

    const seeded = (await client.activities.list({ ward: 'naka' }).toArray()).find(
      (a) => a.id !== 'partner-own-watch',
    );
    assert.ok(seeded);
    await assert.rejects(partner.admin.activities.roster(seeded.id), authError('not_owner', 403));
    await assert.rejects(partner.admin.activities.delete(seeded.id), authError('not_owner', 403));

    // staff see it too (a city administrator: every activity)
    assert.ok((await admin.admin.activities.list({ limit: 100 }).toArray()).some((a) => a.id === created.id));
    await partner.admin.activities.delete('partner-own-watch');
    await assert.rejects(client.activities.get('partner-own-watch'), TsunaguNotFoundError);
  });
});
