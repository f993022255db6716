// Worker thread: checkpoints the WAL from its own connection once a second, so the fsync of a checkpoint
// never blocks the request thread (better-sqlite3 is synchronous). Plain JS: workers do not get tsx.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

const db = new Database(workerData.path);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // busy or closing: try again next tick
  }
}, workerData.intervalMs ?? 1000);
parentPort?.on('message', (message) => {
  if (message === 'stop') {
    clearInterval(timer);
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      /* ignore */
    }
    db.close();
    parentPort?.close();
  }
});
