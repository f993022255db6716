// Re-sealing under the current key (`tsunagu-server keys rotate-encryption`): every sealed column, in small
// batches of their own transaction each, so the server keeps serving from its own process meanwhile (WAL;
// a batch holds the write lock for a few milliseconds). Rows already under the current key are skipped, so
// an interrupted run simply starts again. v1 values (no associated data) become v2 on the way.
import { IDENTITY_AAD } from '../key-material.js';
import { reportFlagsAad } from '../db/migrations.js';
import type { Db } from '../db/open.js';
import { idempotencyBodyAad } from '../http/idempotency.js';
import type { Cipher } from '../seal.js';
import { totpAad } from '../auth/staff.js';
import { eventDetailAad, eventNoteAad, reportContentAad } from './reports.js';
import { signupPersonalAad } from './signups.js';
import { webhookSecretAad } from './webhooks.js';

interface SealedColumn {
  table: string;
  column: string;
  /** the columns the associated data is made of */
  identity: string[];
  aad(row: Record<string, unknown>): string;
  /** BLOB with a `sealed` format column (0 = kept unsealed, 1 = v1, 2 = v2) instead of text */
  blob?: boolean;
}

/** Every sealed column there is (docs/privacy.md lists them too). */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { table: 'reports', column: 'content', identity: ['id'], aad: (r) => reportContentAad(r.id as number) },
  { table: 'reports', column: 'flags', identity: ['id'], aad: (r) => reportFlagsAad(r.id as number) },
  { table: 'report_events', column: 'note', identity: ['id'], aad: (r) => eventNoteAad(r.id as number) },
  { table: 'report_events', column: 'detail', identity: ['id'], aad: (r) => eventDetailAad(r.id as number) },
  { table: 'signups', column: 'personal', identity: ['id'], aad: (r) => signupPersonalAad(r.id as string) },
  { table: 'staff_accounts', column: 'totp_secret', identity: ['id'], aad: (r) => totpAad(r.id as string) },
  { table: 'staff_accounts', column: 'totp_pending', identity: ['id'], aad: (r) => totpAad(r.id as string) },
  { table: 'webhooks', column: 'secret', identity: ['id'], aad: (r) => webhookSecretAad(r.id as string) },
  { table: 'sealed_keys', column: 'value', identity: ['name'], aad: () => IDENTITY_AAD },
  {
    table: 'idempotency_records',
    column: 'body',
    identity: ['scope', 'route', 'idem_key'],
    aad: (r) => idempotencyBodyAad(r.scope as string, r.route as string, r.idem_key as string),
    blob: true,
  },
];

export interface RotationProgress {
  column: string;
  scanned: number;
  resealed: number;
}

/**
 * Re-seals everything not sealed with the cipher's current key. `onBatch` hears after each committed batch.
 * Returns per column how many values were re-sealed.
 */
export function resealAll(
  db: Db,
  cipher: Cipher,
  options: { batchSize?: number; onBatch?: (p: RotationProgress) => void } = {},
): RotationProgress[] {
  const batchSize = options.batchSize ?? 200;
  const out: RotationProgress[] = [];
  for (const col of SEALED_COLUMNS) {
    const name = `${col.table}.${col.column}`;
    const progress: RotationProgress = { column: name, scanned: 0, resealed: 0 };
    const select = db.prepare(
      `SELECT rowid AS rid, ${col.identity.join(', ')}, ${col.column} AS v${col.blob ? ', sealed' : ''}
       FROM ${col.table} WHERE rowid > ? AND ${present(col)}
       ORDER BY rowid LIMIT ?`,
    );
    const update = db.prepare(
      `UPDATE ${col.table} SET ${col.column} = ?${col.blob ? ', sealed = 2' : ''} WHERE rowid = ?`,
    );
    let after = 0;
    for (;;) {
      // one short write transaction per batch: read and re-seal under the lock (no lost update)
      const last = db
        .transaction(() => {
          const rows = select.all(after, batchSize) as (Record<string, unknown> & {
            rid: number;
            v: unknown;
          })[];
          for (const row of rows) {
            progress.scanned++;
            const sealed = row.v as string | Buffer;
            if (isCurrent(cipher, sealed, col.blob ? (row.sealed as number) : 2)) continue;
            const aad = col.aad(row);
            const resealed = col.blob
              ? cipher.seal(cipher.open(sealed as Buffer, aad, row.sealed === 1 ? 1 : 2), aad)
              : cipher.encrypt(cipher.decrypt(sealed as string, aad), aad);
            update.run(resealed, row.rid);
            progress.resealed++;
          }
          return rows.length ? rows[rows.length - 1]!.rid : null;
        })
        .immediate();
      if (last === null) break;
      after = last;
      options.onBatch?.({ ...progress });
    }
    out.push(progress);
  }
  return out;
}

/** How many sealed values are not under the current key (0 once a rotation has finished). */
export function countNotCurrent(db: Db, cipher: Cipher): Record<string, number> {
  const out: Record<string, number> = {};
  for (const col of SEALED_COLUMNS) {
    const rows = db
      .prepare(
        `SELECT ${col.column} AS v, ${col.blob ? 'sealed' : '2'} AS format FROM ${col.table}
         WHERE ${present(col)}`,
      )
      .all() as { v: string | Buffer; format: number }[];
    out[`${col.table}.${col.column}`] = rows.filter((r) => !isCurrent(cipher, r.v, r.format)).length;
  }
  return out;
}

/** Sealed (v2) with the current key; `format` 1 = v1 bytes (whose first byte may look like a v2 header). */
function isCurrent(cipher: Cipher, sealed: string | Buffer, format: number): boolean {
  return format !== 1 && cipher.keyIdOf(sealed) === cipher.currentKeyId;
}

/** The rows that hold a sealed value (a purged sign-up keeps '' as its details; a redacted response is plain). */
function present(col: SealedColumn): string {
  return col.blob
    ? `${col.column} IS NOT NULL AND sealed <> 0`
    : `${col.column} IS NOT NULL AND ${col.column} <> ''`;
}
