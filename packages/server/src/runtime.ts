// Starting a whole server from configuration: database, encryption key, seed, demo partner, app, listen.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createApp, createServices } from './app.js';
import { parseEncryptionKey } from './crypto.js';
import { openDatabase, startBackgroundCheckpoints, type Db } from './db/open.js';
import type { RateLimitOptions } from './http/rate-limit.js';
import { listen } from './server.js';
import type { Services } from './services/context.js';
import type { SessionOptions } from './auth/sessions.js';
import { createStaff } from './auth/staff.js';
import type { LoginThrottleOptions } from './auth/throttle.js';
import { createCipher } from './crypto.js';
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
  /** default: TSUNAGU_ENCRYPTION_KEY, else a key generated once into `<db>.key` (dev) */
  encryptionKey?: Buffer;
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

/** Reads or creates the dev encryption key file beside the database (mode 600). */
export function loadOrCreateKeyFile(dbPath: string): Buffer {
  const file = `${dbPath}.key`;
  if (existsSync(file)) return parseEncryptionKey(readFileSync(file, 'utf8'));
  const key = randomBytes(32);
  writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function resolveEncryptionKey(dbPath: string, explicit?: Buffer): Buffer {
  if (explicit) return explicit;
  const fromEnv = process.env.TSUNAGU_ENCRYPTION_KEY;
  if (fromEnv) return parseEncryptionKey(fromEnv);
  if (dbPath === ':memory:') return randomBytes(32);
  return loadOrCreateKeyFile(dbPath);
}

/** The demo partner of `--seed yokohama`: the documented pk plus a secret key written once beside the DB. */
export function createDemoPartner(
  db: Db,
  dbPath: string,
  origins: string[],
  now: Date,
): { publishableKey: string; secretKey: string } {
  return db.transaction(() => {
    createPartner(db, { id: DEMO_PARTNER_ID, name: 'Demo partner (examples)', type: 'other' }, now);
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
  encryptionKey: Buffer,
  now: Date,
  scryptLogN?: number,
): Promise<DemoStaff[]> {
  const cipher = createCipher(encryptionKey);
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
  const db = openDatabase(config.dbPath);
  const now = config.now ?? (() => new Date());
  const encryptionKey = resolveEncryptionKey(config.dbPath, config.encryptionKey);
  let seeded: StartedServer['seeded'] = null;
  if (config.seed === 'yokohama' && seedYokohama(db, now())) {
    const keys = createDemoPartner(db, config.dbPath, config.demoOrigins ?? DEFAULT_DEMO_ORIGINS, now());
    seeded = {
      ...keys,
      staff: await createDemoStaff(db, config.dbPath, encryptionKey, now(), config.scryptLogN),
    };
  }
  const services = createServices({
    db,
    now,
    encryptionKey,
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
