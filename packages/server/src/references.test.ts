/* eslint-disable @typescript-eslint/no-unsafe-argument -- tests read untyped JSON bodies */
// A reference is never issued twice, and an earlier receipt's code never opens another report: the case of a
// lost last commit (the row deleted) across a restart; check codes kept only as keyed hashes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportKeys, sha256 } from './crypto.js';
import { startTestServer } from './testing.js';
import { aboutSomeone, call, freshKey } from './test-support.js';

/** A database of its own that outlives each server (restarts). */
function place() {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagu-references-'));
  return { dir, dbPath: join(dir, 'keep.db'), encryptionKey: randomBytes(32) };
}

describe('references and check codes', () => {
  it('after the last report row is lost and the server restarts, the next report gets a new reference', async () => {
    const { dir, dbPath, encryptionKey } = place();
    const first = await startTestServer({ dbPath, encryptionKey });
    const idem = freshKey();
    const r1 = (await call(first, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: idem }))
      .json;
    const replay = (await call(first, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: idem }))
      .json;
    assert.deepEqual(replay, r1, 'a retry gets the same receipt, code included');
    const stored = first.server.db
      .prepare('SELECT check_hash FROM reports WHERE reference = ?')
      .get(r1.reference) as {
      check_hash: string;
    };
    assert.match(stored.check_hash, /^k1:[0-9a-f]{64}$/);
    assert.notEqual(stored.check_hash.slice(3), sha256(r1.check_code), 'not a plain hash of the code');
    await first.close();

    const db = new Database(dbPath);
    db.prepare('DELETE FROM reports WHERE reference = ?').run(r1.reference); // the lost commit
    db.close();

    const second = await startTestServer({ dbPath, encryptionKey });
    try {
      const r2 = (
        await call(second, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() })
      ).json;
      assert.notEqual(r2.reference, r1.reference);
      const withOldCode = await call(second, `/v1/concern-reports/${r2.reference}/status`, {
        headers: { 'X-Check-Code': r1.check_code },
      });
      assert.equal(withOldCode.status, 404);
      const own = await call(second, `/v1/concern-reports/${r2.reference}/status`, {
        headers: { 'X-Check-Code': r2.check_code },
      });
      assert.equal(own.status, 200);
    } finally {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports made before random codes keep working with their code, and their hash is re-keyed at start', async () => {
    const { dir, dbPath, encryptionKey } = place();
    const first = await startTestServer({ dbPath, encryptionKey });
    const r = (await call(first, '/v1/concern-reports', { body: aboutSomeone(), idempotencyKey: freshKey() }))
      .json;
    await first.close();
    // as migration 8 left such a report: a code derived from the reference, stored as plain SHA-256
    const keys = createReportKeys(encryptionKey);
    const derived = keys.checkCodeFor(r.reference);
    const db = new Database(dbPath);
    db.prepare('UPDATE reports SET check_hash = ? WHERE reference = ?').run(sha256(derived), r.reference);
    db.close();

    const second = await startTestServer({ dbPath, encryptionKey });
    try {
      const status = await call(second, `/v1/concern-reports/${r.reference}/status`, {
        headers: { 'X-Check-Code': derived.toLowerCase() },
      });
      assert.equal(status.status, 200);
      const row = second.server.db
        .prepare('SELECT check_hash FROM reports WHERE reference = ?')
        .get(r.reference) as {
        check_hash: string;
      };
      assert.equal(row.check_hash, keys.hashCheckCode(derived));
    } finally {
      await second.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
