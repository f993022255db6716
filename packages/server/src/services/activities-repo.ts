// Activities: persistence and listing with seats left (capacity − confirmed headcount).
import {
  activityInput,
  fieldErrorsFrom,
  type Activity,
  type ActivityInput,
  type ActivitySearchParams,
} from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import { HttpError, validationFailed } from '../http/errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export function parseActivityInput(value: unknown): ActivityInput {
  const parsed = activityInput.safeParse(value);
  if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, value));
  return parsed.data;
}

const SELECT = `SELECT a.doc, a.updated_at, a.capacity,
  COALESCE((SELECT SUM(headcount) FROM signups s WHERE s.activity_id = a.id AND s.status = 'confirmed'), 0) AS confirmed,
  (SELECT COUNT(*) FROM signups s WHERE s.activity_id = a.id AND s.status = 'waitlisted') AS waiting
  FROM activities a`;

interface Row {
  doc: string;
  updated_at: string;
  capacity: number;
  confirmed: number;
  waiting: number;
}

function toActivity(row: Row): Activity {
  const doc = JSON.parse(row.doc) as ActivityInput;
  return {
    ...(doc as Activity),
    seats_left: Math.max(0, row.capacity - row.confirmed),
    waitlist_count: row.waiting,
    updated_at: row.updated_at,
  };
}

export function getActivity(db: Db, id: string): Activity | null {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as Row | undefined;
  return row ? toActivity(row) : null;
}

export function confirmedSeats(db: Db, activityId: string): number {
  return (
    db
      .prepare(
        `SELECT COALESCE(SUM(headcount), 0) AS n FROM signups WHERE activity_id = ? AND status = 'confirmed'`,
      )
      .get(activityId) as { n: number }
  ).n;
}

/** Who may manage an activity: its ward, and the partner that created it (null: the city's own). */
export function activityOwnership(
  db: Db,
  id: string,
): { ward_id: string; owner_partner_id: string | null } | null {
  return (
    (db.prepare('SELECT ward_id, owner_partner_id FROM activities WHERE id = ?').get(id) as
      { ward_id: string; owner_partner_id: string | null } | undefined) ?? null
  );
}

/** Every activity a caller manages, past ones too, newest first: all (null), a partner's, or some wards'. */
export function listManagedActivities(
  db: Db,
  scope: { partnerId: string } | { wards: readonly string[] | null },
  params: { limit?: number; cursor?: string },
): { data: Activity[]; next_cursor: string | null } {
  let where = '1 = 1';
  let args: unknown[] = [];
  if ('partnerId' in scope) {
    where = 'a.owner_partner_id = ?';
    args = [scope.partnerId];
  } else if (scope.wards !== null) {
    where = `a.ward_id IN (${scope.wards.map(() => '?').join(',') || 'NULL'})`;
    args = [...scope.wards];
  }
  const limit = params.limit ?? 50;
  const offset = decodeCursor(params.cursor);
  const rows = db
    .prepare(`${SELECT} WHERE ${where} ORDER BY a.starts_at DESC, a.id LIMIT ? OFFSET ?`)
    .all(...args, limit + 1, offset) as Row[];
  return {
    data: rows.slice(0, limit).map(toActivity),
    next_cursor: rows.length > limit ? encodeCursor(offset + limit) : null,
  };
}

/**
 * Creates or replaces; capacity may not drop below the confirmed seats (409). Promotes the waitlist when it
 * grows. `ownerPartnerId` is recorded when the activity is created (a replacement keeps the first owner).
 */
export function upsertActivity(
  db: Db,
  input: ActivityInput,
  now: Date,
  promote?: (activityId: string) => void,
  ownerPartnerId: string | null = null,
): Activity {
  const doc = parseActivityInput(input);
  return db
    .transaction(() => {
      if (confirmedSeats(db, doc.id) > doc.capacity) {
        throw new HttpError(409, 'conflict', 'conflict', 'Capacity is below the seats already confirmed.', [
          { path: 'capacity', code: 'too_small' },
        ]);
      }
      db.prepare(
        `INSERT INTO activities (id, doc, ward_id, type, starts_at, capacity, updated_at, owner_partner_id)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET doc = excluded.doc, ward_id = excluded.ward_id, type = excluded.type,
      starts_at = excluded.starts_at, capacity = excluded.capacity, updated_at = excluded.updated_at`,
      ).run(
        doc.id,
        JSON.stringify(doc),
        doc.ward_id,
        doc.type,
        new Date(doc.starts_at).toISOString(),
        doc.capacity,
        now.toISOString(),
        ownerPartnerId,
      );
      promote?.(doc.id);
      return getActivity(db, doc.id)!;
    })
    .immediate();
}

export function deleteActivity(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM activities WHERE id = ?').run(id).changes > 0;
}

/** Tokyo midnight of a YYYY-MM-DD as a UTC ISO string. */
function tokyoMidnight(date: string, plusDays = 0): string {
  const t = Date.parse(`${date}T00:00:00+09:00`) + plusDays * 86_400_000;
  return new Date(t).toISOString();
}

/** Upcoming activities (from today, Tokyo, unless `from` is given), soonest first. */
export function listActivities(
  db: Db,
  params: ActivitySearchParams,
  now: Date,
): { data: Activity[]; next_cursor: string | null } {
  const where: string[] = [];
  const args: unknown[] = [];
  where.push('a.starts_at >= ?');
  args.push(params.from ? tokyoMidnight(params.from) : now.toISOString());
  if (params.to) {
    where.push('a.starts_at < ?');
    args.push(tokyoMidnight(params.to, 1));
  }
  if (params.ward) {
    where.push('a.ward_id = ?');
    args.push(params.ward);
  }
  if (params.type?.length) {
    where.push(`a.type IN (${params.type.map(() => '?').join(',')})`);
    args.push(...params.type);
  }
  const limit = params.limit ?? 20;
  const offset = decodeCursor(params.cursor);
  const rows = db
    .prepare(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.starts_at, a.id LIMIT ? OFFSET ?`)
    .all(...args, limit + 1, offset) as Row[];
  const more = rows.length > limit;
  return {
    data: rows.slice(0, limit).map(toActivity),
    next_cursor: more ? encodeCursor(offset + limit) : null,
  };
}
