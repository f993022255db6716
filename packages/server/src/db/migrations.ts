// Schema migrations, applied in order inside one transaction each; schema_version records the last one.
// A migration is SQL, or a function when rows need JavaScript to move (never edit a released one).
import { lookupHash } from '../crypto.js';
import type { Cipher } from '../seal.js';
import type { Db } from './open.js';

/** What a migration may need besides the database: the cipher, for one that seals existing rows. */
export interface MigrationContext {
  cipher?: Cipher | undefined;
}

export type Migration = string | ((db: Db, ctx: MigrationContext) => void);

export const MIGRATIONS: readonly Migration[] = [
  /* 1: everything of the first release */ `
  CREATE TABLE wards (id TEXT PRIMARY KEY, name TEXT NOT NULL, name_en TEXT, city_code TEXT, city TEXT, sort INTEGER NOT NULL);
  CREATE TABLE towns (id TEXT PRIMARY KEY, ward_id TEXT NOT NULL REFERENCES wards(id) ON DELETE CASCADE,
    name TEXT NOT NULL, lat REAL, lng REAL, sort INTEGER NOT NULL);
  CREATE INDEX towns_ward ON towns(ward_id);
  CREATE TABLE windows (id TEXT PRIMARY KEY, doc TEXT NOT NULL, sort INTEGER NOT NULL, updated_at TEXT NOT NULL);
  CREATE TABLE partners (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE api_keys (id TEXT PRIMARY KEY, partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('publishable','secret')), hash TEXT NOT NULL UNIQUE, prefix TEXT NOT NULL,
    allowed_origins TEXT NOT NULL DEFAULT '[]', created_at TEXT NOT NULL, revoked_at TEXT);
  CREATE TABLE reports (id INTEGER PRIMARY KEY, reference TEXT NOT NULL UNIQUE, check_hash TEXT NOT NULL,
    ward_id TEXT NOT NULL, status TEXT NOT NULL, urgent INTEGER NOT NULL, child_abuse INTEGER NOT NULL,
    suicide_risk INTEGER NOT NULL, path TEXT NOT NULL, context TEXT NOT NULL, reporter_role TEXT NOT NULL,
    partner_id TEXT, consent TEXT NOT NULL, age_group TEXT, signs TEXT NOT NULL, concerns TEXT NOT NULL,
    content TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, purged_at TEXT);
  CREATE INDEX reports_inbox ON reports(ward_id, status, urgent, id);
  CREATE TABLE report_events (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    status TEXT NOT NULL, note TEXT, actor TEXT, actor_key_id TEXT, at TEXT NOT NULL);
  CREATE INDEX report_events_report ON report_events(report_id);
  CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_key_id TEXT, actor TEXT,
    action TEXT NOT NULL, target_type TEXT NOT NULL, target_id TEXT);
  CREATE INDEX audit_target ON audit_log(target_id);
  CREATE TABLE idempotency (scope TEXT NOT NULL, idem_key TEXT NOT NULL, route TEXT NOT NULL,
    request_hash TEXT NOT NULL, status INTEGER NOT NULL, body TEXT NOT NULL, created_at TEXT NOT NULL,
    PRIMARY KEY (scope, route, idem_key)) WITHOUT ROWID;
  CREATE INDEX idempotency_created ON idempotency(created_at);
  CREATE TABLE activities (id TEXT PRIMARY KEY, doc TEXT NOT NULL, ward_id TEXT NOT NULL, type TEXT NOT NULL,
    starts_at TEXT NOT NULL, capacity INTEGER NOT NULL, updated_at TEXT NOT NULL);
  CREATE INDEX activities_when ON activities(starts_at);
  CREATE TABLE signups (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE, kind TEXT NOT NULL,
    headcount INTEGER NOT NULL, status TEXT NOT NULL, token_hash TEXT NOT NULL, personal TEXT NOT NULL,
    partner_id TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  CREATE INDEX signups_activity ON signups(activity_id, status, seq);
  `,
  /* 2: kana readings of town names, for finding a town by sound (optional; see data/yokohama/README.md) */ `
  ALTER TABLE towns ADD COLUMN reading TEXT;
  `,
  /* 3: idempotency records appended in arrival order with a small integer index (see http/idempotency.ts) */
  migrateIdempotencyRecords,
  /* 4: sign-ups' personal details are removed a while after the activity (services/signups.ts) */ `
  ALTER TABLE signups ADD COLUMN purged_at TEXT;
  `,
  /* 5: idempotency records found by their key: the SDK's keys begin with their creation time (UUIDv7),
     so this index grows at one end instead of taking a random page per write like the hash did; and a
     response with no secret left in it is kept unsealed (http/idempotency.ts) */ `
  DROP INDEX idempotency_records_key;
  ALTER TABLE idempotency_records DROP COLUMN key_hash;
  CREATE INDEX idempotency_records_idem_key ON idempotency_records(idem_key);
  ALTER TABLE idempotency_records ADD COLUMN sealed INTEGER NOT NULL DEFAULT 1;
  `,
  /* 6: references derived from row ids, without a unique index on random text (services/reports.ts) */
  migrateReportReferences,
  /* 7: who may see what (auth/, http/access.ts): staff accounts and sessions; keys that expire after a
     rotation; activities owned by the partner that created them; audit rows that name the authenticated
     principal. Existing secret keys stay partner keys (now scoped to their partner). The old `actor` column
     held whatever the X-Actor header claimed: it moves to detail.claimed_actor, the key id becomes the actor. */ `
  CREATE TABLE staff_accounts (id TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('ward_staff', 'city_admin', 'auditor')), wards TEXT NOT NULL DEFAULT '[]',
    password_hash TEXT NOT NULL, totp_secret TEXT, totp_pending TEXT, totp_last_step INTEGER, disabled_at TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
  CREATE TABLE staff_sessions (token_hash BLOB PRIMARY KEY,
    staff_id TEXT NOT NULL REFERENCES staff_accounts(id) ON DELETE CASCADE,
    delivery TEXT NOT NULL CHECK (delivery IN ('cookie', 'bearer')), created_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL, expires_at TEXT NOT NULL) WITHOUT ROWID;
  CREATE INDEX staff_sessions_staff ON staff_sessions(staff_id);
  ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
  ALTER TABLE api_keys ADD COLUMN replaced_by TEXT;
  ALTER TABLE activities ADD COLUMN owner_partner_id TEXT;
  ALTER TABLE audit_log ADD COLUMN actor_type TEXT NOT NULL DEFAULT 'key';
  ALTER TABLE audit_log ADD COLUMN actor_id TEXT;
  ALTER TABLE audit_log ADD COLUMN outcome TEXT NOT NULL DEFAULT 'ok';
  ALTER TABLE audit_log ADD COLUMN detail TEXT;
  ALTER TABLE audit_log ADD COLUMN request_id TEXT;
  UPDATE audit_log SET actor_id = actor_key_id,
    detail = CASE WHEN actor IS NULL THEN NULL ELSE json_object('claimed_actor', actor) END, actor = NULL;
  CREATE INDEX audit_actor ON audit_log(actor_id);
  `,
  /* 8: the ward's side (routes/admin.ts, services/report-workflow.ts, services/webhooks.ts): reports assigned
     to a person and handed off with a reason (sealed, like notes); windows confirmed by staff on a date;
     webhook subscriptions and their durable outbox, written in the same transaction as the change */ `
  ALTER TABLE reports ADD COLUMN assigned_to TEXT;
  ALTER TABLE report_events ADD COLUMN kind TEXT NOT NULL DEFAULT 'status';
  ALTER TABLE report_events ADD COLUMN detail TEXT;
  ALTER TABLE windows ADD COLUMN confirmed_on TEXT;
  CREATE TABLE webhooks (id TEXT PRIMARY KEY, url TEXT NOT NULL, events TEXT NOT NULL, secret TEXT NOT NULL,
    created_at TEXT NOT NULL, disabled_at TEXT);
  CREATE TABLE webhook_outbox (id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, webhook_id TEXT NOT NULL
    REFERENCES webhooks(id) ON DELETE CASCADE, type TEXT NOT NULL, ordering_key TEXT NOT NULL,
    payload TEXT NOT NULL, created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'pending', last_status_code INTEGER,
    last_error TEXT, delivered_at TEXT);
  CREATE INDEX webhook_outbox_due ON webhook_outbox(status, next_attempt_at);
  CREATE INDEX webhook_outbox_order ON webhook_outbox(webhook_id, ordering_key, id);
  `,
  /* 9: report ids never issued twice: a high-water mark that survives deleted rows (services/reports.ts);
     check codes become random and keyed-hashed (existing derived ones are re-hashed at start) */ `
  CREATE TABLE report_sequence (next_id INTEGER NOT NULL);
  INSERT INTO report_sequence (next_id) SELECT COALESCE(MAX(id), 0) + 1 FROM reports;
  `,
  /* 10: a report's triage flags, consent, age group, signs and concerns are sealed (reports.flags); only
     one coarse `priority` stays plain for the inbox's order; the identity keys are kept sealed so that
     the encryption key can be rotated (key-material.ts) */
  sealReportFlags,
  /* 11: the ward a partner is in (a shop's, a school's): its help card shows that ward's office without a
     `ward` attribute (GET /v1/partner) */ `
  ALTER TABLE partners ADD COLUMN ward_id TEXT;
  `,
];

/** The sealed flags of a report (reports.flags), bound to its row. */
export function reportFlagsAad(id: number): string {
  return `reports.flags:${id}`;
}

/**
 * Rebuilds reports without the plain flag columns (SQLite cannot drop an indexed column in place), sealing
 * each row's flags with the row id as associated data. Needs the key when there are reports to seal.
 */
function sealReportFlags(db: Db, ctx: MigrationContext): void {
  const rows = db
    .prepare(
      `SELECT id, urgent, child_abuse, suicide_risk, consent, age_group, signs, concerns FROM reports ORDER BY id`,
    )
    .all() as {
    id: number;
    urgent: number;
    child_abuse: number;
    suicide_risk: number;
    consent: string;
    age_group: string | null;
    signs: string;
    concerns: string;
  }[];
  const cipher = ctx.cipher;
  if (rows.length && !cipher)
    throw new Error(
      "migration 10 seals the reports' flags and needs the encryption key: start with TSUNAGU_ENCRYPTION_KEY(S) set",
    );
  db.exec(`
  CREATE TABLE reports_new (id INTEGER PRIMARY KEY, reference TEXT NOT NULL, check_hash TEXT NOT NULL,
    ward_id TEXT NOT NULL, status TEXT NOT NULL, priority INTEGER NOT NULL, path TEXT NOT NULL,
    context TEXT NOT NULL, reporter_role TEXT NOT NULL, partner_id TEXT, flags TEXT NOT NULL, content TEXT,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, purged_at TEXT, assigned_to TEXT);
  INSERT INTO reports_new (id, reference, check_hash, ward_id, status, priority, path, context, reporter_role,
    partner_id, flags, content, created_at, updated_at, purged_at, assigned_to)
  SELECT id, reference, check_hash, ward_id, status, (urgent OR child_abuse OR suicide_risk), path, context,
    reporter_role, partner_id, '', content, created_at, updated_at, purged_at, assigned_to FROM reports;
  `);
  const seal = db.prepare('UPDATE reports_new SET flags = ? WHERE id = ?');
  for (const r of rows) {
    const flags = {
      urgent: !!r.urgent,
      child_abuse: !!r.child_abuse,
      suicide_risk: !!r.suicide_risk,
      consent: r.consent,
      age_group: r.age_group,
      signs: JSON.parse(r.signs) as unknown,
      concerns: JSON.parse(r.concerns) as unknown,
    };
    seal.run(cipher!.encrypt(JSON.stringify(flags), reportFlagsAad(r.id)), r.id);
  }
  db.exec(`
  DROP TABLE reports;
  ALTER TABLE reports_new RENAME TO reports;
  CREATE INDEX reports_inbox ON reports(ward_id, status, priority, id);
  CREATE TABLE sealed_keys (name TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);
}

const REPORT_COLUMNS = `id, reference, check_hash, ward_id, status, urgent, child_abuse, suicide_risk, path, context,
  reporter_role, partner_id, consent, age_group, signs, concerns, content, created_at, updated_at, purged_at`;

/**
 * References are now a keyed permutation of the report's row id (crypto.ts createReportKeys): unique by
 * construction and found from the reference itself, so the reports table loses its unique index on them
 * (each insert into it wrote a random page). SQLite cannot drop that constraint in place: the table is
 * rebuilt (foreign keys are off while migrations run, see open.ts). References handed out before keep
 * working through legacy_references.
 */
function migrateReportReferences(db: Db): void {
  db.exec(`
  CREATE TABLE reports_new (id INTEGER PRIMARY KEY, reference TEXT NOT NULL, check_hash TEXT NOT NULL,
    ward_id TEXT NOT NULL, status TEXT NOT NULL, urgent INTEGER NOT NULL, child_abuse INTEGER NOT NULL,
    suicide_risk INTEGER NOT NULL, path TEXT NOT NULL, context TEXT NOT NULL, reporter_role TEXT NOT NULL,
    partner_id TEXT, consent TEXT NOT NULL, age_group TEXT, signs TEXT NOT NULL, concerns TEXT NOT NULL,
    content TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, purged_at TEXT);
  INSERT INTO reports_new (${REPORT_COLUMNS}) SELECT ${REPORT_COLUMNS} FROM reports;
  CREATE TABLE legacy_references (reference TEXT PRIMARY KEY, report_id INTEGER NOT NULL) WITHOUT ROWID;
  INSERT INTO legacy_references (reference, report_id) SELECT reference, id FROM reports;
  DROP TABLE reports;
  ALTER TABLE reports_new RENAME TO reports;
  CREATE INDEX reports_inbox ON reports(ward_id, status, urgent, id);
  `);
}

/**
 * Idempotency records were a WITHOUT ROWID table keyed by (scope, route, idem_key) with the sealed
 * response inside the key's b-tree, plus an index on created_at: every POST inserted a ~600-byte row
 * at a random place (page splits) and touched two indexes. Now rows are appended (rowid order is
 * arrival order, which the purge uses instead of an index) and found through a 48-bit hash of the key.
 * Hashes, sealed responses and request hashes are bytes, not hex/base64 text.
 */
function migrateIdempotencyRecords(db: Db): void {
  db.exec(`
  CREATE TABLE idempotency_records (id INTEGER PRIMARY KEY, key_hash INTEGER NOT NULL, scope TEXT NOT NULL,
    route TEXT NOT NULL, idem_key TEXT NOT NULL, request_hash BLOB NOT NULL, status INTEGER NOT NULL,
    body BLOB NOT NULL, created_at TEXT NOT NULL);
  CREATE INDEX idempotency_records_key ON idempotency_records(key_hash);
  `);
  const insert = db.prepare(
    `INSERT INTO idempotency_records (key_hash, scope, route, idem_key, request_hash, status, body, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const rows = db
    .prepare(
      'SELECT scope, idem_key, route, request_hash, status, body, created_at FROM idempotency ORDER BY created_at',
    )
    .iterate() as Iterable<{
    scope: string;
    idem_key: string;
    route: string;
    request_hash: string;
    status: number;
    body: string;
    created_at: string;
  }>;
  const moved: unknown[][] = [];
  for (const r of rows) {
    moved.push([
      idempotencyLookupHash(r.scope, r.route, r.idem_key),
      r.scope,
      r.route,
      r.idem_key,
      Buffer.from(r.request_hash, 'hex'),
      r.status,
      Buffer.from(r.body, 'base64'), // the same sealed bytes (iv | tag | ciphertext)
      r.created_at,
    ]);
  }
  for (const values of moved) insert.run(...values);
  db.exec('DROP TABLE idempotency');
}

/** The lookup number of an idempotency key in migration 3's index (replaced by migration 5). */
function idempotencyLookupHash(scope: string, route: string, idemKey: string): number {
  return lookupHash(`${scope}\u0000${route}\u0000${idemKey}`);
}
