// Persistence of windows (one JSON document per window; the search works on an in-memory copy).
import { windowInput, fieldErrorsFrom, type ConsultationWindow, type WindowInput } from '@tsunagu/schema';
import type { Db } from '../db/open.js';
import { validationFailed } from '../http/errors.js';

export function parseWindowInput(value: unknown): WindowInput {
  // a window as read (GET) may be sent back as it is: the server's own fields are not input
  if (value && typeof value === 'object') {
    const { updated_at: _u, confirmed_on: _c, ...rest } = value as Record<string, unknown>;
    value = rest;
  }
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
  const rows = db.prepare('SELECT doc, updated_at, confirmed_on FROM windows ORDER BY sort, id').all() as {
    doc: string;
    updated_at: string;
    confirmed_on: string | null;
  }[];
  return rows.map((r) => ({
    ...(JSON.parse(r.doc) as ConsultationWindow),
    updated_at: r.updated_at,
    ...(r.confirmed_on ? { confirmed_on: r.confirmed_on } : {}),
  }));
}

/** Staff checked the window's details today (Tokyo date). */
export function confirmWindow(db: Db, id: string, day: string): boolean {
  return db.prepare('UPDATE windows SET confirmed_on = ? WHERE id = ?').run(day, id).changes > 0;
}
