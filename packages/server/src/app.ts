// The Hono app: wiring of middleware and routes. No listening here (see server.ts).
import { Hono, type MiddlewareHandler } from 'hono';
import { buildOpenApiDocument } from '@tsunagu/schema';
import { createReportKeys } from './crypto.js';
import { loadIdentityKeys } from './key-material.js';
import { createCipher, singleKeyRing, type KeyRing } from './seal.js';
import type { Db } from './db/open.js';
import { LocalPasswordProvider } from './auth/identity.js';
import { DEFAULT_SCRYPT_LOG_N } from './auth/passwords.js';
import { SessionStore, type SessionOptions } from './auth/sessions.js';
import { LoginThrottle, type LoginThrottleOptions } from './auth/throttle.js';
import { identify, preflight, requestId } from './http/access.js';
import { mountStaffConsole } from './http/staff-console.js';
import { errorResponse, HttpError } from './http/errors.js';
import { IdempotencyStore } from './http/idempotency.js';
import { WriteBatcher } from './db/write-batcher.js';
import { RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
import type { AppEnv } from './http/types.js';
import { adminRoutes } from './routes/admin.js';
import { authRoutes } from './routes/auth.js';
import { publicRoutes } from './routes/public.js';
import type { Services } from './services/context.js';
import { KeyStore } from './services/keys.js';
import { purgeExpiredReports } from './services/reports.js';
import { purgeFinishedSignups } from './services/signups.js';
import { WindowCatalog } from './services/windows-search.js';
import { Webhooks, type WebhookOptions } from './services/webhooks.js';

export interface CreateAppOptions {
  /** an open database (see openDatabase) */
  db: Db;
  /** the 32-byte master key for content at rest (key id k1); ignored when `encryptionKeys` is given */
  encryptionKey: Buffer;
  /** a key ring (first = current), for rotation (seal.ts) */
  encryptionKeys?: KeyRing;
  /** injectable clock (open_now, timestamps, retention); default () => new Date() */
  now?: () => Date;
  rateLimit?: RateLimitOptions;
  /** addresses of reverse proxies whose X-Forwarded-For names the client (rate limits, sign-in throttling) */
  trustedProxies?: string[];
  /** request body limit in bytes (default 32 kB) */
  maxBodyBytes?: number;
  /** days before unacknowledged/closed report content is purged (default 90) */
  retentionDays?: number;
  /** days without a change before an open case's content is purged (default 365) */
  activeRetentionDays?: number;
  /** staff session lifetimes */
  sessions?: SessionOptions;
  loginThrottle?: LoginThrottleOptions;
  /** scrypt cost of new staff passwords, 2^N (default 15; tests use less) */
  scryptLogN?: number;
  /** the server's public origin, e.g. https://tsunagu.city.example (default: as each request addressed it) */
  publicOrigin?: string;
  /** webhook delivery (per-attempt timeout; a fetch for tests) */
  webhooks?: WebhookOptions;
  /** the built staff console to serve at /staff/ (a folder with index.html); none when absent */
  staffConsoleDir?: string;
  /** prebuilt services (createServices) when the caller needs them too */
  services?: Services;
}

export function createServices(options: CreateAppOptions): Services {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const ring = options.encryptionKeys ?? singleKeyRing(options.encryptionKey);
  const cipher = createCipher(ring);
  const identityKeys = loadIdentityKeys(db, cipher, ring);
  const idempotency = new IdempotencyStore(db, cipher);
  const retentionDays = options.retentionDays ?? 90;
  const sessions = new SessionStore(db, identityKeys.csrf, options.sessions);
  const scryptLogN = options.scryptLogN ?? DEFAULT_SCRYPT_LOG_N;
  return {
    db,
    cipher,
    reportKeys: createReportKeys(identityKeys),
    now,
    idempotency,
    retentionDays,
    keys: new KeyStore(db),
    sessions,
    identity: new LocalPasswordProvider(db, cipher, scryptLogN),
    loginThrottle: new LoginThrottle(options.loginThrottle),
    scryptLogN,
    publicOrigin: options.publicOrigin ?? null,
    batcher: new WriteBatcher(db),
    catalog: new WindowCatalog(db),
    webhooks: new Webhooks(db, cipher, now, options.webhooks),
    limiter: new RateLimiter(options.rateLimit),
    trustedProxies: new Set(options.trustedProxies ?? []),
    maxBodyBytes: options.maxBodyBytes ?? 32 * 1024,
    purge() {
      const at = now();
      sessions.purgeExpired(at);
      const result = {
        purged_reports: purgeExpiredReports(db, retentionDays, at, options.activeRetentionDays),
        purged_signups: purgeFinishedSignups(db, retentionDays, at),
        purged_idempotency: idempotency.purgeOlderThan(new Date(at.getTime() - 86_400_000)),
      };
      // secure_delete zeroes freed pages; the WAL still holds the old pages until it is truncated
      if (result.purged_reports || result.purged_signups) db.pragma('wal_checkpoint(TRUNCATE)');
      return result;
    },
  };
}

const STORAGE_FAULTS = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|BUSY|LOCKED|NOMEM)/;
/** SQLite's errors that mean the storage itself failed (not this request's data). */
function isStorageFault(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && STORAGE_FAULTS.test(code);
}

export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const s = options.services ?? createServices(options);
  const app = new Hono<AppEnv>();
  let openApiJson: string | null = null;

  app.use('*', requestId);
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/openapi.json', (c) => {
    openApiJson ??= JSON.stringify(buildOpenApiDocument());
    return c.body(openApiJson, 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Access-Control-Allow-Origin': '*',
    });
  });
  // one middleware for both (each middleware level costs an async dispatch on every request); each route
  // then has the guard of its policy (http/routes.ts)
  const answerPreflight = preflight(s);
  const identifyCaller = identify(s);
  const access: MiddlewareHandler<AppEnv> = (c, next) =>
    c.req.method === 'OPTIONS' ? answerPreflight(c, next) : identifyCaller(c, next);
  app.use('/v1/*', access);
  if (options.staffConsoleDir) mountStaffConsole(app, options.staffConsoleDir);
  app.route('/v1', publicRoutes(s));
  app.route('/v1/auth', authRoutes(s));
  app.route('/v1/admin', adminRoutes(s));

  app.notFound((c) => errorResponse(c, new HttpError(404, 'not_found', 'not_found', 'No such endpoint.')));
  app.onError((err, c) => {
    if (err instanceof HttpError) return errorResponse(c, err);
    if (isStorageFault(err)) {
      // the disk is full or read-only (or the file is gone): nothing of this request was written; retry later
      console.error(
        `[tsunagu] storage unavailable ${c.get('requestId') ?? ''}: ${String((err as unknown as { code: string }).code)}`,
      );
      return errorResponse(
        c,
        new HttpError(
          503,
          'server_error',
          'storage_unavailable',
          'The service cannot store anything right now. Try again in a minute; nothing was saved.',
          undefined,
          {
            'Retry-After': '30',
          },
        ),
      );
    }
    // no request content in logs (it may hold personal data): the id lets staff correlate
    console.error(`[tsunagu] internal error ${c.get('requestId') ?? ''}: ${err.name}: ${err.message}`);
    return errorResponse(
      c,
      new HttpError(500, 'server_error', 'internal', 'Something went wrong on our side. Try again later.'),
    );
  });
  return app;
}
