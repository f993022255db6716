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
import { tokyoDateOf, type StaffRole } from '@tsunagu/schema';
import type { SessionOptions } from './auth/sessions.js';
import { createStaff } from './auth/staff.js';
import type { LoginThrottleOptions } from './auth/throttle.js';
import type { WebhookOptions } from './services/webhooks.js';
import { createCipher, singleKeyRing, type KeyRing } from './seal.js';

/** The people of a test server: a city administrator, staff of 中区 and of 鶴見区, an auditor. */
export type TestPerson = 'admin' | 'naka' | 'tsurumi' | 'auditor';

export interface TestStaff {
  id: string;
  login: string;
  password: string;
  role: StaffRole;
  /** the base32 TOTP secret (administrators) */
  totpSecret: string | null;
}

const PEOPLE: Record<TestPerson, { role: StaffRole; wards: string[] }> = {
  admin: { role: 'city_admin', wards: [] },
  naka: { role: 'ward_staff', wards: ['naka'] },
  tsurumi: { role: 'ward_staff', wards: ['tsurumi'] },
  auditor: { role: 'auditor', wards: [] },
};
/** scrypt at 2^10 in tests (the hash records its cost; production uses 2^15) */
const TEST_SCRYPT_LOG_N = 10;

export interface TestServerOptions {
  seed?: 'yokohama' | 'none';
  origins?: string[];
  /** the ward of the test partner (its help card's ward without a `ward` attribute); default none */
  partnerWard?: string;
  now?: () => Date;
  /** default: limits high enough never to throttle a test */
  rateLimit?: RateLimitOptions;
  maxBodyBytes?: number;
  retentionDays?: number;
  /** the server's public origin (cookies become `__Host-` and Secure when it is https) */
  publicOrigin?: string;
  loginThrottle?: LoginThrottleOptions;
  sessions?: SessionOptions;
  webhooks?: WebhookOptions;
  trustedProxies?: string[];
  /** reuse a database (restart tests): pass the dbPath and encryptionKey of an earlier server */
  dbPath?: string;
  encryptionKey?: Buffer;
  /** a key ring instead (rotation tests); wins over encryptionKey */
  encryptionKeys?: KeyRing;
}

export interface TestServer {
  url: string;
  publishableKey: string;
  secretKey: string;
  /** the partner both keys belong to */
  partnerId: string;
  staff: Record<TestPerson, TestStaff>;
  /**
   * A fresh bearer session token of a person, opened directly in the database at the server's current time
   * (tests of sign-in itself go through POST /v1/auth/login).
   */
  sessionFor(person: TestPerson): string;
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
  const ring = opts.encryptionKeys ?? singleKeyRing(opts.encryptionKey ?? randomBytes(32));
  const encryptionKey = ring.keys.get(ring.current)!;
  const cipher = createCipher(ring);
  const now = opts.now ?? (() => new Date());
  let keys = { publishableKey: '', secretKey: '', partnerId: '' };
  const staff = {} as Record<TestPerson, TestStaff>;
  {
    // seed (a copy of a per-process template: seeding takes far longer than copying) + a fresh demo partner
    // (random keys, so nothing can depend on a fixed test key)
    if (!opts.dbPath && opts.seed !== 'none') copyFileSync(seededTemplate(now()), dbPath);
    const db = openDatabase(dbPath, { cipher });
    if (opts.seed !== 'none') seedYokohama(db, now()); // no-op on a copied template or a reused database
    const partnerId = createPartner(
      db,
      { name: 'Test partner', type: 'npo', ward_id: opts.partnerWard ?? null },
      now(),
    );
    keys = {
      publishableKey: createApiKey(db, { partnerId, kind: 'publishable', allowedOrigins: origins }, now())
        .key,
      secretKey: createApiKey(db, { partnerId, kind: 'secret' }, now()).key,
      partnerId,
    };
    const suffix = randomBytes(3).toString('hex');
    for (const [person, { role, wards }] of Object.entries(PEOPLE) as [
      TestPerson,
      (typeof PEOPLE)[TestPerson],
    ][]) {
      const login = `${person}-${suffix}`;
      const password = `test password ${person} ${suffix}`;
      const created = await createStaff(db, cipher, { login, display_name: person, role, wards }, now(), {
        knownWard: () => true,
        password,
        scryptLogN: TEST_SCRYPT_LOG_N,
      });
      staff[person] = { id: created.staff.id, login, password, role, totpSecret: created.totpSecret };
    }
    db.close();
  }
  const server = await startServer({
    dbPath,
    now,
    backgroundCheckpoints: false,
    encryptionKey: ring,
    seed: 'none',
    scryptLogN: TEST_SCRYPT_LOG_N,
    rateLimit: opts.rateLimit ?? { perKey: 1_000_000, perClient: 1_000_000 },
    ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}),
    ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
    ...(opts.publicOrigin ? { publicOrigin: opts.publicOrigin } : {}),
    ...(opts.loginThrottle ? { loginThrottle: opts.loginThrottle } : {}),
    ...(opts.sessions ? { sessions: opts.sessions } : {}),
    ...(opts.webhooks ? { webhooks: opts.webhooks } : {}),
    ...(opts.trustedProxies ? { trustedProxies: opts.trustedProxies } : {}),
  });
  return {
    url: server.url,
    ...keys,
    staff,
    sessionFor: (person) => server.services.sessions.create(staff[person].id, 'bearer', now()).token,
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
