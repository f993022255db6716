// Group commit: writes that arrive in the same event-loop turn share one SQLite transaction (one commit).
// Work runs in arrival order, so capacity checks stay exact. Callers get their result only after the
// shared commit. Writes rarely fail once validated, so a batch first runs without savepoints (two
// statements fewer per write); if any write throws, the whole batch is rolled back and run again with
// one savepoint per write, so a failing write rolls back only itself.
// The transaction and savepoint statements are prepared once: better-sqlite3's db.transaction() builds
// five wrapper functions per call, which cost more than the savepoint itself on this hot path.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open.js';

interface Pending {
  work: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const MAX_BATCH = 256;

export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly begin: Statement;
  private readonly commit: Statement;
  private readonly rollback: Statement;
  private readonly savepoint: Statement;
  private readonly release: Statement;
  private readonly rollbackTo: Statement;

  constructor(private readonly db: Db) {
    this.begin = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
    this.savepoint = db.prepare('SAVEPOINT tsunagu_batch_item');
    this.release = db.prepare('RELEASE tsunagu_batch_item');
    this.rollbackTo = db.prepare('ROLLBACK TO tsunagu_batch_item');
  }

  /**
   * Runs `work` (synchronous, using this db only) inside the next group transaction. `work` may run
   * twice (after a rollback caused by another write of its batch): it must have no effect outside the db.
   */
  run<T>(work: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const items = this.queue.splice(0, MAX_BATCH);
    if (this.queue.length) this.schedule();
    if (items.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.runAll(items);
    } catch (error) {
      for (const item of items) item.reject(error); // the commit failed: nothing was written
      return;
    }
    items.forEach((item, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) item.resolve(outcome.value);
      else item.reject(outcome.error);
    });
  }

  /** Runs the batch; throws (after rolling back) when it cannot commit. */
  private runAll(items: Pending[]): Outcome[] {
    const values = this.tryWithoutSavepoints(items);
    if (values) return values.map((value) => ({ ok: true, value }));
    return this.runEachInSavepoint(items);
  }

  /** The usual case: every write succeeds. Null (all rolled back) when one throws. */
  private tryWithoutSavepoints(items: Pending[]): unknown[] | null {
    const values: unknown[] = [];
    this.begin.run();
    try {
      for (const item of items) values.push(item.work());
      this.commit.run();
      return values;
    } catch {
      if (this.db.inTransaction) this.rollback.run();
      return null;
    }
  }

  /** One transaction, one savepoint per item; throws (after rolling back) when the batch cannot commit. */
  private runEachInSavepoint(items: Pending[]): Outcome[] {
    const outcomes: Outcome[] = [];
    this.begin.run();
    try {
      for (const item of items) {
        this.savepoint.run();
        try {
          const value = item.work();
          this.release.run();
          outcomes.push({ ok: true, value });
        } catch (error) {
          // SQLite may have rolled back the whole transaction itself (e.g. disk full): then the writes
          // of the earlier items are gone too, so the batch as a whole fails
          if (!this.db.inTransaction) throw error;
          this.rollbackTo.run();
          this.release.run();
          outcomes.push({ ok: false, error });
        }
      }
      this.commit.run();
    } catch (error) {
      if (this.db.inTransaction) this.rollback.run();
      throw error;
    }
    return outcomes;
  }
}
