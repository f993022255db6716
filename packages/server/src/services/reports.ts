// Concern reports: triage flags from the shared rules, readable reference + check code, content encrypted
// at rest, status for the reporting side, inbox/detail/status changes for staff (audited), retention purge.
import {
  concernReportInput,
  fieldErrorsFrom,
  normalizeReference,
  concernsNoticed,
  programsFor,
  suggestsFoodSupport,
  triage,
  type ConcernReportInput,
  type ConcernReportReceipt,
  type ConcernReportStatus,
  type ReportDetail,
  type ReportEvent,
  type ReportStatus,
  type ReportSummary,
} from '@tsunagu/schema';
import type { Cipher } from '../seal.js';
import { reportFlagsAad } from '../db/migrations.js';
import { newReference, randomCode, sameHash, sameText, sha256, type ReportKeys } from '../crypto.js';
import type { Db } from '../db/open.js';
import { notFound, validationFailed } from '../http/errors.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { cachedStatement } from '../db/statements.js';

type Guidance = ConcernReportReceipt['guidance'][number];

export function parseReport(
  body: unknown,
  knownWard: (id: string) => boolean,
): ConcernReportInput & { ward_id: string } {
  const parsed = concernReportInput.safeParse(body);
  if (!parsed.success) throw validationFailed(fieldErrorsFrom(parsed.error, body));
  if (!knownWard(parsed.data.ward_id)) throw validationFailed([{ path: 'ward_id', code: 'unknown_ward' }]);
  return parsed.data;
}

export function guidanceFor(
  r: Pick<
    ConcernReportInput,
    'danger_now' | 'consent' | 'contact' | 'anonymous' | 'context' | 'signs' | 'concerns' | 'school'
  >,
  t: ReturnType<typeof triage>,
): Guidance[] {
  const g: Guidance[] = [];
  if (r.danger_now === 'yes') g.push('call_emergency_now');
  if (t.child_abuse_suspected) g.push('call_child_abuse_line');
  if (t.suicide_risk) g.push('call_suicide_lines');
  g.push('ward_team_will_review');
  if (r.consent === 'yes' && r.contact && !r.anonymous) g.push('ward_will_contact_you');
  if (r.consent !== 'yes') g.push('person_choice_respected');
  if (r.anonymous) g.push('anonymous_no_contact');
  if (r.context === 'school') g.push('school_routed_child_family_support');
  if (suggestsFoodSupport(r)) g.push('food_support');
  g.push('keep_reference_for_status');
  return g;
}

// the high-water mark keeps ids (and so references) from being issued twice when rows are deleted
const NEXT_REPORT_ID = `SELECT MAX(COALESCE((SELECT MAX(id) FROM reports), 0) + 1,
  COALESCE((SELECT next_id FROM report_sequence), 1)) AS id`;
const ADVANCE_SEQUENCE = 'UPDATE report_sequence SET next_id = ?';
const LEGACY_REFERENCE = 'SELECT report_id FROM legacy_references WHERE reference = ?';

/**
 * The row id of a report by its reference as someone typed it: derived from the reference (ReportKeys),
 * or, for a report made before migration 6, looked up among the random references of that time.
 */
export function reportIdFor(db: Db, keys: ReportKeys, referenceInput: string): number | null {
  const reference = normalizeReference(referenceInput);
  const id = keys.idFor(reference);
  if (
    id !== null &&
    cachedStatement(db, 'SELECT 1 FROM reports WHERE id = ? AND reference = ?').get(id, reference)
  )
    return id;
  const legacy = cachedStatement(db, LEGACY_REFERENCE).get(reference) as { report_id: number } | undefined;
  return legacy?.report_id ?? null;
}

/** Inserts the report; must run inside a transaction. */
export function createReport(
  db: Db,
  cipher: Cipher,
  keys: ReportKeys,
  r: ConcernReportInput,
  partnerId: string | null,
  now: Date,
): ConcernReportReceipt {
  const t = triage({
    danger_now: r.danger_now,
    danger_kinds: r.danger_kinds ?? [],
    signs: r.signs ?? [],
    concerns: r.concerns ?? [],
    person_age_group: r.age_group,
  });
  const content = {
    free_text: r.free_text ?? null,
    town: r.town ?? null,
    contact: r.contact ?? null,
    reporter_contact: r.reporter_contact ?? null,
    school: r.school ?? null,
    danger_now: r.danger_now,
    danger_kinds: r.danger_kinds ?? [],
    anonymous: r.anonymous ?? false,
  };
  const at = now.toISOString();
  const insert = cachedStatement(
    db,
    `INSERT INTO reports (id, reference, check_hash, ward_id, status, priority, path, context, reporter_role,
    partner_id, flags, content, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // the id is known before the insert (one writer, inside its transaction), and with it the reference
  let id = (cachedStatement(db, NEXT_REPORT_ID).get() as { id: number }).id;
  let reference = keys.referenceFor(id);
  // a reference given before migration 6 (random) is not reissued: skip the id that would repeat it
  while (cachedStatement(db, LEGACY_REFERENCE).get(reference)) reference = keys.referenceFor(++id);
  cachedStatement(db, ADVANCE_SEQUENCE).run(id + 1);
  const checkCode = randomCode(6);
  insert.run(
    id,
    reference,
    keys.hashCheckCode(checkCode),
    r.ward_id,
    t.urgent || t.child_abuse_suspected || t.suicide_risk ? 1 : 0,
    r.path,
    r.context ?? 'general',
    r.reporter_role,
    partnerId,
    cipher.encrypt(
      JSON.stringify({
        urgent: t.urgent,
        child_abuse: t.child_abuse_suspected,
        suicide_risk: t.suicide_risk,
        consent: r.consent,
        age_group: r.age_group ?? null,
        signs: r.signs ?? [],
        concerns: r.concerns ?? [],
      } satisfies ReportFlags),
      reportFlagsAad(id),
    ),
    cipher.encrypt(JSON.stringify(content), reportContentAad(id)),
    at,
    at,
  );
  return {
    reference,
    check_code: checkCode,
    status: 'received',
    urgent: t.urgent,
    guidance: guidanceFor(r, t),
    lines: [...t.lines],
    programs: programsFor(concernsNoticed(r)),
    ward_id: r.ward_id,
    created_at: at,
  };
}

/** A look-alike receipt for a filled honeypot: nothing stored, nothing that works later. */
export function decoyReceipt(wardId: string, now: Date): ConcernReportReceipt {
  return {
    reference: newReference(),
    check_code: randomCode(6),
    status: 'received',
    urgent: false,
    guidance: ['ward_team_will_review', 'keep_reference_for_status'],
    lines: [],
    programs: ['independence_consultation'],
    ward_id: wardId,
    created_at: now.toISOString(),
  };
}

/** What reports.flags holds, sealed: the triage outcome and the codes of what was noticed. */
export interface ReportFlags {
  urgent: boolean;
  child_abuse: boolean;
  suicide_risk: boolean;
  consent: ReportSummary['consent'];
  age_group: ReportSummary['age_group'];
  signs: ReportSummary['signs'];
  concerns: ReportSummary['concerns'];
}

/** Associated data of the sealed columns of reports and report_events: each opens only in its own row. */
export const reportContentAad = (id: number) => `reports.content:${id}`;
export const eventNoteAad = (id: number) => `report_events.note:${id}`;
export const eventDetailAad = (id: number) => `report_events.detail:${id}`;

/** Opens a report's sealed flags. */
export function reportFlags(cipher: Cipher, row: { id: number; flags: string }): ReportFlags {
  return JSON.parse(cipher.decrypt(row.flags, reportFlagsAad(row.id))) as ReportFlags;
}

interface ReportRow {
  id: number;
  reference: string;
  check_hash: string;
  ward_id: string;
  status: ReportStatus;
  priority: number;
  path: string;
  context: string;
  reporter_role: string;
  partner_id: string | null;
  flags: string;
  content: string | null;
  created_at: string;
  updated_at: string;
  purged_at: string | null;
  assigned_to: string | null;
  /** the assignee's display name (joined in by the queries that show it) */
  assigned_name?: string | null;
}

export function reportStatusFor(
  db: Db,
  keys: ReportKeys,
  referenceInput: string,
  checkCode: string | undefined,
  /** a partner's secret key reads only its own reports */
  ownerPartnerId: string | null = null,
): ConcernReportStatus {
  const id = reportIdFor(db, keys, referenceInput);
  const row = (
    id === null
      ? undefined
      : cachedStatement(
          db,
          'SELECT reference, check_hash, status, updated_at, partner_id FROM reports WHERE id = ?',
        ).get(id)
  ) as ReportRow | undefined;
  // unknown reference, wrong check code and another partner's report look the same
  if (
    !row ||
    !checkCode ||
    !checkCodeMatches(keys, row.check_hash, checkCode) ||
    (ownerPartnerId !== null && row.partner_id !== ownerPartnerId)
  )
    throw notFound('Report');
  return { reference: row.reference, status: row.status, updated_at: row.updated_at };
}

/** Compares a presented code with the stored hash (keyed; or the unsalted SHA-256 of reports before migration 9). */
function checkCodeMatches(keys: ReportKeys, stored: string, presented: string): boolean {
  const code = presented.trim().toUpperCase();
  if (stored.startsWith('k1:')) return sameText(stored, keys.hashCheckCode(code));
  return sameHash(stored, sha256(code));
}

/**
 * Reports made before migration 9 kept an unsalted SHA-256 of a code derived from their reference: re-hash
 * those with the keyed hash (needs the key, so it runs at start, not in the migration). Returns how many.
 */
export function upgradeCheckHashes(db: Db, keys: ReportKeys): number {
  const rows = db
    .prepare("SELECT id, reference, check_hash FROM reports WHERE check_hash NOT LIKE 'k1:%'")
    .all() as {
    id: number;
    reference: string;
    check_hash: string;
  }[];
  const update = db.prepare('UPDATE reports SET check_hash = ? WHERE id = ?');
  let upgraded = 0;
  db.transaction(() => {
    for (const row of rows) {
      const derived = keys.checkCodeFor(row.reference);
      if (!sameHash(row.check_hash, sha256(derived))) continue; // a random code of before migration 6: keep
      update.run(keys.hashCheckCode(derived), row.id);
      upgraded++;
    }
  })();
  return upgraded;
}

function summaryOf(cipher: Cipher, row: ReportRow): ReportSummary {
  const f = reportFlags(cipher, row);
  return {
    reference: row.reference,
    status: row.status,
    ward_id: row.ward_id,
    urgent: f.urgent,
    child_abuse_suspected: f.child_abuse,
    suicide_risk: f.suicide_risk,
    path: row.path as ReportSummary['path'],
    context: row.context as ReportSummary['context'],
    reporter_role: row.reporter_role as ReportSummary['reporter_role'],
    partner_id: row.partner_id,
    consent: f.consent,
    age_group: f.age_group,
    signs: f.signs,
    concerns: f.concerns,
    created_at: row.created_at,
    updated_at: row.updated_at,
    purged: row.purged_at !== null,
    assigned_to:
      row.assigned_to === null
        ? null
        : { id: row.assigned_to, display_name: row.assigned_name ?? row.assigned_to },
  };
}

const WITH_ASSIGNEE = `SELECT r.*, s.display_name AS assigned_name FROM reports r
  LEFT JOIN staff_accounts s ON s.id = r.assigned_to`;

/** Where a report is (its ward), without reading its content: for the scope check before a read or change. */
export function reportWardOf(
  db: Db,
  keys: ReportKeys,
  referenceInput: string,
): { reference: string; ward_id: string } | null {
  const id = reportIdFor(db, keys, referenceInput);
  if (id === null) return null;
  return (
    (cachedStatement(db, 'SELECT reference, ward_id FROM reports WHERE id = ?').get(id) as
      { reference: string; ward_id: string } | undefined) ?? null
  );
}

/** The inbox's filters on reports (`r`), but for status: counts by status are taken over the rest. */
function inboxWhere(
  q: { ward?: string; path?: string[]; urgent?: boolean },
  wards: readonly string[] | null,
): { sql: string; args: unknown[] } {
  const where: string[] = ['1 = 1'];
  const args: unknown[] = [];
  if (wards !== null) {
    where.push(`r.ward_id IN (${wards.map(() => '?').join(',') || 'NULL'})`);
    args.push(...wards);
  }
  if (q.ward) {
    where.push('r.ward_id = ?');
    args.push(q.ward);
  }
  if (q.path?.length) {
    const parts = q.path.map((p) =>
      p === 'school'
        ? "r.context = 'school'"
        : p === 'self'
          ? "r.path = 'self'"
          : "(r.path = 'about_someone' AND r.context <> 'school')",
    );
    where.push(`(${parts.join(' OR ')})`);
  }
  if (q.urgent !== undefined) {
    // the plain priority (urgent, suspected child abuse or suicide risk): the flags themselves are sealed
    where.push('r.priority = ?');
    args.push(q.urgent ? 1 : 0);
  }
  return { sql: where.join(' AND '), args };
}

/**
 * Inbox: reports that may need action today first (urgent, suspected child abuse, suicide risk), then the
 * one that has waited longest; `wards` (null = all) limits it to what the caller may see. Counts by status
 * are for the same ward and path filters, so each status tab can show its number.
 */
export function listReports(
  db: Db,
  cipher: Cipher,
  q: {
    ward?: string;
    status?: ReportStatus[];
    path?: string[];
    urgent?: boolean;
    limit?: number;
    cursor?: string;
  },
  wards: readonly string[] | null = null,
) {
  const base = inboxWhere(q, wards);
  const where = [base.sql];
  const args = [...base.args];
  if (q.status?.length) {
    where.push(`r.status IN (${q.status.map(() => '?').join(',')})`);
    args.push(...q.status);
  }
  const limit = q.limit ?? 50;
  const offset = decodeCursor(q.cursor);
  const rows = db
    .prepare(
      `${WITH_ASSIGNEE} WHERE ${where.join(' AND ')}
       ORDER BY r.priority DESC, r.created_at, r.id LIMIT ? OFFSET ?`,
    )
    .all(...args, limit + 1, offset) as ReportRow[];
  const counted = db
    .prepare(`SELECT r.status AS status, COUNT(*) AS n FROM reports r WHERE ${base.sql} GROUP BY r.status`)
    .all(...base.args) as { status: string; n: number }[];
  const byStatus: Record<string, number> = { received: 0, acknowledged: 0, connected: 0, closed: 0 };
  for (const c of counted) byStatus[c.status] = c.n;
  return {
    data: rows.slice(0, limit).map((row) => summaryOf(cipher, row)),
    next_cursor: rows.length > limit ? encodeCursor(offset + limit) : null,
    counts: { total: counted.reduce((sum, c) => sum + c.n, 0), by_status: byStatus },
  };
}

export function reportDetail(db: Db, cipher: Cipher, keys: ReportKeys, referenceInput: string): ReportDetail {
  const id = reportIdFor(db, keys, referenceInput);
  const row = (id === null ? undefined : db.prepare(`${WITH_ASSIGNEE} WHERE r.id = ?`).get(id)) as
    ReportRow | undefined;
  if (!row) throw notFound('Report');
  const events = db
    .prepare(
      'SELECT id, kind, status, note, detail, actor, at FROM report_events WHERE report_id = ? ORDER BY id',
    )
    .all(row.id) as {
    id: number;
    kind: ReportEvent['kind'];
    status: ReportStatus;
    note: string | null;
    detail: string | null;
    actor: string | null;
    at: string;
  }[];
  const content = row.content
    ? (JSON.parse(cipher.decrypt(row.content, reportContentAad(row.id))) as NonNullable<
        ReportDetail['content']
      >)
    : null;
  const summary = summaryOf(cipher, row);
  const told = content ? toldTheReporter(summary, content) : { guidance: [], lines: [] };
  const open = row.purged_at === null;
  return {
    ...summary,
    content,
    ...told,
    // the first 'received' is the creation itself (not stored as an event: one write less per report)
    history: [
      {
        id: 0,
        kind: 'received' as const,
        status: 'received' as const,
        note: null,
        detail: null,
        at: row.created_at,
        actor: null,
      },
      ...events,
    ].map((e) => ({
      kind: e.kind,
      status: e.status,
      note: e.note && open ? cipher.decrypt(e.note, eventNoteAad(e.id)) : null,
      at: e.at,
      actor: e.actor,
      detail:
        e.detail && open
          ? (JSON.parse(cipher.decrypt(e.detail, eventDetailAad(e.id))) as ReportEvent['detail'])
          : null,
    })),
  };
}

/** The guidance and emergency lines the receipt gave, worked out again with the same rules. */
function toldTheReporter(
  s: ReportSummary,
  content: NonNullable<ReportDetail['content']>,
): Pick<ReportDetail, 'guidance' | 'lines'> {
  const danger = content.danger_now as ConcernReportInput['danger_now'];
  const t = triage({
    danger_now: danger,
    danger_kinds: content.danger_kinds,
    signs: s.signs,
    concerns: s.concerns,
    person_age_group: s.age_group ?? undefined,
  });
  const guidance = guidanceFor(
    {
      danger_now: danger,
      consent: s.consent,
      contact: content.contact ?? undefined,
      anonymous: content.anonymous,
      context: s.context,
      signs: s.signs,
      concerns: s.concerns,
      school: content.school ?? undefined,
    },
    t,
  );
  return { guidance, lines: [...t.lines] };
}

export function changeReportStatus(
  db: Db,
  cipher: Cipher,
  keys: ReportKeys,
  referenceInput: string,
  change: { status: ReportStatus; note?: string | undefined },
  actor: { id: string | null; name: string | null },
  now: Date,
): void {
  const id = reportIdFor(db, keys, referenceInput);
  if (id === null) throw notFound('Report');
  const at = now.toISOString();
  db.prepare('UPDATE reports SET status = ?, updated_at = ? WHERE id = ?').run(change.status, at, id);
  const eventId = nextEventId(db);
  db.prepare(
    'INSERT INTO report_events (id, report_id, status, note, actor, actor_key_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    eventId,
    id,
    change.status,
    change.note ? cipher.encrypt(change.note, eventNoteAad(eventId)) : null,
    actor.name,
    actor.id,
    at,
  );
}

/** The id the next event gets (known before the insert, to bind its sealed note to it); inside the write transaction. */
export function nextEventId(db: Db): number {
  return (
    cachedStatement(db, 'SELECT COALESCE(MAX(id), 0) + 1 AS id FROM report_events').get() as { id: number }
  ).id;
}

/**
 * Retention: the content of a report (free text, contacts, notes, hand-off reasons) is removed a while after
 * its last change — `retentionDays` for reports never acknowledged or closed, `activeRetentionDays` for open
 * cases (acknowledged, connected), which a ward is working on. Codes stay for statistics. Notes written on a
 * report after its purge go the same way once they are as old.
 */
export function purgeExpiredReports(
  db: Db,
  retentionDays: number,
  now: Date,
  activeRetentionDays = 365,
): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const activeCutoff = new Date(now.getTime() - activeRetentionDays * 86_400_000).toISOString();
  return db
    .transaction(() => {
      const ids = db
        .prepare(
          `SELECT id FROM reports WHERE purged_at IS NULL AND (
             (status IN ('received', 'closed') AND updated_at < ?) OR
             (status IN ('acknowledged', 'connected') AND updated_at < ?))`,
        )
        .all(cutoff, activeCutoff) as { id: number }[];
      const purge = db.prepare('UPDATE reports SET content = NULL, purged_at = ? WHERE id = ?');
      const dropNotes = db.prepare('UPDATE report_events SET note = NULL, detail = NULL WHERE report_id = ?');
      for (const { id } of ids) {
        purge.run(now.toISOString(), id);
        dropNotes.run(id);
      }
      db.prepare(
        `UPDATE report_events SET note = NULL, detail = NULL WHERE (note IS NOT NULL OR detail IS NOT NULL)
         AND at < ? AND report_id IN (SELECT id FROM reports WHERE purged_at IS NOT NULL)`,
      ).run(cutoff);
      return ids.length;
    })
    .immediate();
}
