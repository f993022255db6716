// Partners and their API keys. Keys are stored as SHA-256 hashes; the plain key is shown once. A key can be
// revoked (at once) or rotated (the old one keeps working until the overlap ends). Every change takes effect
// on the next request: this process drops its caches when it changes a key, and notices changes made by
// another process (the CLI) through SQLite's data_version.
import type { ApiKeyInfo, Partner } from '@tsunagu/schema';
import { randomToken, sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';
import { notFound, validationFailed } from '../http/errors.js';

export type KeyKind = 'publishable' | 'secret';
export interface ApiKeyRecord {
  id: string;
  partner_id: string;
  partner_type: string;
  kind: KeyKind;
  allowed_origins: string[];
  revoked_at: string | null;
  expires_at: string | null;
}

/** The documented dev publishable key created by `--seed yokohama` (publishable keys are public anyway). */
export const DEMO_PUBLISHABLE_KEY = 'pk_demo_tsunagu_examples';
export const DEMO_PARTNER_ID = 'demo';

export function createPartner(
  db: Db,
  input: { name: string; type: string; id?: string; ward_id?: string | null | undefined },
  now: Date,
): string {
  const id = input.id ?? `ptn_${randomToken(12)}`;
  db.prepare('INSERT INTO partners (id, name, type, ward_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    input.name,
    input.type,
    input.ward_id ?? null,
    now.toISOString(),
  );
  return id;
}

const PARTNER_COLUMNS = 'id, name, type, ward_id, created_at';

export function listPartners(db: Db): Partner[] {
  return db.prepare(`SELECT ${PARTNER_COLUMNS} FROM partners ORDER BY created_at, id`).all() as never;
}

export function getPartner(db: Db, id: string): Partner | undefined {
  return db.prepare(`SELECT ${PARTNER_COLUMNS} FROM partners WHERE id = ?`).get(id) as never;
}

/** Changes what is given (`ward_id: null` clears the ward); throws not found for an unknown partner. */
export function updatePartner(
  db: Db,
  id: string,
  change: { name?: string | undefined; type?: string | undefined; ward_id?: string | null | undefined },
): Partner {
  const current = getPartner(db, id);
  if (!current) throw notFound('Partner');
  const next = {
    name: change.name ?? current.name,
    type: change.type ?? current.type,
    ward_id: change.ward_id === undefined ? current.ward_id : change.ward_id,
  };
  db.prepare('UPDATE partners SET name = ?, type = ?, ward_id = ? WHERE id = ?').run(
    next.name,
    next.type,
    next.ward_id,
    id,
  );
  return getPartner(db, id)!;
}

export function partnerExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM partners WHERE id = ?').get(id) !== undefined;
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

interface KeyRow {
  id: string;
  partner_id: string;
  kind: KeyKind;
  prefix: string;
  allowed_origins: string;
  created_at: string;
  revoked_at: string | null;
  expires_at: string | null;
  replaced_by: string | null;
}

function keyInfo(row: KeyRow, now: Date): ApiKeyInfo {
  const expired = row.expires_at !== null && Date.parse(row.expires_at) <= now.getTime();
  return {
    id: row.id,
    partner_id: row.partner_id,
    kind: row.kind,
    prefix: row.prefix,
    allowed_origins: JSON.parse(row.allowed_origins) as string[],
    created_at: row.created_at,
    revoked_at: row.revoked_at,
    expires_at: row.expires_at,
    replaced_by: row.replaced_by,
    state: row.revoked_at ? 'revoked' : expired ? 'expired' : row.expires_at ? 'expiring' : 'active',
  };
}

const KEY_COLUMNS =
  'id, partner_id, kind, prefix, allowed_origins, created_at, revoked_at, expires_at, replaced_by';

export function listApiKeys(db: Db, now: Date, partnerId?: string): ApiKeyInfo[] {
  const rows = (
    partnerId
      ? db
          .prepare(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE partner_id = ? ORDER BY created_at, id`)
          .all(partnerId)
      : db.prepare(`SELECT ${KEY_COLUMNS} FROM api_keys ORDER BY created_at, id`).all()
  ) as KeyRow[];
  return rows.map((r) => keyInfo(r, now));
}

export function getApiKey(db: Db, id: string, now: Date): ApiKeyInfo {
  const row = db.prepare(`SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = ?`).get(id) as KeyRow | undefined;
  if (!row) throw notFound('Key');
  return keyInfo(row, now);
}

/** Revokes a key at once (also a key still in its rotation overlap). Revoking twice is not an error. */
export function revokeApiKey(db: Db, id: string, now: Date): ApiKeyInfo {
  getApiKey(db, id, now);
  db.prepare('UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(
    now.toISOString(),
    id,
  );
  return getApiKey(db, id, now);
}

/**
 * Issues a successor with the same partner, kind and origins; the old key keeps working for `overlapHours`
 * (0 = ends now), so a partner can deploy the new key without downtime.
 */
export function rotateApiKey(
  db: Db,
  id: string,
  overlapHours: number,
  now: Date,
): { key: ApiKeyInfo; plain_key: string } {
  const old = getApiKey(db, id, now);
  if (old.state === 'revoked' || old.state === 'expired')
    throw validationFailed(
      [{ path: 'id', code: 'not_allowed' }],
      'A revoked or expired key cannot be rotated.',
    );
  const created = createApiKey(
    db,
    { partnerId: old.partner_id, kind: old.kind, allowedOrigins: old.allowed_origins },
    now,
  );
  const ends = new Date(now.getTime() + overlapHours * 3_600_000).toISOString();
  db.prepare(
    'UPDATE api_keys SET expires_at = CASE WHEN expires_at IS NULL OR expires_at > ? THEN ? ELSE expires_at END, replaced_by = ? WHERE id = ?',
  ).run(ends, ends, created.id, id);
  return { key: getApiKey(db, created.id, now), plain_key: created.key };
}

export function setAllowedOrigins(db: Db, id: string, origins: string[], now: Date): ApiKeyInfo {
  const key = getApiKey(db, id, now);
  if (key.kind === 'secret' && origins.length > 0)
    throw validationFailed(
      [{ path: 'allowed_origins', code: 'not_allowed' }],
      'Secret keys are never used from browsers.',
    );
  db.prepare('UPDATE api_keys SET allowed_origins = ? WHERE id = ?').run(
    JSON.stringify([...new Set(origins)]),
    id,
  );
  return getApiKey(db, id, now);
}

export type KeyLookup = { state: 'active'; key: ApiKeyRecord } | { state: 'unknown' | 'revoked' | 'expired' };

/**
 * Key lookup with an in-memory cache keyed by hash (hashing is cheap; the DB read is not free). The cache is
 * dropped when this process changes keys (`invalidate`) and when another connection has written to the
 * database (`PRAGMA data_version` changes), so a revocation by the CLI counts from the next request.
 */
export class KeyStore {
  private cache = new Map<string, ApiKeyRecord | null>();
  private originsCache: Set<string> | null = null;
  private dataVersion = -1;
  private readonly byHash;
  private readonly allOrigins;
  private readonly version;

  constructor(db: Db) {
    this.byHash = db.prepare(
      `SELECT k.id, k.partner_id, p.type AS partner_type, k.kind, k.allowed_origins, k.revoked_at, k.expires_at
       FROM api_keys k JOIN partners p ON p.id = k.partner_id WHERE k.hash = ?`,
    );
    this.allOrigins = db.prepare(
      `SELECT allowed_origins, expires_at FROM api_keys WHERE kind = 'publishable' AND revoked_at IS NULL`,
    );
    this.version = db.prepare('PRAGMA data_version').pluck();
  }

  private fresh(): void {
    const version = this.version.get() as number;
    if (version !== this.dataVersion) {
      this.dataVersion = version;
      this.invalidate();
    }
  }

  find(plain: string, now: Date): KeyLookup {
    this.fresh();
    const hash = sha256(plain);
    let record = this.cache.get(hash);
    if (record === undefined) {
      const row = this.byHash.get(hash) as
        (Omit<ApiKeyRecord, 'allowed_origins'> & { allowed_origins: string }) | undefined;
      record = row ? { ...row, allowed_origins: JSON.parse(row.allowed_origins) as string[] } : null;
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, record);
    }
    if (!record) return { state: 'unknown' };
    if (record.revoked_at !== null) return { state: 'revoked' };
    if (record.expires_at !== null && Date.parse(record.expires_at) <= now.getTime())
      return { state: 'expired' };
    return { state: 'active', key: record };
  }

  /** Every origin some live publishable key allows (for CORS preflights, which carry no key). */
  knownOrigins(now: Date): Set<string> {
    this.fresh();
    if (!this.originsCache) {
      const rows = this.allOrigins.all() as { allowed_origins: string; expires_at: string | null }[];
      this.originsCache = new Set(
        rows
          .filter((r) => r.expires_at === null || Date.parse(r.expires_at) > now.getTime())
          .flatMap((r) => JSON.parse(r.allowed_origins) as string[]),
      );
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
