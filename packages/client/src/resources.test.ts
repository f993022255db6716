// Every resource against the real reference server (random loopback port, temp SQLite, Yokohama seed).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '@tsunagu/server/testing';
import {
  createClient,
  createStaffClient,
  TsunaguConflictError,
  TsunaguNotFoundError,
  type StaffClient,
  type TsunaguClient,
} from './index.js';
import { activityInput, personSignup, schoolReferral } from './testing/fixtures.js';

let server: TestServer;
let client: TsunaguClient;
let staff: StaffClient;

before(async () => {
  server = await startTestServer();
  client = createClient({ baseUrl: server.url, key: server.publishableKey, locale: 'ja' });
  staff = createStaffClient({ baseUrl: server.url, sessionToken: server.sessionFor('admin') });
});
after(() => server.close());

describe('areas', () => {
  test('lists the 18 wards and their towns', async () => {
    const { wards, towns } = await client.areas.list();
    assert.equal(wards.length, 18);
    assert.ok(towns.length > 1000);
    assert.ok(towns.some((t) => t.name.startsWith('寿町') && t.ward_id === 'naka'));
  });

  test('names the wards only, or one ward and its towns', async () => {
    const wardsOnly = await client.areas.list({ towns: 'none' });
    assert.equal(wardsOnly.wards.length, 18);
    assert.equal(wardsOnly.towns.length, 0);
    const naka = await client.areas.list({ ward: 'naka' });
    assert.deepEqual(
      naka.wards.map((w) => w.id),
      ['naka'],
    );
    assert.ok(naka.towns.length > 50 && naka.towns.every((t) => t.ward_id === 'naka'));
  });
});

describe('windows', () => {
  test('a town search resolves the ward and puts the serving window first', async () => {
    const page = await client.windows.list({ town: '寿町', limit: 5 }).page();
    assert.equal(page.context.ward_id, 'naka');
    assert.equal(page.context.resolved_by, 'town');
    assert.equal(page.data.length, 5);
    assert.equal(page.data[0]?.serves_area, true);
    assert.equal(page.data[0]?.window.ward_id, 'naka');
  });

  test('for await walks more than two pages, each item once, ending on a null cursor', async () => {
    const list = client.windows.list({ near: { lat: 35.4437, lng: 139.638 }, limit: 4 });
    const pages = [];
    for await (const page of list.pages()) pages.push(page);
    assert.ok(pages.length > 2, `expected > 2 pages, got ${pages.length}`);
    assert.equal(pages.at(-1)?.next_cursor, null);
    const ids: string[] = [];
    for await (const result of list) ids.push(result.window.id);
    assert.equal(
      ids.length,
      pages.reduce((n, p) => n + p.data.length, 0),
    );
    assert.equal(new Set(ids).size, ids.length, 'no window twice');
    const second = await list.page(pages[0]!.next_cursor);
    assert.deepEqual(
      second.data.map((r) => r.window.id),
      pages[1]!.data.map((r) => r.window.id),
    );
  });

  test('filters are encoded the way the server reads them', async () => {
    const lines = await client.windows.list({ kind: 'line' }).toArray();
    assert.ok(lines.length > 0);
    assert.ok(lines.every((r) => r.window.kind === 'line' && r.window.location === null));
    const housing = await client.windows.list({ concern: ['housing', 'food'], ward: 'aoba' }).toArray();
    assert.ok(
      housing.every((r) => r.window.concerns.includes('housing') || r.window.concerns.includes('food')),
    );
  });

  test('get returns one window; an unknown id is a TsunaguNotFoundError', async () => {
    const [first] = await client.windows.list({ ward: 'naka', limit: 1 }).toArray(1);
    assert.ok(first);
    const window = await client.windows.get(first.window.id);
    assert.equal(window.id, first.window.id);
    await assert.rejects(
      client.windows.get('no-such-window'),
      (err) => err instanceof TsunaguNotFoundError && err.status === 404 && err.code === 'not_found',
    );
  });
});

describe('concern reports', () => {
  test('create returns a receipt; status works with the reference typed loosely', async () => {
    const receipt = await client.concernReports.create(schoolReferral());
    assert.match(receipt.reference, /^TK-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    assert.equal(receipt.status, 'received');
    assert.ok(receipt.guidance.includes('school_routed_child_family_support'));
    const loose = receipt.reference.toLowerCase().replaceAll('-', ' ');
    const status = await client.concernReports.status(loose, receipt.check_code.toLowerCase());
    assert.deepEqual([status.reference, status.status], [receipt.reference, 'received']);
    await assert.rejects(client.concernReports.status(receipt.reference, 'ZZZZZZ'), TsunaguNotFoundError);
  });

  test('a caller-chosen idempotency key replays the first receipt instead of creating a second report', async () => {
    const idempotencyKey = `school-42-${Date.now()}`;
    const first = await client.concernReports.create(schoolReferral({ ward_id: 'isogo' }), {
      idempotencyKey,
    });
    const again = await client.concernReports.create(schoolReferral({ ward_id: 'isogo' }), {
      idempotencyKey,
    });
    assert.deepEqual(again, first);
    const inbox = await staff.admin.reports.list({ ward: 'isogo' }).toArray();
    assert.equal(inbox.filter((r) => r.reference === first.reference).length, 1);
    assert.equal(inbox.length, 1);
  });
});

describe('activities and sign-ups', () => {
  test('list, get, sign up to a full session, cancel, and the waitlist moves up', async () => {
    const seeded = await client.activities.list({ ward: 'naka' }).toArray();
    assert.ok(seeded.length > 0 && seeded.every((a) => a.ward_id === 'naka'));

    const created = await staff.admin.activities.create(activityInput('client-test-watch', 1));
    assert.equal(created.seats_left, 1);
    assert.equal((await client.activities.get('client-test-watch')).title, created.title);

    const first = await client.signups.create(personSignup('client-test-watch', '一番 さん'));
    const second = await client.signups.create(personSignup('client-test-watch', '二番 さん'));
    assert.equal(first.status, 'confirmed');
    assert.deepEqual([second.status, second.waitlist_position], ['waitlisted', 1]);
    assert.equal((await client.signups.get(second.id, second.cancel_token)).status, 'waitlisted');

    const cancelled = await client.signups.cancel(first.id, first.cancel_token);
    assert.equal(cancelled.status, 'cancelled');
    assert.equal((await client.signups.get(second.id, second.cancel_token)).status, 'confirmed');
    assert.equal(
      (await client.signups.cancel(first.id, first.cancel_token)).status,
      'cancelled',
      'cancelling twice is harmless',
    );

    const roster = await staff.admin.activities.roster('client-test-watch');
    assert.match(roster, /二番 さん/);
    const bigger = await staff.admin.activities.put({
      ...activityInput('client-test-watch', 3),
      title: '改名',
    });
    assert.deepEqual([bigger.title, bigger.seats_left], ['改名', 2]);
    await staff.admin.activities.delete('client-test-watch');
    await assert.rejects(client.activities.get('client-test-watch'), TsunaguNotFoundError);
  });
});

describe("admin (a city administrator's session)", () => {
  test('reports inbox, detail and status change, all audited', async () => {
    const receipt = await client.concernReports.create(
      schoolReferral({ ward_id: 'seya', free_text: '最近、朝ごはんを食べていない様子です。' }),
    );
    const inbox = await staff.admin.reports.list({ ward: 'seya' }).toArray();
    assert.deepEqual(
      inbox.map((r) => r.reference),
      [receipt.reference],
    );
    const detail = await staff.admin.reports.get(receipt.reference);
    assert.equal(detail.content?.free_text, '最近、朝ごはんを食べていない様子です。');
    const changed = await staff.admin.reports.setStatus(receipt.reference, {
      status: 'acknowledged',
      note: '学校に折り返し済み',
    });
    assert.equal(changed.status, 'acknowledged');
    assert.equal(
      (await client.concernReports.status(receipt.reference, receipt.check_code)).status,
      'acknowledged',
    );
    const audit = await staff.admin.audit.list({ target_id: receipt.reference }).toArray();
    assert.ok(audit.some((e) => e.action === 'report.read'));
    assert.ok(audit.some((e) => e.action.startsWith('report.status')));
    assert.ok(
      audit.every((e) => e.actor_id === server.staff.admin.id),
      'the actor is the signed-in person',
    );
  });

  test('windows: create, conflict on a second create, replace, export, delete', async () => {
    const base = await client.windows.get(
      (await client.windows.list({ ward: 'naka', limit: 1 }).toArray(1))[0]!.window.id,
    );
    const { updated_at: _ignored, ...input } = base;
    const created = await staff.admin.windows.create({
      ...input,
      id: 'client-test-window',
      name: 'テスト窓口',
    });
    assert.equal(created.name, 'テスト窓口');
    await assert.rejects(
      staff.admin.windows.create({ ...input, id: 'client-test-window' }),
      TsunaguConflictError,
    );
    const replaced = await staff.admin.windows.put({
      ...input,
      id: 'client-test-window',
      name: 'テスト窓口（改）',
    });
    assert.equal(replaced.name, 'テスト窓口（改）');
    const all = await staff.admin.windows.list().toArray();
    assert.ok(all.some((w) => w.id === 'client-test-window'));
    const exported = await staff.admin.windows.export();
    assert.equal(exported.format, 'tsunagu.windows.v1');
    assert.ok(exported.windows.some((w) => w.id === 'client-test-window'));
    await staff.admin.windows.delete('client-test-window');
    await assert.rejects(staff.admin.windows.delete('client-test-window'), TsunaguNotFoundError);
  });

  test('windows import (JSON), stats and purge', async () => {
    const { updated_at: _ignored, ...input } = await client.windows.get(
      (await client.windows.list({ ward: 'aoba', limit: 1 }).toArray(1))[0]!.window.id,
    );
    const result = await staff.admin.windows.import(
      JSON.stringify([{ ...input, id: 'client-imported-window' }]),
      'json',
    );
    assert.deepEqual(result.ids, ['client-imported-window']);
    assert.equal((await client.windows.get('client-imported-window')).id, 'client-imported-window');
    const stats = await staff.admin.stats();
    assert.ok(stats.reports.total >= 3);
    assert.ok(stats.windows > 18);
    const purge = await staff.admin.purge();
    assert.equal(typeof purge.purged_reports, 'number');
  });
});
