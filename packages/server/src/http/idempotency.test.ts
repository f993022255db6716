import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Context } from 'hono';
import { sha256 } from '../crypto.js';
import { createCipher } from '../seal.js';
import { sealV1 } from '../test-support.js';
import { MIGRATIONS } from '../db/migrations.js';
import { openDatabase } from '../db/open.js';
import { HttpError } from './errors.js';
import { IdempotencyStore } from './idempotency.js';
import type { AppEnv } from './types.js';

/** Just what the store reads from a request: the Idempotency-Key header and the API key id. */
function requestWith(idemKey: string, apiKeyId = 'key_test'): Context<AppEnv> {
  return {
    env: { incoming: { headers: { 'idempotency-key': idemKey } } },
    get: (name: string) => (name === 'principal' ? { role: 'partner', keyId: apiKeyId } : undefined),
  } as unknown as Context<AppEnv>;
}

describe('idempotency records', () => {
  it('migrations 3 and 5 carry records of the old table over: they still replay and still refuse another body', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tsunagu-idem-'));
    try {
      const path = join(dir, 'old.db');
      const key = randomBytes(32);
      const cipher = createCipher(key);
      const old = new Database(path);
      for (const migration of MIGRATIONS.slice(0, 2)) old.exec(migration as string);
      old.exec(
        'CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (2)',
      );
      old
        .prepare(
          'INSERT INTO idempotency (scope, idem_key, route, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          'key_test',
          'k-old',
          'POST /v1/x',
          sha256('{"a":1}'),
          201,
          sealV1(key, '{"ok":"old"}').toString('base64'),
          '2026-01-01T00:00:00.000Z',
        );
      old.close();

      const db = openDatabase(path);
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[];
      assert.ok(!tables.some((t) => t.name === 'idempotency'), 'the old table is gone');
      const store = new IdempotencyStore(db, cipher);
      const now = new Date('2026-01-01T00:01:00.000Z');
      let created = 0;
      const create = () => ({ status: 201, body: { ok: `new ${++created}` } });
      const replay = store.run(requestWith('k-old'), 'POST /v1/x', '{"a":1}', true, now, create);
      assert.deepEqual(replay, { status: 201, json: '{"ok":"old"}', replayed: true });
      assert.throws(
        () => store.run(requestWith('k-old'), 'POST /v1/x', '{"a":2}', true, now, create),
        (e: unknown) => e instanceof HttpError && e.status === 409,
      );
      // the same key under another API key or route is another record
      assert.equal(
        store.run(requestWith('k-old', 'key_other'), 'POST /v1/x', '{"a":1}', true, now, create).replayed,
        false,
      );
      assert.equal(
        store.run(requestWith('k-old'), 'POST /v1/y', '{"a":1}', true, now, create).replayed,
        false,
      );
      assert.equal(created, 2);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds a record through the index on its key (no scan of the table)', () => {
    const db = openDatabase(':memory:');
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT request_hash, status, body FROM idempotency_records WHERE idem_key = ? AND scope = ? AND route = ?',
      )
      .all('k', 's', 'r') as { detail: string }[];
    assert.match(plan.map((p) => p.detail).join(' '), /USING INDEX idempotency_records_idem_key/);
    db.close();
  });

  it('purge forgets records older than the cut-off and keeps the rest replayable', () => {
    const db = openDatabase(':memory:');
    const store = new IdempotencyStore(db, createCipher(randomBytes(32)));
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
    for (let minute = 0; minute < 5; minute++)
      store.run(requestWith(`k${minute}`), 'POST /v1/x', '{}', true, at(minute), () => ({
        status: 201,
        body: { minute },
      }));
    assert.equal(store.purgeOlderThan(at(3)), 3);
    assert.equal(store.purgeOlderThan(at(3)), 0);
    let created = 0;
    const again = (key: string) =>
      store.run(requestWith(key), 'POST /v1/x', '{}', true, at(6), () => ({
        status: 201,
        body: { again: ++created },
      }));
    assert.deepEqual(again('k4'), { status: 201, json: '{"minute":4}', replayed: true });
    assert.equal(again('k0').replayed, false, 'a purged key is new again');
    assert.equal(store.purgeOlderThan(at(60)), 3, 'everything older goes, the newest row included');
    db.close();
  });
});
