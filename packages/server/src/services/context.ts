// Everything the routes share, built once per app.
import type { IdentityProvider } from '../auth/identity.js';
import type { SessionStore } from '../auth/sessions.js';
import type { LoginThrottle } from '../auth/throttle.js';
import type { ReportKeys } from '../crypto.js';
import type { Cipher } from '../seal.js';
import type { Db } from '../db/open.js';
import type { IdempotencyStore } from '../http/idempotency.js';
import type { WriteBatcher } from '../db/write-batcher.js';
import type { RateLimiter } from '../http/rate-limit.js';
import type { KeyStore } from './keys.js';
import type { Webhooks } from './webhooks.js';
import type { WindowCatalog } from './windows-search.js';

export interface Services {
  db: Db;
  cipher: Cipher;
  /** reports' references and check codes (crypto.ts createReportKeys) */
  reportKeys: ReportKeys;
  now: () => Date;
  keys: KeyStore;
  /** staff sessions (auth/sessions.ts) */
  sessions: SessionStore;
  /** how a signing-in person is checked (local passwords + TOTP; an OIDC provider can replace it) */
  identity: IdentityProvider;
  loginThrottle: LoginThrottle;
  /** scrypt cost for new passwords (2^N); tests lower it */
  scryptLogN: number;
  /** the server's public origin (staff console, CSRF checks); default: as each request addressed us */
  publicOrigin: string | null;
  catalog: WindowCatalog;
  /** signed webhooks: the outbox written with each change, and its delivery worker */
  webhooks: Webhooks;
  idempotency: IdempotencyStore;
  /** group commit for the hot public writes */
  batcher: WriteBatcher;
  limiter: RateLimiter;
  /** proxies whose X-Forwarded-For is believed (e.g. the city's TLS proxy); none by default */
  trustedProxies: ReadonlySet<string>;
  maxBodyBytes: number;
  retentionDays: number;
  /** runs the retention purge (report content, sign-ups' personal details, old idempotency records, sessions) */
  purge(): { purged_reports: number; purged_signups: number; purged_idempotency: number };
}
