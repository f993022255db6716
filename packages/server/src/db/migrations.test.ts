import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createReportKeys, sha256 } from '../crypto.js';
import { createCipher } from '../seal.js';
import {
  createReport,
  parseReport,
  reportDetail,
  reportIdFor,
  reportStatusFor,
} from '../services/reports.js';
import { aboutSomeone, sealV1 } from '../test-support.js';
import { MIGRATIONS } from './migrations.js';
import { openDatabase } from './open.js';

/** A database as the release before migration 6 left it, with two reports and a status change. */
function databaseAtVersion5(path: string, legacyReferences: [string, string]): void {
  const old = new Database(path);
  old.pragma('foreign_keys = OFF');
  for (const migration of MIGRATIONS.slice(0, 5)) {
    if (typeof migration === 'string') old.exec(migration);
    else migration(old, {});
  }
  old.exec('CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (5)');
  old.exec("INSERT INTO wards (id, name, sort) VALUES ('naka', '中区', 1)");
  const insert = old.prepare(
    `INSERT INTO reports (id, reference, check_hash, ward_id, status, urgent, child_abuse, suicide_risk, path,
     context, reporter_role, consent, signs, concerns, created_at, updated_at)
     VALUES (?, ?, ?, 'naka', 'acknowledged', 0, 0, 0, 'about_someone', 'general', 'business', 'not_asked',
     '[]', '[]', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')`,
  );
  insert.run(1, legacyReferences[0], sha256('CHECK2'));
  insert.run(2, legacyReferences[1], sha256('CHECK3'));
  old
    .prepare("INSERT INTO report_events (report_id, status, at) VALUES (1, 'acknowledged', '2026-01-02')")
    .run();
  old.close();
}

describe('migration 6 (references from row ids)', () => {
  it('keeps old reports, their history and their references; new ones never repeat an old reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-migrate-'));
    try {
      const key = randomBytes(32);
      const keys = createReportKeys(key);
      const path = join(dir, 'old.db');
      // the second old report happens to hold the reference the next new id (3) would get
      databaseAtVersion5(path, ['TK-AAAA-BBBB', keys.referenceFor(3)]);

      const db = openDatabase(path, { cipher: createCipher(key) });
      const indexes = db.prepare("SELECT name FROM pragma_index_list('reports')").all() as { name: string }[];
      assert.deepEqual(
        indexes.map((i) => i.name),
        ['reports_inbox'],
        'no unique index on references any more',
      );
      const events = db.prepare('SELECT COUNT(*) AS n FROM report_events').get() as { n: number };
      assert.equal(events.n, 1, 'the history of old reports survives the rebuild');
      assert.equal(reportIdFor(db, keys, 'tk aaaa bbbb'), 1);
      assert.equal(reportStatusFor(db, keys, 'TK-AAAA-BBBB', 'check2').status, 'acknowledged');

      const report = parseReport(aboutSomeone(), () => true);
      const receipt = db
        .transaction(() => createReport(db, createCipher(key), keys, report, null, new Date()))
        .immediate();
      assert.equal(receipt.reference, keys.referenceFor(4), 'id 3 is skipped: its reference was given out');
      assert.equal(reportIdFor(db, keys, receipt.reference), 4);
      assert.equal(reportIdFor(db, keys, keys.referenceFor(3)), 2, 'the old holder keeps its reference');
      assert.equal(reportStatusFor(db, keys, receipt.reference, receipt.check_code).status, 'received');
      assert.equal(reportIdFor(db, keys, keys.referenceFor(5)), null, 'no report yet');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration 7 (who may see what)', () => {
  it("existing secret keys become partner keys; the audit's claimed actors are kept as claims, not as actors", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-migrate7-'));
    const path = join(dir, 'old.db');
    try {
      const old = new Database(path);
      old.pragma('foreign_keys = OFF');
      for (const migration of MIGRATIONS.slice(0, 6)) {
        if (typeof migration === 'string') old.exec(migration);
        else migration(old, {});
      }
      old.exec(
        'CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (6)',
      );
      old.exec(`INSERT INTO partners (id, name, type, created_at) VALUES ('ptn_shop', 'Shop', 'shop', '2026-01-01T00:00:00Z');
        INSERT INTO api_keys (id, partner_id, kind, hash, prefix, created_at)
          VALUES ('key_old', 'ptn_shop', 'secret', '${sha256('sk_old_secret_key')}', 'sk_old_s', '2026-01-01T00:00:00Z');
        INSERT INTO audit_log (at, actor_key_id, actor, action, target_type, target_id)
          VALUES ('2026-01-02T00:00:00Z', 'key_old', 'staff-naka-01', 'report.read', 'report', 'TK-2222-3333');`);
      old.close();

      const db = openDatabase(path);
      const row = db.prepare('SELECT * FROM audit_log').get() as Record<string, unknown>;
      assert.equal(row.actor_id, 'key_old');
      assert.equal(row.actor, null, 'a header claim is not an actor');
      assert.deepEqual(JSON.parse(row.detail as string), { claimed_actor: 'staff-naka-01' });
      const key = db.prepare('SELECT kind, revoked_at, expires_at FROM api_keys').get() as Record<
        string,
        unknown
      >;
      assert.deepEqual(key, { kind: 'secret', revoked_at: null, expires_at: null });
      db.close();

      const { startServer } = await import('../runtime.js');
      const server = await startServer({
        dbPath: path,
        encryptionKey: randomBytes(32),
        backgroundCheckpoints: false,
      });
      try {
        const headers = { Authorization: 'Bearer sk_old_secret_key' };
        assert.equal(
          (await fetch(`${server.url}/v1/partner`, { headers })).status,
          200,
          'the old key still works',
        );
        const inbox = await fetch(`${server.url}/v1/admin/reports`, { headers });
        assert.equal(inbox.status, 403, 'as a partner key, scoped to its partner');
      } finally {
        await server.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration 10 (sealed report flags)', () => {
  it('seals the plain flags of existing reports; their v1 content and notes still read; it needs the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-migrate10-'));
    const path = join(dir, 'old.db');
    try {
      const key = randomBytes(32);
      const old = new Database(path);
      old.pragma('foreign_keys = OFF');
      for (const migration of MIGRATIONS.slice(0, 9)) {
        if (typeof migration === 'string') old.exec(migration);
        else migration(old, {});
      }
      old.exec(
        'CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (9)',
      );
      old.exec("INSERT INTO wards (id, name, sort) VALUES ('naka', '中区', 1)");
      const content = { free_text: '古い相談', danger_now: 'no', danger_kinds: [], anonymous: false };
      old
        .prepare(
          `INSERT INTO reports (id, reference, check_hash, ward_id, status, urgent, child_abuse, suicide_risk, path,
           context, reporter_role, consent, age_group, signs, concerns, content, created_at, updated_at)
           VALUES (1, ?, 'x', 'naka', 'received', 0, 1, 0, 'about_someone', 'general', 'business',
           'yes', 'child_6_12', '["not_eating"]', '["food"]', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
        )
        .run(createReportKeys(key).referenceFor(1), sealV1(key, JSON.stringify(content)).toString('base64'));
      old
        .prepare(
          "INSERT INTO report_events (report_id, status, note, at) VALUES (1, 'received', ?, '2026-01-02')",
        )
        .run(sealV1(key, '古いメモ').toString('base64'));
      old.close();

      assert.throws(() => openDatabase(path), /migration 10 .* needs the encryption key/);
      const cipher = createCipher(key);
      const db = openDatabase(path, { cipher });
      const columns = (
        db.prepare("SELECT name FROM pragma_table_info('reports')").all() as { name: string }[]
      ).map((c) => c.name);
      for (const plain of [
        'urgent',
        'child_abuse',
        'suicide_risk',
        'consent',
        'age_group',
        'signs',
        'concerns',
      ])
        assert.ok(!columns.includes(plain), `${plain} is no longer a plain column`);
      const row = db.prepare('SELECT priority, flags FROM reports WHERE id = 1').get() as {
        priority: number;
        flags: string;
      };
      assert.equal(row.priority, 1, 'suspected child abuse still comes first in the inbox');
      assert.doesNotMatch(row.flags, /child|food/);
      const keys = createReportKeys(key);
      const detail = reportDetail(db, cipher, keys, keys.referenceFor(1));
      assert.equal(detail.child_abuse_suspected, true);
      assert.deepEqual([detail.consent, detail.age_group, detail.concerns], ['yes', 'child_6_12', ['food']]);
      assert.equal(detail.content?.free_text, '古い相談', 'v1 content still opens');
      assert.equal(detail.history.at(-1)?.note, '古いメモ');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
