// Partners and their API keys. Keys are stored as SHA-256 hashes; the plain key is shown once.
import { randomToken, sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';

export type KeyKind = 'publishable' | 'secret';
export interface ApiKeyRecord {
  id: string;
  partner_id: string;
  partner_type: string;
  kind: KeyKind;
  allowed_origins: string[];
}

/** The documented dev publishable key created by `--seed yokohama` (publishable keys are public anyway). */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_tsunagu_examples';
export const DEMO_PARTNER_ID = 'demo';

export function createPartner(db: Db, input: { name: string; type: string; id?: string }, now: Date): string {
  const id = input.id ?? `ptn_${randomToken(12)}`;
  db.prepare('INSERT INTO partners (id, name, type, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    input.name,
    input.type,
    now.toISOString(),
  );
  return id;
}

export function listPartners(db: Db): { id: string; name: string; type: string; created_at: string }[] {
  return db.prepare('SELECT id, name, type, created_at FROM partners ORDER BY created_at, id').all() as never;
}

/** Creates a key and returns the plain value (the only time it exists outside the caller). */
export function createApiKey(
  db: Db,
  input: { partnerId: string; kind: KeyKind; allowedOrigins?: string[]; plain?: string },
  now: Date,
): { id: string; key: string } {
  const key = input.plain ?? `${input.kind === 'publishable' ? 'pk' : 'sk'}_${randomToken(32)}`;
  const id = `key_${randomToken(12)}`;
  db.prepare(
    'INSERT INTO api_keys (id, partner_id, kind, hash, prefix, allowed_origins, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    input.partnerId,
    input.kind,
    sha256(key),
    key.slice(0, 8),
    JSON.stringify(input.allowedOrigins ?? []),
    now.toISOString(),
  );
  return { id, key };
}

export function revokeApiKey(db: Db, id: string, now: Date): boolean {
  return (
    db
      .prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
      .run(now.toISOString(), id).changes > 0
  );
}

/**
 * Key lookup with a small in-memory cache keyed by hash (hashing is cheap; the DB read is not free).
 * `invalidate()` after creating/revoking keys through another path than this cache.
 */
export class KeyStore {
  private cache = new Map<string, ApiKeyRecord | null>();
  private originsCache: Set<string> | null = null;
  private readonly byHash;
  private readonly allOrigins;

  constructor(db: Db) {
    this.byHash = db.prepare(
      `SELECT k.id, k.partner_id, p.type AS partner_type, k.kind, k.allowed_origins FROM api_keys k
       JOIN partners p ON p.id = k.partner_id WHERE k.hash = ? AND k.revoked_at IS NULL`,
    );
    this.allOrigins = db.prepare(
      `SELECT allowed_origins FROM api_keys WHERE kind = 'publishable' AND revoked_at IS NULL`,
    );
  }

  find(plain: string): ApiKeyRecord | null {
    const hash = sha256(plain);
    const hit = this.cache.get(hash);
    if (hit !== undefined) return hit;
    const row = this.byHash.get(hash) as
      (Omit<ApiKeyRecord, 'allowed_origins'> & { allowed_origins: string }) | undefined;
    const record = row ? { ...row, allowed_origins: JSON.parse(row.allowed_origins) as string[] } : null;
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, record);
    return record;
  }

  /** Every origin some publishable key allows (for CORS preflights, which carry no key). */
  knownOrigins(): Set<string> {
    if (!this.originsCache) {
      const rows = this.allOrigins.all() as { allowed_origins: string }[];
      this.originsCache = new Set(rows.flatMap((r) => JSON.parse(r.allowed_origins) as string[]));
    }
    return this.originsCache;
  }

  invalidate(): void {
    this.cache.clear();
    this.originsCache = null;
  }
}

export function originAllowed(allowed: readonly string[], origin: string): boolean {
  return allowed.includes('*') || allowed.includes(origin);
}
