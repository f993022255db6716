/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const BIN = fileURLToPath(new URL('../bin/tsunagu-server.mjs', import.meta.url));

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

/** Starts `serve`, resolves with the first stdout line (the URL) and the process. */
function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [BIN, 'serve', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child.stdout });
  const collected: string[] = [];
  const ready = new Promise<string[]>((resolve, reject) => {
    lines.on('line', (line) => {
      collected.push(line);
      if (collected.length === 1) setTimeout(() => resolve(collected), 200);
    });
    child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { ready, stop };
}

describe('tsunagu-server CLI', () => {
  it('serve --port 0 --seed yokohama: first line is the URL; demo keys; seeding is idempotent', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-cli-'));
    const keyDir = mkdtempSync(join(tmpdir(), 'tsunagu-cli-keys-'));
    const db = join(dir, 'cli.db');
    try {
      const first = serve(['--db', db, '--port', '0', '--host', '127.0.0.1', '--seed', 'yokohama'], {
        TSUNAGU_ENCRYPTION_KEY: '',
        TSUNAGU_KEY_DIR: keyDir,
      });
      const out = await first.ready;
      assert.match(out[0]!, /^http:\/\/127\.0\.0\.1:\d+$/);
      const url = out[0]!;
      const res = await fetch(`${url}/v1/windows?town=${encodeURIComponent('相生町一丁目')}&limit=1`, {
        headers: { Authorization: 'Bearer pk_demo_tsunagu_examples', Origin: 'http://localhost:8080' },
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:8080');
      assert.equal(((await res.json()) as any).data[0].window.id, 'naka-seikatsushien');
      const secret = readFileSync(`${db}.demo-secret-key`, 'utf8').trim();
      assert.match(secret, /^sk_/);
      assert.equal(statSync(`${db}.demo-secret-key`).mode & 0o777, 0o600);
      // the dev key is not beside the database: a copy of that folder does not carry its own key
      assert.ok(!existsSync(`${db}.key`));
      const keyFiles = readdirSync(keyDir);
      assert.equal(keyFiles.length, 1);
      assert.equal(statSync(join(keyDir, keyFiles[0]!)).mode & 0o777, 0o600);
      // the demo partner's secret key is a partner's: no inbox, no statistics
      const partnerRes = await fetch(`${url}/v1/admin/stats`, {
        headers: { Authorization: `Bearer ${secret}` },
      });
      assert.equal(partnerRes.status, 403);
      // the demo's 中区 staff member signs in with the first password written beside the database
      const people = JSON.parse(readFileSync(`${db}.demo-staff.json`, 'utf8')) as any[];
      assert.equal(statSync(`${db}.demo-staff.json`).mode & 0o777, 0o600);
      assert.deepEqual(
        people.map((p) => [p.login, p.role]),
        [
          ['admin', 'city_admin'],
          ['naka', 'ward_staff'],
        ],
      );
      assert.match(people[0].otpauth_uri, /^otpauth:\/\/totp\//, 'the administrator has a second factor');
      assert.ok(
        out.some((line) => line.includes(people[1].password)),
        'first passwords are printed once',
      );
      const naka = people[1];
      const signIn = async (base: string) =>
        (await (
          await fetch(`${base}/v1/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ login: 'naka', password: naka.password, session_delivery: 'bearer' }),
          })
        ).json()) as any;
      const session = await signIn(url);
      const nakaStats = (await (
        await fetch(`${url}/v1/admin/stats`, {
          headers: { Authorization: `Bearer ${session.session_token}` },
        })
      ).json()) as any;
      assert.ok(nakaStats.windows >= 1 && nakaStats.windows < 23, '中区 staff see their ward only');
      await first.stop();

      const second = serve(['--port', '0', '--seed', 'yokohama'], {
        TSUNAGU_DB: db,
        TSUNAGU_ENCRYPTION_KEY: '',
        TSUNAGU_KEY_DIR: keyDir,
      });
      const again = await second.ready;
      assert.match(again[0]!, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(!again.some((line) => line.includes(naka.password)), 'passwords are shown once only');
      const later = await signIn(again[0]!);
      const stats = (await (
        await fetch(`${again[0]}/v1/admin/stats`, {
          headers: { Authorization: `Bearer ${later.session_token}` },
        })
      ).json()) as any;
      assert.equal(stats.windows, nakaStats.windows, 'no second seed');
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(keyDir, { recursive: true, force: true });
    }
  });

  it('in production, serve refuses to start without a configured key (and names the variables)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-cli-'));
    try {
      const result = run(['serve', '--db', join(dir, 'p.db'), '--port', '0'], {
        NODE_ENV: 'production',
        TSUNAGU_ENCRYPTION_KEY: '',
        TSUNAGU_ENCRYPTION_KEYS: '',
        TSUNAGU_KEY_DIR: join(dir, 'keys'),
      });
      assert.notEqual(result.status, 0);
      assert.match(result.stderr, /TSUNAGU_ENCRYPTION_KEY/);
      assert.ok(!existsSync(join(dir, 'keys')), 'no key was generated');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('partners create, keys create, import, export-windows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-cli-'));
    const db = join(dir, 'admin.db');
    try {
      const partner = run(['partners', 'create', '--db', db, '--name', 'コンビニ', '--type', 'shop']);
      assert.equal(partner.status, 0, partner.stderr);
      const partnerId = partner.stdout.trim();
      const pk = run([
        'keys',
        'create',
        '--db',
        db,
        '--partner',
        partnerId,
        '--kind',
        'publishable',
        '--origins',
        'https://shop.example',
      ]);
      assert.match(pk.stdout.trim(), /^pk_[A-Za-z0-9]{32}$/);
      assert.equal(run(['keys', 'create', '--db', db, '--partner', 'nope', '--kind', 'secret']).status, 2);
      assert.equal(run(['partners', 'create', '--db', db, '--name', 'x', '--type', 'alien']).status, 2);
      const noWard = run([
        'partners',
        'create',
        '--db',
        db,
        '--name',
        'x',
        '--type',
        'shop',
        '--ward',
        'atlantis',
      ]);
      assert.equal(noWard.status, 2);
      assert.match(noWard.stderr, /--ward: no ward atlantis/);
      const csv = join(dir, 'w.csv');
      writeFileSync(
        csv,
        'id,name,organization,address,lat,lng,phone,concerns,byday,opens_at,closes_at\nimp-1,窓口,NPO,横浜市中区1,35.44,139.64,045-000-0000,food,MO,09:00,12:00\n',
      );
      const imported = run(['import', '--db', db, csv]);
      assert.equal(imported.status, 0, imported.stderr);
      assert.match(imported.stdout, /imported 1 windows/);
      const badCsv = join(dir, 'bad.csv');
      writeFileSync(badCsv, 'id,name\nBAD ID,x\n');
      const bad = run(['import', '--db', db, badCsv]);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /windows\.0\.id: invalid_format/);
      const out = join(dir, 'windows.json');
      assert.equal(run(['export-windows', '--db', db, '--out', out]).status, 0);
      const file = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(file.format, 'tsunagu.windows.v1');
      assert.deepEqual(
        file.windows.map((w: any) => w.id),
        ['imp-1'],
      );
      assert.ok(existsSync(db));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
