// Idempotent writes: the same Idempotency-Key with the same body replays the first response; with a
// different body it is a 409. The check, the write and the stored response happen in one transaction,
// so a retry can never create anything twice (public POSTs share a group commit: db/write-batcher.ts). Stored responses are encrypted (they may hold a check code).
import type { Context } from 'hono';
import type { Cipher } from '../crypto.js';
import { sha256 } from '../crypto.js';
import type { Db } from '../db/open.js';
import type { WriteBatcher } from '../db/write-batcher.js';
import { HttpError } from './errors.js';
import type { AppEnv } from './types.js';

export interface StoredResponse {
  status: number;
  body: unknown;
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
      'SELECT request_hash, status, body FROM idempotency WHERE scope = ? AND route = ? AND idem_key = ?',
    );
    this.insert = db.prepare(
      'INSERT INTO idempotency (scope, idem_key, route, request_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.purge = db.prepare('DELETE FROM idempotency WHERE created_at < ?');
  }

  /** Reads and checks the Idempotency-Key header; null when absent and not required. */
  private keyOf(c: Context<AppEnv>, required: boolean): { scope: string; idemKey: string } | null {
    const idemKey = c.req.header('idempotency-key');
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
    return { scope: c.get('apiKey').id, idemKey };
  }

  /** The check, the write and the stored response; the caller wraps it in a transaction. */
  private execute(
    key: { scope: string; idemKey: string },
    route: string,
    requestHash: string,
    now: Date,
    create: () => StoredResponse,
  ): StoredResponse & { replayed: boolean } {
    const existing = this.find.get(key.scope, route, key.idemKey) as
      { request_hash: string; status: number; body: string } | undefined;
    if (existing) {
      if (existing.request_hash !== requestHash) {
        throw new HttpError(
          409,
          'idempotency_error',
          'idempotency_key_reused',
          'This Idempotency-Key was used with a different body.',
        );
      }
      return {
        status: existing.status,
        body: JSON.parse(this.cipher.decrypt(existing.body)) as unknown,
        replayed: true,
      };
    }
    const result = create();
    this.insert.run(
      key.scope,
      key.idemKey,
      route,
      requestHash,
      result.status,
      this.cipher.encrypt(JSON.stringify(result.body)),
      now.toISOString(),
    );
    return { ...result, replayed: false };
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
  ): StoredResponse & { replayed: boolean } {
    const key = this.keyOf(c, required);
    if (!key) return { ...this.db.transaction(create).immediate(), replayed: false };
    const hash = sha256(canonicalBody);
    return this.db.transaction(() => this.execute(key, route, hash, now, create)).immediate();
  }

  /** Like run, but inside the next group commit (see WriteBatcher): for hot public POSTs. */
  runBatched(
    batcher: WriteBatcher,
    c: Context<AppEnv>,
    route: string,
    canonicalBody: string,
    now: Date,
    create: () => StoredResponse,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const key = this.keyOf(c, true)!;
    const hash = sha256(canonicalBody);
    return batcher.run(() => this.execute(key, route, hash, now, create));
  }

  /** Forgets keys older than `before` (retries come within minutes; we keep a day). */
  purgeOlderThan(before: Date): number {
    return this.purge.run(before.toISOString()).changes;
  }
}

export function sendStored(c: Context<AppEnv>, result: StoredResponse & { replayed: boolean }): Response {
  if (result.replayed) c.header('Idempotency-Replayed', 'true');
  c.header('Cache-Control', 'no-store');
  return c.json(result.body as object, result.status as 200);
}
