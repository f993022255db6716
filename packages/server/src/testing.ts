// startTestServer: a real server on 127.0.0.1 (random port) with a temporary SQLite file, seeded, and a
// demo partner whose publishable key allows `origins`. For the SDK, widget and server tests.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DEFAULT_DEMO_ORIGINS, startServer, type StartedServer } from './runtime.js';
import type { RateLimitOptions } from './http/rate-limit.js';
import { createApiKey, createPartner } from './services/keys.js';
import { seedYokohama } from './seed/yokohama.js';
import { openDatabase } from './db/open.js';
import { tokyoDateOf } from '@tsunagu/schema';

export interface TestServerOptions {
  seed?: 'yokohama' | 'none';
  origins?: string[];
  now?: () => Date;
  /** default: limits high enough never to throttle a test */
  rateLimit?: RateLimitOptions;
  maxBodyBytes?: number;
  retentionDays?: number;
  /** reuse a database (restart tests): pass the dbPath and encryptionKey of an earlier server */
  dbPath?: string;
  encryptionKey?: Buffer;
}

export interface TestServer {
  url: string;
  publishableKey: string;
  secretKey: string;
  /** the first allowed origin (send it as Origin to act like a browser page) */
  origin: string;
  dbPath: string;
  encryptionKey: Buffer;
  /** internals for server tests (clock-independent purge, direct DB checks) */
  server: StartedServer;
  close(): Promise<void>;
}

let templateDir: string | null = null;

/** A seeded database file per process and Tokyo day (sample activity dates follow the clock's day). */
function seededTemplate(now: Date): string {
  if (!templateDir) {
    templateDir = mkdtempSync(join(tmpdir(), 'tsunagu-template-'));
    const dir = templateDir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const file = join(templateDir, `yokohama-${tokyoDateOf(now)}.db`);
  if (!existsSync(file)) {
    const db = openDatabase(file);
    seedYokohama(db, now);
    db.pragma('journal_mode = DELETE'); // one self-contained file to copy
    db.close();
  }
  return file;
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const origins = opts.origins ?? DEFAULT_DEMO_ORIGINS;
  const dir = opts.dbPath ? null : mkdtempSync(join(tmpdir(), 'tsunagu-test-'));
  const dbPath = opts.dbPath ?? join(dir!, 'tsunagu.db');
  const encryptionKey = opts.encryptionKey ?? randomBytes(32);
  const now = opts.now ?? (() => new Date());
  let keys = { publishableKey: '', secretKey: '' };
  {
    // seed (a copy of a per-process template: seeding takes far longer than copying) + a fresh demo partner
    // (random keys, so nothing can depend on a fixed test key)
    if (!opts.dbPath && opts.seed !== 'none') copyFileSync(seededTemplate(now()), dbPath);
    const db = openDatabase(dbPath);
    if (opts.seed !== 'none') seedYokohama(db, now()); // no-op on a copied template or a reused database
    const partnerId = createPartner(db, { name: 'Test partner', type: 'npo' }, now());
    keys = {
      publishableKey: createApiKey(db, { partnerId, kind: 'publishable', allowedOrigins: origins }, now())
        .key,
      secretKey: createApiKey(db, { partnerId, kind: 'secret' }, now()).key,
    };
    db.close();
  }
  const server = await startServer({
    dbPath,
    now,
    backgroundCheckpoints: false,
    encryptionKey,
    seed: 'none',
    rateLimit: opts.rateLimit ?? { perKey: 1_000_000, perClient: 1_000_000 },
    ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}),
    ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
  });
  return {
    url: server.url,
    ...keys,
    origin: origins[0] ?? 'http://127.0.0.1:8080',
    dbPath,
    encryptionKey,
    server,
    async close() {
      await server.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
