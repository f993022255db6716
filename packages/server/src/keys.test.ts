/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
// Key lifecycle on a running server: create, edit origins, revoke, rotate with an overlap — through the
// admin API and through the CLI in another process — each counting from the very next request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startTestServer, type TestServer } from './testing.js';
import { admin, call } from './test-support.js';

const BIN = fileURLToPath(new URL('../bin/tsunagu-server.mjs', import.meta.url));
const cli = (server: TestServer, ...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args, '--db', server.dbPath], {
    encoding: 'utf8',
    env: { ...process.env, TSUNAGU_ENCRYPTION_KEY: server.encryptionKey.toString('hex') },
  });

describe('API keys: every change counts from the next request', () => {
  let server: TestServer;
  let clock = new Date('2026-12-03T10:00:00+09:00');
  let partnerId: string;
  before(async () => {
    server = await startTestServer({ now: () => clock });
    const partner = await admin(server, '/v1/admin/partners', {
      body: { name: 'コンビニ 相生町店', type: 'shop' },
    });
    assert.equal(partner.status, 201, partner.text);
    partnerId = partner.json.id;
  });
  after(() => server.close());

  const windows = (key: string, origin?: string) =>
    call(server, '/v1/windows?limit=1', { key, ...(origin ? { origin } : {}) });

  it('create, edit origins, revoke through the admin API', async () => {
    const created = await admin(server, '/v1/admin/keys', {
      body: { partner_id: partnerId, kind: 'publishable', allowed_origins: ['https://shop.example'] },
    });
    assert.equal(created.status, 201, created.text);
    const { plain_key: key, key: info } = created.json;
    assert.match(key, /^pk_/);
    assert.equal(info.state, 'active');
    assert.ok(
      !JSON.stringify((await admin(server, '/v1/admin/keys')).json).includes(key),
      'listing never shows a key',
    );
    assert.equal((await windows(key, 'https://shop.example')).status, 200);

    const preflight = await fetch(`${server.url}/v1/windows`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://new-shop.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 403);
    const edited = await admin(server, `/v1/admin/keys/${info.id}`, {
      method: 'PATCH',
      body: { allowed_origins: ['https://new-shop.example'] },
    });
    assert.equal(edited.status, 200, edited.text);
    const nextPreflight = await fetch(`${server.url}/v1/windows`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://new-shop.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(nextPreflight.status, 204);
    assert.equal((await windows(key, 'https://shop.example')).json.error.code, 'origin_not_allowed');
    assert.equal((await windows(key, 'https://new-shop.example')).status, 200);

    const revoked = await admin(server, `/v1/admin/keys/${info.id}/revoke`, { method: 'POST' });
    assert.equal(revoked.json.state, 'revoked');
    const after = await windows(key, 'https://new-shop.example');
    assert.equal(after.status, 401);
    assert.equal(after.json.error.code, 'key_revoked');
    const audit = await admin(server, `/v1/admin/audit?target_id=${info.id}`);
    assert.deepEqual(audit.json.data.map((a: any) => a.action).sort(), [
      'key.create',
      'key.origins',
      'key.revoke',
    ]);
  });

  it('rotate: old and new both work during the overlap, then only the new one', async () => {
    const created = await admin(server, '/v1/admin/keys', {
      body: { partner_id: partnerId, kind: 'secret' },
    });
    const old = created.json.plain_key as string;
    const rotated = await admin(server, `/v1/admin/keys/${created.json.key.id}/rotate`, {
      body: { overlap_hours: 2 },
    });
    assert.equal(rotated.status, 201, rotated.text);
    const fresh = rotated.json.plain_key as string;
    assert.match(fresh, /^sk_/);
    assert.equal((await windows(old)).status, 200);
    assert.equal((await windows(fresh)).status, 200);
    const listed = (await admin(server, `/v1/admin/keys?partner_id=${partnerId}`)).json.data;
    const before = listed.find((k: any) => k.id === created.json.key.id);
    assert.equal(before.state, 'expiring');
    assert.equal(before.replaced_by, rotated.json.key.id);
    clock = new Date(clock.getTime() + 2 * 3_600_000 + 1000);
    const late = await windows(old);
    assert.equal(late.status, 401);
    assert.equal(late.json.error.code, 'key_expired');
    assert.equal((await windows(fresh)).status, 200);
    const again = await admin(server, `/v1/admin/keys/${created.json.key.id}/rotate`, { body: {} });
    assert.equal(again.status, 422, 'an expired key is not rotated again');
  });

  it('the CLI in another process: a key it revokes fails on the running server at once; one it creates passes preflight', async () => {
    const made = cli(
      server,
      'keys',
      'create',
      '--partner',
      partnerId,
      '--kind',
      'publishable',
      '--origins',
      'https://cli-shop.example',
    );
    assert.equal(made.status, 0, made.stderr);
    const key = made.stdout.trim();
    const preflight = await fetch(`${server.url}/v1/windows`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://cli-shop.example', 'Access-Control-Request-Method': 'GET' },
    });
    assert.equal(preflight.status, 204, 'no restart needed');
    assert.equal((await windows(key, 'https://cli-shop.example')).status, 200);
    const list = cli(server, 'keys', 'list', '--partner', partnerId);
    const line = list.stdout.split('\n').find((l) => l.includes(key.slice(0, 8)))!;
    const id = line.split('\t')[0]!;
    const revoke = cli(server, 'keys', 'revoke', id);
    assert.equal(revoke.status, 0, revoke.stderr);
    const after = await windows(key, 'https://cli-shop.example');
    assert.equal(after.status, 401);
    assert.equal(after.json.error.code, 'key_revoked');
  });

  it('the CLI creates the first staff account; its first password signs in', async () => {
    const made = cli(
      server,
      'staff',
      'create',
      '--login',
      'first-admin',
      '--name',
      '最初の管理者',
      '--role',
      'city_admin',
    );
    assert.equal(made.status, 0, made.stderr);
    const password = /first password \(shown once\): (\S+)/.exec(made.stdout)?.[1];
    assert.ok(password, made.stdout);
    assert.match(made.stdout, /otpauth:\/\/totp\//);
    const signIn = await call(server, '/v1/auth/login', {
      key: null,
      body: { login: 'first-admin', password },
    });
    assert.equal(
      signIn.json.error.code,
      'second_factor_required',
      'administrators enrol a second factor from the start',
    );
    const bad = cli(server, 'staff', 'create', '--login', 'x', '--role', 'ward_staff', '--wards', 'naka');
    assert.notEqual(bad.status, 0);
  });
});
