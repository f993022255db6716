// Opens the SQLite database (WAL, foreign keys) and applies pending migrations in order.
import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { Cipher } from '../seal.js';
import { MIGRATIONS, type MigrationContext } from './migrations.js';

export type Db = Database.Database;

/** `cipher`: for migrations that seal existing rows (without it they refuse when there is something to seal). */
export function openDatabase(path: string, options: { cipher?: Cipher } = {}): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // FULL: a commit is on disk before its 201 is sent, also across an OS crash or power loss (NORMAL could lose
  // the last commits); the group commit (write-batcher.ts) shares one fsync among the writes of a batch.
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  // deleted and purged content is overwritten with zeros, not left in free pages for a copy of the file to show
  db.pragma('secure_delete = ON');
  // an 8 MiB page cache (default 2 MiB; grown only as used): indexes written in random order (keys that
  // clients bring, references) otherwise fall out of the cache and are re-read per insert. 32 MiB was
  // tried: no more reports per second under bench:api, ~25 MiB more RSS (docs/performance.md)
  db.pragma('cache_size = -8192');
  db.pragma('foreign_keys = OFF'); // (better-sqlite3 turns them on by default)
  migrate(db, { cipher: options.cipher });
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * Moves WAL checkpoints (and their fsync) to a worker thread with its own connection. The request
 * connection then only checkpoints as a safety net when the WAL passes ~80 MB (worker gone or stuck).
 * Returns a stop function. Not for ':memory:' databases.
 */
export function startBackgroundCheckpoints(db: Db, path: string, intervalMs = 1000): () => Promise<void> {
  db.pragma('wal_autocheckpoint = 20000');
  const worker = new Worker(new URL('./checkpointer.mjs', import.meta.url), {
    workerData: { path, intervalMs },
  });
  worker.unref();
  return () =>
    new Promise<void>((resolve) => {
      worker.ref(); // keep the loop alive until the worker has closed its connection
      worker.once('exit', () => resolve());
      worker.postMessage('stop');
    });
}

export function schemaVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const row = db.prepare('SELECT version FROM schema_version').get() as { version: number } | undefined;
  return row?.version ?? 0;
}

/** Foreign keys stay off until all have run: a migration may rebuild a table others refer to. */
function migrate(db: Db, ctx: MigrationContext): void {
  const current = schemaVersion(db);
  for (let i = current; i < MIGRATIONS.length; i++) {
    const migration = MIGRATIONS[i]!;
    db.transaction(() => {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db, ctx);
      db.prepare('DELETE FROM schema_version').run();
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(i + 1);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length) throw new Error(`migration ${i + 1} left ${broken.length} dangling references`);
    }).immediate();
  }
}
