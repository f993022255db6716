// The ward's work on a report beyond its status: assigning it to a person, and handing it off to another
// ward (the person moved) or to another agency's window (the school's child-and-family team), with a reason.
// Each step is an event in the report's chronology (reasons and notes sealed, as content is).
import type { ReportStatus } from '@tsunagu/schema';
import type { ReportKeys } from '../crypto.js';
import type { Cipher } from '../seal.js';
import type { Db } from '../db/open.js';
import { notFound, validationFailed } from '../http/errors.js';
import { eventDetailAad, eventNoteAad, nextEventId, reportIdFor } from './reports.js';

export interface EventActor {
  id: string | null;
  name: string | null;
}

function recordEvent(
  db: Db,
  cipher: Cipher,
  reportId: number,
  event: { kind: 'assigned' | 'handed_off'; status: ReportStatus; note?: string | undefined; detail: object },
  actor: EventActor,
  at: string,
): void {
  const id = nextEventId(db);
  db.prepare(
    'INSERT INTO report_events (id, report_id, kind, status, note, detail, actor, actor_key_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    id,
    reportId,
    event.kind,
    event.status,
    event.note ? cipher.encrypt(event.note, eventNoteAad(id)) : null,
    cipher.encrypt(JSON.stringify(event.detail), eventDetailAad(id)),
    actor.name,
    actor.id,
    at,
  );
}

function reportRow(db: Db, keys: ReportKeys, reference: string) {
  const id = reportIdFor(db, keys, reference);
  const row = (
    id === null ? undefined : db.prepare('SELECT id, status, ward_id FROM reports WHERE id = ?').get(id)
  ) as { id: number; status: ReportStatus; ward_id: string } | undefined;
  if (!row) throw notFound('Report');
  return row;
}

/** Assigns the report to an active staff member who works for its ward (or to nobody). */
export function assignReport(
  db: Db,
  cipher: Cipher,
  keys: ReportKeys,
  reference: string,
  input: { staff_id: string | null; note?: string | undefined },
  actor: EventActor,
  now: Date,
): void {
  const row = reportRow(db, keys, reference);
  let name: string | null = null;
  if (input.staff_id !== null) {
    const staff = db
      .prepare('SELECT display_name, role, wards FROM staff_accounts WHERE id = ? AND disabled_at IS NULL')
      .get(input.staff_id) as { display_name: string; role: string; wards: string } | undefined;
    const serves =
      staff && (staff.role === 'city_admin' || (JSON.parse(staff.wards) as string[]).includes(row.ward_id));
    if (!staff || !serves) throw validationFailed([{ path: 'staff_id', code: 'invalid_choice' }]);
    name = staff.display_name;
  }
  const at = now.toISOString();
  db.prepare('UPDATE reports SET assigned_to = ?, updated_at = ? WHERE id = ?').run(
    input.staff_id,
    at,
    row.id,
  );
  recordEvent(
    db,
    cipher,
    row.id,
    {
      kind: 'assigned',
      status: row.status,
      note: input.note,
      detail: { staff_id: input.staff_id, display_name: name },
    },
    actor,
    at,
  );
}

/**
 * Hands the report to another ward (it leaves this ward's inbox and its assignment ends) or records that it
 * went to another agency's window. Returns the ward it is in now and the ward it was in.
 */
export function handOffReport(
  db: Db,
  cipher: Cipher,
  keys: ReportKeys,
  reference: string,
  input: { to_ward?: string | undefined; to_window?: string | undefined; reason: string },
  knownWard: (id: string) => boolean,
  knownWindow: (id: string) => boolean,
  actor: EventActor,
  now: Date,
): { ward_id: string; from_ward: string; status: ReportStatus } {
  const row = reportRow(db, keys, reference);
  if (!input.to_ward && !input.to_window) throw validationFailed([{ path: 'to_ward', code: 'required' }]);
  if (input.to_ward && (!knownWard(input.to_ward) || input.to_ward === row.ward_id))
    throw validationFailed([
      { path: 'to_ward', code: input.to_ward === row.ward_id ? 'not_allowed' : 'unknown_ward' },
    ]);
  if (input.to_window && !knownWindow(input.to_window))
    throw validationFailed([{ path: 'to_window', code: 'invalid_choice' }]);
  const at = now.toISOString();
  const ward = input.to_ward ?? row.ward_id;
  if (input.to_ward)
    db.prepare('UPDATE reports SET ward_id = ?, assigned_to = NULL, updated_at = ? WHERE id = ?').run(
      ward,
      at,
      row.id,
    );
  else db.prepare('UPDATE reports SET updated_at = ? WHERE id = ?').run(at, row.id);
  recordEvent(
    db,
    cipher,
    row.id,
    {
      kind: 'handed_off',
      status: row.status,
      detail: {
        from_ward: row.ward_id,
        ...(input.to_ward ? { to_ward: input.to_ward } : {}),
        ...(input.to_window ? { to_window: input.to_window } : {}),
        reason: input.reason,
      },
    },
    actor,
    at,
  );
  return { ward_id: ward, from_ward: row.ward_id, status: row.status };
}

/** Active staff who can take a report of this ward. */
export function colleaguesOf(
  db: Db,
  wardId: string,
): { id: string; display_name: string; wards: string[] }[] {
  return (
    db
      .prepare(
        "SELECT id, display_name, wards FROM staff_accounts WHERE role = 'ward_staff' AND disabled_at IS NULL ORDER BY display_name",
      )
      .all() as { id: string; display_name: string; wards: string }[]
  )
    .map((r) => ({ id: r.id, display_name: r.display_name, wards: JSON.parse(r.wards) as string[] }))
    .filter((r) => r.wards.includes(wardId));
}
