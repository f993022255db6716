// Audit log of staff reads and changes, and refusals where a person is known. The actor is always the
// authenticated principal (a staff id or a key id), never a header. Rows name what was asked and returned
// (filters, references), never content.
import type { AuditActor } from '../auth/principal.js';
import type { Db } from '../db/open.js';
import { cachedStatement } from '../db/statements.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface AuditRecord {
  actor: AuditActor;
  action: string;
  targetType: string;
  targetId: string | null;
  outcome?: 'ok' | 'denied';
  detail?: Record<string, unknown> | null;
  requestId?: string | null;
  now: Date;
}

export function audit(db: Db, r: AuditRecord): void {
  cachedStatement(
    db,
    `INSERT INTO audit_log (at, actor_type, actor_id, actor, actor_key_id, action, target_type, target_id, outcome, detail, request_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    r.now.toISOString(),
    r.actor.type,
    r.actor.id,
    r.actor.name,
    r.actor.keyId,
    r.action,
    r.targetType,
    r.targetId,
    r.outcome ?? 'ok',
    r.detail ? JSON.stringify(r.detail) : null,
    r.requestId ?? null,
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor_type: 'staff' | 'key' | 'anonymous';
  actor_id: string | null;
  actor: string | null;
  actor_key_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  outcome: 'ok' | 'denied';
  detail: string | null;
  request_id: string | null;
}

export function listAudit(
  db: Db,
  q: { target_id?: string; actor_id?: string; limit?: number; cursor?: string },
) {
  const limit = q.limit ?? 100;
  const offset = decodeCursor(q.cursor);
  const where: string[] = [];
  const args: unknown[] = [];
  if (q.target_id) {
    where.push('target_id = ?');
    args.push(q.target_id);
  }
  if (q.actor_id) {
    where.push('actor_id = ?');
    args.push(q.actor_id);
  }
  const rows = db
    .prepare(
      `SELECT id, at, actor_type, actor_id, actor, actor_key_id, action, target_type, target_id, outcome, detail, request_id
       FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, limit + 1, offset) as AuditRow[];
  return {
    data: rows.slice(0, limit).map((r) => ({
      ...r,
      detail: r.detail ? (JSON.parse(r.detail) as Record<string, unknown>) : null,
    })),
    next_cursor: rows.length > limit ? encodeCursor(offset + limit) : null,
  };
}
