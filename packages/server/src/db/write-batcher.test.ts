import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDatabase } from './open.js';
import { WriteBatcher } from './write-batcher.js';

describe('WriteBatcher (group commit)', () => {
  it('runs writes of one turn in arrival order; a failing write rolls back only itself', async () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    const batcher = new WriteBatcher(db);
    const insert = (n: number) => () => {
      db.prepare('INSERT INTO t (n) VALUES (?)').run(n);
      if (n === 2) throw new Error('boom');
      return (db.prepare('SELECT COUNT(*) AS c FROM t').get() as { c: number }).c;
    };
    const results = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.run(insert(n))));
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled', 'fulfilled'],
    );
    // each write saw the ones before it, minus the rolled-back one
    assert.deepEqual(
      results.filter((r) => r.status === 'fulfilled').map((r) => r.value),
      [1, 2, 3],
    );
    assert.deepEqual(
      (db.prepare('SELECT n FROM t ORDER BY rowid').all() as { n: number }[]).map((r) => r.n),
      [1, 3, 4],
    );
    db.close();
  });

  it('splits very large turns into several transactions and still runs everything', async () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    const batcher = new WriteBatcher(db);
    await Promise.all(
      Array.from({ length: 600 }, (_, n) =>
        batcher.run(() => db.prepare('INSERT INTO t (n) VALUES (?)').run(n)),
      ),
    );
    assert.equal((db.prepare('SELECT COUNT(*) AS c FROM t').get() as { c: number }).c, 600);
    db.close();
  });

  it('keeps nested transactions of a write inside its own savepoint', async () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER NOT NULL)');
    const batcher = new WriteBatcher(db);
    const insert = db.prepare('INSERT INTO t (n) VALUES (?)');
    const nested = (n: number, fail: boolean) => () =>
      db.transaction(() => {
        insert.run(n);
        db.transaction(() => insert.run(n * 10))();
        if (fail) throw new Error('boom');
      })();
    const results = await Promise.allSettled([
      batcher.run(nested(1, false)),
      batcher.run(nested(2, true)),
      batcher.run(nested(3, false)),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(
      (db.prepare('SELECT n FROM t ORDER BY rowid').all() as { n: number }[]).map((r) => r.n),
      [1, 10, 3, 30],
    );
    assert.equal(db.inTransaction, false);
    db.close();
  });
});
