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
  type ReportStatus,
  type ReportSummary,
} from '@tsunagu/schema';
import type { Cipher } from '../crypto.js';
import { newReference, randomCode, sameHash, sha256, type ReportKeys } from '../crypto.js';
import type { Db } from '../db/open.js';
import { notFound, validationFailed } from '../http/errors.js';
import type { ResponseRedaction } from '../http/idempotency.js';
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

function guidanceFor(r: ConcernReportInput, t: ReturnType<typeof triage>): Guidance[] {
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

const NEXT_REPORT_ID = 'SELECT COALESCE(MAX(id), 0) + 1 AS id FROM reports';
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
    `INSERT INTO reports (id, reference, check_hash, ward_id, status, urgent, child_abuse, suicide_risk, path,
    context, reporter_role, partner_id, consent, age_group, signs, concerns, content, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // the id is known before the insert (one writer, inside its transaction), and with it the reference
  let id = (cachedStatement(db, NEXT_REPORT_ID).get() as { id: number }).id;
  let reference = keys.referenceFor(id);
  // a reference given before migration 6 (random) is not reissued: skip the id that would repeat it
  while (cachedStatement(db, LEGACY_REFERENCE).get(reference)) reference = keys.referenceFor(++id);
  const checkCode = keys.checkCodeFor(reference);
  insert.run(
    id,
    reference,
    sha256(checkCode),
    r.ward_id,
    t.urgent ? 1 : 0,
    t.child_abuse_suspected ? 1 : 0,
    t.suicide_risk ? 1 : 0,
    r.path,
    r.context ?? 'general',
    r.reporter_role,
    partnerId,
    r.consent,
    r.age_group ?? null,
    JSON.stringify(r.signs ?? []),
    JSON.stringify(r.concerns ?? []),
    cipher.encrypt(JSON.stringify(content)),
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

/**
 * How receipts are kept for replays (see ResponseRedaction): without the check code, which is derived
 * again from the reference, so nothing secret is stored beside the report and no second seal is needed.
 */
export function receiptRedaction(keys: ReportKeys): ResponseRedaction {
  return {
    redact(body) {
      const { check_code: _secret, ...kept } = body as ConcernReportReceipt;
      return kept;
    },
    restore(keptJson) {
      const { reference, ...rest } = JSON.parse(keptJson) as Omit<ConcernReportReceipt, 'check_code'>;
      // the original order of fields: reference, check_code, then the rest as they were
      return JSON.stringify({ reference, check_code: keys.checkCodeFor(reference), ...rest });
    },
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

interface ReportRow {
  id: number;
  reference: string;
  check_hash: string;
  ward_id: string;
  status: ReportStatus;
  urgent: number;
  child_abuse: number;
  suicide_risk: number;
  path: string;
  context: string;
  reporter_role: string;
  partner_id: string | null;
  consent: string;
  age_group: string | null;
  signs: string;
  concerns: string;
  content: string | null;
  created_at: string;
  updated_at: string;
  purged_at: string | null;
}

export function reportStatusFor(
  db: Db,
  keys: ReportKeys,
  referenceInput: string,
  checkCode: string | undefined,
): ConcernReportStatus {
  const id = reportIdFor(db, keys, referenceInput);
  const row = (
    id === null
      ? undefined
      : cachedStatement(db, 'SELECT reference, check_hash, status, updated_at FROM reports WHERE id = ?').get(
          id,
        )
  ) as ReportRow | undefined;
  // unknown reference and wrong check code look the same
  if (!row || !checkCode || !sameHash(row.check_hash, sha256(checkCode.trim().toUpperCase())))
    throw notFound('Report');
  return { reference: row.reference, status: row.status, updated_at: row.updated_at };
}

function summaryOf(row: ReportRow): ReportSummary {
  return {
    reference: row.reference,
    status: row.status,
    ward_id: row.ward_id,
    urgent: !!row.urgent,
    child_abuse_suspected: !!row.child_abuse,
    suicide_risk: !!row.suicide_risk,
    path: row.path as ReportSummary['path'],
    context: row.context as ReportSummary['context'],
    reporter_role: row.reporter_role as ReportSummary['reporter_role'],
    partner_id: row.partner_id,
    consent: row.consent as ReportSummary['consent'],
    age_group: row.age_group as ReportSummary['age_group'],
    signs: JSON.parse(row.signs) as ReportSummary['signs'],
    concerns: JSON.parse(row.concerns) as ReportSummary['concerns'],
    created_at: row.created_at,
    updated_at: row.updated_at,
    purged: row.purged_at !== null,
  };
}

/** Inbox: urgent first, then newest first. */
export function listReports(
  db: Db,
  q: { ward?: string; status?: ReportStatus[]; urgent?: boolean; limit?: number; cursor?: string },
) {
  const where: string[] = ['1 = 1'];
  const args: unknown[] = [];
  if (q.ward) {
    where.push('ward_id = ?');
    args.push(q.ward);
  }
  if (q.status?.length) {
    where.push(`status IN (${q.status.map(() => '?').join(',')})`);
    args.push(...q.status);
  }
  if (q.urgent !== undefined) {
    where.push('urgent = ?');
    args.push(q.urgent ? 1 : 0);
  }
  const limit = q.limit ?? 50;
  const offset = decodeCursor(q.cursor);
  const rows = db
    .prepare(
      `SELECT * FROM reports WHERE ${where.join(' AND ')} ORDER BY urgent DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(...args, limit + 1, offset) as ReportRow[];
  return {
    data: rows.slice(0, limit).map(summaryOf),
    next_cursor: rows.length > limit ? encodeCursor(offset + limit) : null,
  };
}

export function reportDetail(db: Db, cipher: Cipher, keys: ReportKeys, referenceInput: string): ReportDetail {
  const id = reportIdFor(db, keys, referenceInput);
  const row = (id === null ? undefined : db.prepare('SELECT * FROM reports WHERE id = ?').get(id)) as
    ReportRow | undefined;
  if (!row) throw notFound('Report');
  const events = db
    .prepare('SELECT status, note, actor, at FROM report_events WHERE report_id = ? ORDER BY id')
    .all(row.id) as { status: ReportStatus; note: string | null; actor: string | null; at: string }[];
  return {
    ...summaryOf(row),
    content: row.content ? (JSON.parse(cipher.decrypt(row.content)) as ReportDetail['content']) : null,
    // the first 'received' is the creation itself (not stored as an event: one write less per report)
    history: [{ status: 'received' as const, note: null, at: row.created_at, actor: null }, ...events].map(
      (e) => ({
        status: e.status,
        note: e.note && row.purged_at === null ? cipher.decrypt(e.note) : null,
        at: e.at,
        actor: e.actor,
      }),
    ),
  };
}

export function changeReportStatus(
  db: Db,
  cipher: Cipher,
  keys: ReportKeys,
  referenceInput: string,
  change: { status: ReportStatus; note?: string | undefined },
  actor: { keyId: string; name: string | null },
  now: Date,
): void {
  const id = reportIdFor(db, keys, referenceInput);
  if (id === null) throw notFound('Report');
  const at = now.toISOString();
  db.prepare('UPDATE reports SET status = ?, updated_at = ? WHERE id = ?').run(change.status, at, id);
  db.prepare(
    'INSERT INTO report_events (report_id, status, note, actor, actor_key_id, at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, change.status, change.note ? cipher.encrypt(change.note) : null, actor.name, actor.keyId, at);
}

/**
 * Retention: content of reports still 'received' (never acknowledged) and of closed reports is removed
 * `retentionDays` after the last change. Codes stay for statistics; notes go with the content.
 */
export function purgeExpiredReports(db: Db, retentionDays: number, now: Date): number {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  return db
    .transaction(() => {
      const ids = db
        .prepare(
          `SELECT id FROM reports WHERE purged_at IS NULL AND status IN ('received', 'closed') AND updated_at < ?`,
        )
        .all(cutoff) as { id: number }[];
      const purge = db.prepare('UPDATE reports SET content = NULL, purged_at = ? WHERE id = ?');
      const dropNotes = db.prepare('UPDATE report_events SET note = NULL WHERE report_id = ?');
      for (const { id } of ids) {
        purge.run(now.toISOString(), id);
        dropNotes.run(id);
      }
      return ids.length;
    })
    .immediate();
}
