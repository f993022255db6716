// Persistence of windows (one JSON document per window; the search works on an in-memory copy).
import { windowInput, fieldErrorsFrom, type ConsultationWindow, type WindowInput } from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import { validationFailed } from '../http/errors.js';

export function parseWindowInput(value: unknown): WindowInput {
  const parsed = windowInput.safeParse(value);
  if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, value));
  return parsed.data;
}

export function upsertWindow(db: Db, input: WindowInput, now: Date): ConsultationWindow {
  const doc = parseWindowInput(input);
  const updatedAt = now.toISOString();
  const existing = db.prepare('SELECT sort FROM windows WHERE id = ?').get(doc.id) as
    { sort: number } | undefined;
  const sort =
    existing?.sort ??
    (db.prepare('SELECT COALESCE(MAX(sort), 0) + 1 AS next FROM windows').get() as { next: number }).next;
  db.prepare(
    'INSERT INTO windows (id, doc, sort, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET doc = excluded.doc, updated_at = excluded.updated_at',
  ).run(doc.id, JSON.stringify(doc), sort, updatedAt);
  return { ...(doc as ConsultationWindow), updated_at: updatedAt };
}

export function windowExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM windows WHERE id = ?').get(id) !== undefined;
}

export function deleteWindow(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM windows WHERE id = ?').run(id).changes > 0;
}

export function loadWindows(db: Db): ConsultationWindow[] {
  const rows = db.prepare('SELECT doc, updated_at FROM windows ORDER BY sort, id').all() as {
    doc: string;
    updated_at: string;
  }[];
  return rows.map((r) => ({ ...(JSON.parse(r.doc) as ConsultationWindow), updated_at: r.updated_at }));
}
