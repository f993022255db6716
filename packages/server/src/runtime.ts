// Starting a whole server from configuration: database, encryption key, seed, demo partner, app, listen.
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp, createServices } from './app.js';
import { openDatabase, startBackgroundCheckpoints, type Db } from './db/open.js';
import type { RateLimitOptions } from './http/rate-limit.js';
import { listen } from './server.js';
import type { Services } from './services/context.js';
import type { SessionOptions } from './auth/sessions.js';
import { createStaff } from './auth/staff.js';
import type { LoginThrottleOptions } from './auth/throttle.js';
import {
  createCipher,
  parseKeyMaterial,
  parseKeyRing,
  singleKeyRing,
  type Cipher,
  type KeyRing,
} from './seal.js';
import { createApiKey, createPartner, DEMO_PARTNER_ID, DEMO_PUBLISHABLE_KEY } from './services/keys.js';
import { seedYokohama } from './seed/yokohama.js';
import { upgradeCheckHashes } from './services/reports.js';
import type { WebhookOptions } from './services/webhooks.js';

export const DEFAULT_DEMO_ORIGINS = ['http://127.0.0.1:8080', 'http://localhost:8080'];

export interface ServerConfig {
  dbPath: string;
  port?: number;
  host?: string;
  seed?: 'yokohama' | 'none';
  /**
   * default: TSUNAGU_ENCRYPTION_KEYS (a key ring), else TSUNAGU_ENCRYPTION_KEY, else (not in production) a dev
   * key generated once into a key directory apart from the database (devKeyFile)
   */
  encryptionKey?: Buffer | KeyRing;
  retentionDays?: number;
  demoOrigins?: string[];
  now?: () => Date;
  rateLimit?: RateLimitOptions;
  /** reverse proxies whose X-Forwarded-For is believed (TSUNAGU_TRUSTED_PROXIES) */
  trustedProxies?: string[];
  maxBodyBytes?: number;
  /** scrypt cost of new staff passwords, 2^N (default 15) */
  scryptLogN?: number;
  /** the public origin of the server (staff console cookies and CSRF checks), e.g. https://tsunagu.city.example */
  publicOrigin?: string;
  loginThrottle?: LoginThrottleOptions;
  sessions?: SessionOptions;
  webhooks?: WebhookOptions;
  /** the built staff console served at /staff/ (default: @tsunagu/console's dist/ in this repository, if built) */
  staffConsoleDir?: string | null;
  /** WAL checkpoints in a worker thread (default true; tests turn it off to start and stop faster) */
  backgroundCheckpoints?: boolean;
}

export interface StartedServer {
  url: string;
  db: Db;
  services: Services;
  /** set when this start seeded the database (the demo secret key and staff passwords are shown only then) */
  seeded: ({ publishableKey: string; secretKey: string } & { staff: DemoStaff[] }) | null;
  /** whether the staff console is served at /staff/ */
  staffConsole: boolean;
  close(): Promise<void>;
}

/**
 * Where the dev key of a database lives: a folder of its own (TSUNAGU_KEY_DIR, else
 * $XDG_CONFIG_HOME/tsunagu/keys, else ~/.config/tsunagu/keys), never beside the database, so that a copy of
 * the database's folder does not carry the key that opens it. One file per database (its absolute path hashed).
 */
export function devKeyFile(dbPath: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir =
    env.TSUNAGU_KEY_DIR || join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'tsunagu', 'keys');
  const absolute = resolve(dbPath);
  const tag = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return join(dir, `${basename(absolute)}-${tag}.key`);
}

/**
 * Reads or creates the dev key (mode 600, folder 700). A key file left beside the database by an earlier
 * release is moved there (and removed from beside the database).
 */
export function loadOrCreateKeyFile(dbPath: string): Buffer {
  const file = devKeyFile(dbPath);
  const dir = resolve(file, '..');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (existsSync(file)) return parseKeyMaterial(readFileSync(file, 'utf8'));
  const beside = `${dbPath}.key`;
  if (existsSync(beside)) {
    const key = parseKeyMaterial(readFileSync(beside, 'utf8'));
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600 });
    unlinkSync(beside);
    console.error(`tsunagu-server: moved the dev key from beside the database to ${file}`);
    return key;
  }
  const key = randomBytes(32);
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${key.toString('hex')}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return key;
}

/** Raised when no key is configured where a generated one is not acceptable (NODE_ENV=production). */
export class MissingKeyError extends Error {}

/** The key ring: given, or TSUNAGU_ENCRYPTION_KEYS, or TSUNAGU_ENCRYPTION_KEY, or (not in production) the dev key. */
export function resolveKeyRing(dbPath: string, explicit?: Buffer | KeyRing): KeyRing {
  if (explicit) return Buffer.isBuffer(explicit) ? singleKeyRing(explicit) : explicit;
  const env = process.env;
  if (env.TSUNAGU_ENCRYPTION_KEYS) return parseKeyRing(env.TSUNAGU_ENCRYPTION_KEYS);
  if (env.TSUNAGU_ENCRYPTION_KEY) return singleKeyRing(parseKeyMaterial(env.TSUNAGU_ENCRYPTION_KEY));
  if (dbPath === ':memory:') return singleKeyRing(randomBytes(32));
  if (env.NODE_ENV === 'production')
    throw new MissingKeyError(
      'no encryption key: set TSUNAGU_ENCRYPTION_KEY (32 bytes, hex or base64) or TSUNAGU_ENCRYPTION_KEYS ' +
        '(id:key,… first = current). A generated dev key is not used with NODE_ENV=production.',
    );
  return singleKeyRing(loadOrCreateKeyFile(dbPath));
}

/** The configured key ring, or the dev key when one exists already; null otherwise (nothing is created). */
export function configuredKeyRing(dbPath: string): KeyRing | null {
  const env = process.env;
  if (env.TSUNAGU_ENCRYPTION_KEYS || env.TSUNAGU_ENCRYPTION_KEY) return resolveKeyRing(dbPath);
  const file = devKeyFile(dbPath);
  return existsSync(file) || existsSync(`${dbPath}.key`) ? resolveKeyRing(dbPath) : null;
}

/** The current master key of the ring (kept for callers of earlier releases). */
export function resolveEncryptionKey(dbPath: string, explicit?: Buffer): Buffer {
  const ring = resolveKeyRing(dbPath, explicit);
  return ring.keys.get(ring.current)!;
}

/** The demo partner of `--seed yokohama`: the documented pk plus a secret key written once beside the DB. */
export function createDemoPartner(
  db: Db,
  dbPath: string,
  origins: string[],
  now: Date,
): { publishableKey: string; secretKey: string } {
  return db.transaction(() => {
    // the example shop and NPO are in 中区: their help cards show its office from the key alone
    createPartner(
      db,
      { id: DEMO_PARTNER_ID, name: 'Demo partner (examples)', type: 'other', ward_id: 'naka' },
      now,
    );
    const pk = createApiKey(
      db,
      {
        partnerId: DEMO_PARTNER_ID,
        kind: 'publishable',
        allowedOrigins: origins,
        plain: DEMO_PUBLISHABLE_KEY,
      },
      now,
    );
    const sk = createApiKey(db, { partnerId: DEMO_PARTNER_ID, kind: 'secret' }, now);
    if (dbPath !== ':memory:') {
      writeFileSync(`${dbPath}.demo-secret-key`, `${sk.key}\n`, { mode: 0o600 });
      chmodSync(`${dbPath}.demo-secret-key`, 0o600);
    }
    return { publishableKey: pk.key, secretKey: sk.key };
  })();
}

export interface DemoStaff {
  login: string;
  role: string;
  wards: string[];
  password: string;
  /** administrators' second factor (base32), to add to an authenticator app */
  totp_secret: string | null;
  otpauth_uri: string | null;
}

/**
 * The demo's people: one city administrator and one 中区 staff member. Their first passwords are printed once
 * and written beside the database (mode 600), like the demo secret key.
 */
export async function createDemoStaff(
  db: Db,
  dbPath: string,
  cipher: Cipher,
  now: Date,
  scryptLogN?: number,
): Promise<DemoStaff[]> {
  const knownWard = (id: string) => db.prepare('SELECT 1 FROM wards WHERE id = ?').get(id) !== undefined;
  const people = [
    { login: 'admin', display_name: '市 管理者（デモ）', role: 'city_admin' as const, wards: [] },
    { login: 'naka', display_name: '中区 生活支援課（デモ）', role: 'ward_staff' as const, wards: ['naka'] },
  ];
  const out: DemoStaff[] = [];
  for (const person of people) {
    const created = await createStaff(db, cipher, person, now, {
      knownWard,
      ...(scryptLogN ? { scryptLogN } : {}),
    });
    out.push({
      login: person.login,
      role: person.role,
      wards: person.wards,
      password: created.first_password!,
      totp_secret: created.totpSecret,
      otpauth_uri: created.totp?.otpauth_uri ?? null,
    });
  }
  if (dbPath !== ':memory:') {
    writeFileSync(`${dbPath}.demo-staff.json`, `${JSON.stringify(out, null, 2)}\n`, { mode: 0o600 });
    chmodSync(`${dbPath}.demo-staff.json`, 0o600);
  }
  return out;
}

/** The console built in this repository (packages/console/dist), when there is one. */
export function defaultConsoleDir(): string | null {
  const dir = fileURLToPath(new URL('../../console/dist/', import.meta.url));
  return existsSync(dir) ? dir : null;
}

export async function startServer(config: ServerConfig): Promise<StartedServer> {
  const ring = resolveKeyRing(config.dbPath, config.encryptionKey);
  const cipher = createCipher(ring);
  const db = openDatabase(config.dbPath, { cipher });
  const now = config.now ?? (() => new Date());
  let seeded: StartedServer['seeded'] = null;
  if (config.seed === 'yokohama' && seedYokohama(db, now())) {
    const keys = createDemoPartner(db, config.dbPath, config.demoOrigins ?? DEFAULT_DEMO_ORIGINS, now());
    seeded = {
      ...keys,
      staff: await createDemoStaff(db, config.dbPath, cipher, now(), config.scryptLogN),
    };
  }
  const services = createServices({
    db,
    now,
    encryptionKey: ring.keys.get(ring.current)!,
    encryptionKeys: ring,
    ...(config.rateLimit ? { rateLimit: config.rateLimit } : {}),
    ...(config.trustedProxies ? { trustedProxies: config.trustedProxies } : {}),
    ...(config.maxBodyBytes ? { maxBodyBytes: config.maxBodyBytes } : {}),
    ...(config.retentionDays ? { retentionDays: config.retentionDays } : {}),
    ...(config.scryptLogN ? { scryptLogN: config.scryptLogN } : {}),
    ...(config.publicOrigin ? { publicOrigin: config.publicOrigin } : {}),
    ...(config.loginThrottle ? { loginThrottle: config.loginThrottle } : {}),
    ...(config.sessions ? { sessions: config.sessions } : {}),
    ...(config.webhooks ? { webhooks: config.webhooks } : {}),
  });
  upgradeCheckHashes(db, services.reportKeys);
  const stopWebhooks = services.webhooks.start();
  const consoleDir = config.staffConsoleDir === undefined ? defaultConsoleDir() : config.staffConsoleDir;
  const app = createApp({
    db,
    encryptionKey: Buffer.alloc(32),
    services,
    ...(consoleDir ? { staffConsoleDir: consoleDir } : {}),
  });
  const stopCheckpoints =
    config.dbPath === ':memory:' || config.backgroundCheckpoints === false
      ? () => Promise.resolve()
      : startBackgroundCheckpoints(db, config.dbPath);
  services.purge();
  const timer = setInterval(() => services.purge(), 3_600_000);
  timer.unref();
  const running = await listen(app, { port: config.port ?? 0, host: config.host ?? '127.0.0.1' });
  return {
    url: running.url,
    db,
    services,
    seeded,
    staffConsole: consoleDir !== null,
    async close() {
      clearInterval(timer);
      stopWebhooks();
      await running.close();
      await stopCheckpoints();
      db.close();
    },
  };
}
