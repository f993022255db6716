// Idempotent writes: the same Idempotency-Key with the same body replays the first response; with a
// different body it is a 409. The check, the write and the stored response happen in one transaction,
// so a retry can never create anything twice (public POSTs share a group commit: db/write-batcher.ts).
// Stored responses are sealed (they may hold a secret), unless the route gives a redaction: then the
// response is kept without its secret, unsealed, and the route restores it on replay. Records are
// appended to idempotency_records and found by (Idempotency-Key, API key, route); with every
// check-and-insert inside one write transaction, that is exact. The index is on the key alone: the SDK's keys are UUIDv7, which
// begin with their creation time, so new entries land at the index's end (any other key works too).
import type { Context } from 'hono';
import { principalId } from '../auth/principal.js';
import type { Cipher } from '../seal.js';
import { sha256Bytes } from '../crypto.js';
import type { Db } from '../db/open.js';
import type { WriteBatcher } from '../db/write-batcher.js';
import { HttpError } from './errors.js';
import { requestHeader, respond } from './respond.js';
import type { AppEnv } from './types.js';

/**
 * Associated data of a sealed stored response: its row's identity (the key, the caller and the route), so a
 * response cannot be replayed under another caller's key. `sealed` records the format: 1 = v1, 2 = v2.
 */
export function idempotencyBodyAad(scope: string, route: string, idemKey: string): string {
  return `idempotency_records.body:${scope}\u0000${route}\u0000${idemKey}`;
}

export interface StoredResponse {
  status: number;
  body: unknown;
}

/**
 * How a route keeps its responses for replays when their only secret can be derived again (a report's
 * check code): `redact` drops it (what is left is kept unsealed), `restore` gives the same text back.
 */
export interface ResponseRedaction {
  redact(body: unknown): unknown;
  restore(keptJson: string): string;
}

/** A response to send: its JSON text (serialised once, for the record and for the wire). */
export interface IdempotentResult {
  status: number;
  json: string;
  replayed: boolean;
}

export class IdempotencyStore {
  private readonly find;
  private readonly insert;
  private readonly purge;

  constructor(
    private readonly db: Db,
    private readonly cipher: Cipher,
  ) {
    this.find = db.prepare(
      `SELECT request_hash, status, body, sealed FROM idempotency_records
       WHERE idem_key = ? AND scope = ? AND route = ?`,
    );
    this.insert = db.prepare(
      `INSERT INTO idempotency_records (scope, route, idem_key, request_hash, status, body, sealed, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // rowid order is arrival order: delete the prefix older than `before` (a clock set back only delays it)
    this.purge = db.prepare(
      `DELETE FROM idempotency_records WHERE id < COALESCE(
         (SELECT id FROM idempotency_records WHERE created_at >= ? ORDER BY id LIMIT 1),
         (SELECT MAX(id) + 1 FROM idempotency_records))`,
    );
  }

  /** Reads and checks the Idempotency-Key header; null when absent and not required. */
  private keyOf(c: Context<AppEnv>, required: boolean): { scope: string; idemKey: string } | null {
    const idemKey = requestHeader(c, 'idempotency-key');
    if (idemKey === undefined) {
      if (!required) return null;
      throw new HttpError(
        400,
        'idempotency_error',
        'idempotency_key_required',
        'Send an Idempotency-Key header (a fresh random value per new request).',
      );
    }
    if (!/^[\x21-\x7e]{1,255}$/.test(idemKey)) {
      throw new HttpError(
        400,
        'idempotency_error',
        'idempotency_key_invalid',
        'Idempotency-Key must be 1–255 visible ASCII characters.',
      );
    }
    const principal = c.get('principal');
    if (!principal) throw new Error('idempotent writes need an authenticated caller');
    return { scope: principalId(principal), idemKey };
  }

  /** The check, the write and the stored response; the caller wraps it in a transaction. */
  private execute(
    key: { scope: string; idemKey: string },
    route: string,
    requestHash: Buffer,
    now: Date,
    create: () => StoredResponse,
    redaction?: ResponseRedaction,
  ): IdempotentResult {
    const existing = this.find.get(key.idemKey, key.scope, route) as
      { request_hash: Buffer; status: number; body: Buffer; sealed: number } | undefined;
    if (existing) {
      if (!existing.request_hash.equals(requestHash)) {
        throw new HttpError(
          409,
          'idempotency_error',
          'idempotency_key_reused',
          'This Idempotency-Key was used with a different body.',
        );
      }
      if (existing.sealed) {
        const aad = idempotencyBodyAad(key.scope, route, key.idemKey);
        const json = this.cipher.open(existing.body, aad, existing.sealed === 1 ? 1 : 2);
        return { status: existing.status, json, replayed: true };
      }
      const kept = existing.body.toString('utf8');
      return { status: existing.status, json: redaction ? redaction.restore(kept) : kept, replayed: true };
    }
    const result = create();
    const json = JSON.stringify(result.body);
    this.insert.run(
      key.scope,
      route,
      key.idemKey,
      requestHash,
      result.status,
      redaction
        ? Buffer.from(JSON.stringify(redaction.redact(result.body)))
        : this.cipher.seal(json, idempotencyBodyAad(key.scope, route, key.idemKey)),
      redaction ? 0 : 2,
      now.toISOString(),
    );
    return { status: result.status, json, replayed: false };
  }

  /**
   * Runs `create` (synchronous: all its writes on this db) at most once per (API key, route, idempotency key),
   * in its own transaction. Returns the response to send and whether it was replayed.
   */
  run(
    c: Context<AppEnv>,
    route: string,
    canonicalBody: string,
    required: boolean,
    now: Date,
    create: () => StoredResponse,
    redaction?: ResponseRedaction,
  ): IdempotentResult {
    const key = this.keyOf(c, required);
    if (!key) {
      const result = this.db.transaction(create).immediate();
      return { status: result.status, json: JSON.stringify(result.body), replayed: false };
    }
    const hash = sha256Bytes(canonicalBody);
    return this.db.transaction(() => this.execute(key, route, hash, now, create, redaction)).immediate();
  }

  /** Like run, but inside the next group commit (see WriteBatcher): for hot public POSTs. */
  runBatched(
    batcher: WriteBatcher,
    c: Context<AppEnv>,
    route: string,
    canonicalBody: string,
    now: Date,
    create: () => StoredResponse,
    redaction?: ResponseRedaction,
  ): Promise<IdempotentResult> {
    const key = this.keyOf(c, true)!;
    const hash = sha256Bytes(canonicalBody);
    return batcher.run(() => this.execute(key, route, hash, now, create, redaction));
  }

  /** Forgets keys older than `before` (retries come within minutes; we keep a day). */
  purgeOlderThan(before: Date): number {
    return this.purge.run(before.toISOString()).changes;
  }
}

const STORED_HEADERS = { contentType: 'application/json', cacheControl: 'no-store' };
const REPLAYED_HEADERS = { ...STORED_HEADERS, extra: { 'Idempotency-Replayed': 'true' } };

export function sendStored(c: Context<AppEnv>, result: IdempotentResult): Response {
  return respond(c, result.json, result.status, result.replayed ? REPLAYED_HEADERS : STORED_HEADERS);
}
