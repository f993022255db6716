// Storage faults: the database read-only, then the disk full (SQLite's page limit stands in for a full
// disk). Each write gets a clear 503 with a code, nothing is half-written, reads go on, and the service
// resumes when the fault goes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './testing.js';
import { aboutSomeone, call, freshKey } from './test-support.js';

describe('storage faults', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());
  const db = () => server.server.db;
  const rows = () => {
    const count = (table: string) =>
      (db().prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { reports: count('reports'), records: count('idempotency_records') };
  };

  it('read-only: 503 storage_unavailable, nothing written, reads go on, then it resumes', async () => {
    const before = rows();
    db().pragma('query_only = ON');
    try {
      const idem = freshKey();
      const refused = await call(server, '/v1/concern-reports', {
        body: aboutSomeone(),
        idempotencyKey: idem,
      });
      assert.equal(refused.status, 503, refused.text);
      assert.equal((refused.json as { error: { code: string } }).error.code, 'storage_unavailable');
      assert.equal(refused.headers.get('retry-after'), '30');
      assert.deepEqual(rows(), before, 'no report, no idempotency record');
      assert.equal((await call(server, '/v1/windows?ward=naka&limit=1')).status, 200, 'reads are served');
    } finally {
      db().pragma('query_only = OFF');
    }
    const again = await call(server, '/v1/concern-reports', {
      body: aboutSomeone(),
      idempotencyKey: freshKey(),
    });
    assert.equal(again.status, 201);
  });

  it('disk full: every 201 is whole, every 503 left nothing, and the same key works once there is room', async () => {
    const pages = db().pragma('page_count', { simple: true }) as number;
    db().pragma(`max_page_count = ${pages}`);
    const outcomes: { status: number; idem: string; body: Record<string, unknown> }[] = [];
    try {
      for (let i = 0; i < 400 && !outcomes.some((o) => o.status === 503); i++) {
        const body = aboutSomeone({ free_text: `${'郵便受けがいっぱい。'.repeat(30)}${i}` });
        const idem = freshKey();
        const res = await call(server, '/v1/concern-reports', { body, idempotencyKey: idem });
        outcomes.push({ status: res.status, idem, body });
      }
    } finally {
      db().pragma('max_page_count = 1073741823');
    }
    const full = outcomes.filter((o) => o.status === 503);
    assert.ok(full.length >= 1, `the page limit was reached (${outcomes.length} sent)`);
    assert.ok(
      outcomes.every((o) => o.status === 201 || o.status === 503),
      JSON.stringify(outcomes.map((o) => o.status)),
    );
    for (const o of full) {
      const retry = await call(server, '/v1/concern-reports', { body: o.body, idempotencyKey: o.idem });
      assert.equal(retry.status, 201, 'the refused request was not kept: its key starts afresh');
      assert.equal(retry.headers.get('idempotency-replayed'), null);
    }
  });
});
