// Everything the routes share, built once per app.
import type { Cipher } from '../crypto.js';
import type { Db } from '../db/open.js';
import type { IdempotencyStore } from '../http/idempotency.js';
import type { WriteBatcher } from '../db/write-batcher.js';
import type { RateLimiter } from '../http/rate-limit.js';
import type { KeyStore } from './keys.js';
import type { WindowCatalog } from './windows-search.js';

export interface Services {
  db: Db;
  cipher: Cipher;
  /** a report's check code, derived from its reference (crypto.ts createCheckCodes) */
  checkCodeFor: (reference: string) => string;
  now: () => Date;
  keys: KeyStore;
  catalog: WindowCatalog;
  idempotency: IdempotencyStore;
  /** group commit for the hot public writes */
  batcher: WriteBatcher;
  limiter: RateLimiter;
  maxBodyBytes: number;
  retentionDays: number;
  /** runs the retention purge (report content, sign-ups' personal details, old idempotency records) */
  purge(): { purged_reports: number; purged_signups: number; purged_idempotency: number };
}
