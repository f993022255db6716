// Audit log of staff reads and changes (who = key id + optional X-Actor name; never content).
import type { Db } from '../db/open.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface AuditActor {
  keyId: string;
  name: string | null;
}

export function audit(
  db: Db,
  actor: AuditActor,
  action: string,
  targetType: string,
  targetId: string | null,
  now: Date,
): void {
  db.prepare(
    'INSERT INTO audit_log (at, actor_key_id, actor, action, target_type, target_id) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(now.toISOString(), actor.keyId, actor.name, action, targetType, targetId);
}

export function listAudit(db: Db, q: { target_id?: string; limit?: number; cursor?: string }) {
  const limit = q.limit ?? 100;
  const offset = decodeCursor(q.cursor);
  const rows = (
    q.target_id
      ? db
          .prepare('SELECT * FROM audit_log WHERE target_id = ? ORDER BY id DESC LIMIT ? OFFSET ?')
          .all(q.target_id, limit + 1, offset)
      : db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?').all(limit + 1, offset)
  ) as Record<string, unknown>[];
  return {
    data: rows.slice(0, limit),
    next_cursor: rows.length > limit ? encodeCursor(offset + limit) : null,
  };
}
