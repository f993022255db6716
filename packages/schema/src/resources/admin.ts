// Admin-side (secret key) resources: the reports inbox, status changes, audit entries, partners, statistics.
import * as z from 'zod/mini';
import {
  AGE_GROUPS,
  CONCERNS,
  CONSENT_VALUES,
  REPORTER_ROLES,
  REPORT_CONTEXTS,
  REPORT_PATHS,
  SIGNS,
  GUIDANCE_CODES,
} from '../codes.js';
import { isoDateTime, optionalText, pageLimit, wardId } from './common.js';
import { contactPreferences, lineId, reportReference, reportStatus } from './concern-reports.js';

/** Inbox row: codes only, no free text or contact details (those need a read of one report, audited). */
export const reportSummary = z.object({
  reference: reportReference,
  status: reportStatus,
  ward_id: wardId,
  urgent: z.boolean(),
  child_abuse_suspected: z.boolean(),
  suicide_risk: z.boolean(),
  path: z.enum(REPORT_PATHS),
  context: z.enum(REPORT_CONTEXTS),
  reporter_role: z.enum(REPORTER_ROLES),
  partner_id: z.nullable(z.string()),
  consent: z.enum(CONSENT_VALUES),
  age_group: z.nullable(z.enum(AGE_GROUPS)),
  signs: z.array(z.enum(SIGNS)),
  concerns: z.array(z.enum(CONCERNS)),
  created_at: isoDateTime,
  updated_at: isoDateTime,
  /** content was removed by the retention purge */
  purged: z.boolean(),
  /** the staff member the report is assigned to */
  assigned_to: z.nullable(z.object({ id: z.string(), display_name: z.string() })),
});
export type ReportSummary = z.infer<typeof reportSummary>;

/** How a report moved: a status change, an assignment, a hand-off to another ward or agency window. */
export const reportEvent = z.object({
  kind: z.enum(['received', 'status', 'assigned', 'handed_off']),
  status: reportStatus,
  note: z.nullable(z.string()),
  at: isoDateTime,
  /** the staff member's login name */
  actor: z.nullable(z.string()),
  detail: z.nullable(
    z.object({
      from_ward: z.optional(z.string()),
      to_ward: z.optional(z.string()),
      to_window: z.optional(z.string()),
      reason: z.optional(z.string()),
      staff_id: z.optional(z.nullable(z.string())),
      display_name: z.optional(z.nullable(z.string())),
    }),
  ),
});
export type ReportEvent = z.infer<typeof reportEvent>;

/** One report with its decrypted content (null after the retention purge). */
export const reportDetail = z.object({
  ...reportSummary.shape,
  content: z.nullable(
    z.object({
      free_text: z.nullable(z.string()),
      town: z.nullable(z.string()),
      contact: z.nullable(contactPreferences),
      reporter_contact: z.nullable(
        z.object({
          name: z.optional(z.string()),
          organisation: z.optional(z.string()),
          phone: z.optional(z.string()),
          email: z.optional(z.string()),
        }),
      ),
      school: z.nullable(z.record(z.string(), z.unknown())),
      danger_now: z.string(),
      danger_kinds: z.array(z.string()),
      anonymous: z.boolean(),
    }),
  ),
  /** what the reporter was told would happen next, and the emergency lines they were shown */
  guidance: z.array(z.enum(GUIDANCE_CODES)),
  lines: z.array(lineId),
  /** the chronology: received, status changes, assignments, hand-offs — who and when */
  history: z.array(reportEvent),
});
export type ReportDetail = z.infer<typeof reportDetail>;

/** The inbox's "path" filter: about someone, the person themself, a school's referral. */
export const INBOX_PATHS = ['about_someone', 'self', 'school'] as const;

export const reportInboxParams = z.strictObject({
  ward: z.optional(wardId),
  status: z.optional(z.array(reportStatus)),
  path: z.optional(z.array(z.enum(INBOX_PATHS))),
  urgent: z.optional(z.boolean()),
  limit: z.optional(pageLimit),
  cursor: z.optional(z.string().check(z.maxLength(200, 'too_long'))),
});

/** GET /v1/admin/reports: a page of the inbox with counts by status for the same ward and path filters. */
export const reportInbox = z.object({
  data: z.array(reportSummary),
  next_cursor: z.nullable(z.string()),
  counts: z.object({ total: z.int(), by_status: z.record(z.string(), z.int()) }),
});
export type ReportInbox = z.infer<typeof reportInbox>;

/** POST /v1/admin/reports/{reference}/assign (null: nobody) */
export const reportAssignInput = z.strictObject({
  staff_id: z.nullable(z.string().check(z.maxLength(64, 'too_long'))),
  note: optionalText(1000),
});
export type ReportAssignInput = z.infer<typeof reportAssignInput>;
/** POST /v1/admin/reports/{reference}/handoff: to another ward, or to another agency's window, with a reason */
export const reportHandoffInput = z.strictObject({
  to_ward: z.optional(wardId),
  to_window: z.optional(z.string().check(z.minLength(1, 'required'), z.maxLength(64, 'too_long'))),
  reason: z.string().check(z.minLength(1, 'required'), z.maxLength(500, 'too_long')),
});
export type ReportHandoffInput = z.infer<typeof reportHandoffInput>;
export const reportHandoffResult = z.object({
  reference: reportReference,
  ward_id: wardId,
  /** false when the report went to a ward the caller does not work for */
  visible: z.boolean(),
});

export type ReportHandoffResult = z.infer<typeof reportHandoffResult>;
/** GET /v1/admin/colleagues: who a report can be assigned to */
export const colleague = z.object({ id: z.string(), display_name: z.string(), wards: z.array(wardId) });
export type Colleague = z.infer<typeof colleague>;

/** POST /v1/admin/reports/{reference}/status */
export const reportStatusChange = z.strictObject({ status: reportStatus, note: optionalText(1000) });
export type ReportStatusChange = z.infer<typeof reportStatusChange>;

export const auditEntry = z.object({
  id: z.int(),
  at: isoDateTime,
  /** who: 'staff' (a signed-in person), 'key' (an API key), 'anonymous' (a failed sign-in) */
  actor_type: z.enum(['staff', 'key', 'anonymous']),
  /** the authenticated principal: a staff id (stf_…) or a key id (key_…) */
  actor_id: z.nullable(z.string()),
  /** the staff member's login name, for people reading the log */
  actor: z.nullable(z.string()),
  /** kept for entries written before principals (key id of the caller) */
  actor_key_id: z.nullable(z.string()),
  action: z.string(),
  target_type: z.string(),
  target_id: z.nullable(z.string()),
  /** 'ok', or 'denied' for a refusal where a person is known */
  outcome: z.enum(['ok', 'denied']),
  /** what was asked and returned (filters, references; never content) */
  detail: z.nullable(z.record(z.string(), z.unknown())),
  request_id: z.nullable(z.string()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

/** GET /v1/admin/stats: counts only (no row-level data). */
export const stats = z.object({
  reports: z.object({
    total: z.int(),
    urgent: z.int(),
    by_status: z.record(z.string(), z.int()),
    by_ward: z.record(z.string(), z.int()),
    by_concern: z.record(z.string(), z.int()),
    by_reporter_role: z.record(z.string(), z.int()),
  }),
  signups: z.object({ confirmed: z.int(), waitlisted: z.int(), cancelled: z.int() }),
  windows: z.int(),
  activities: z.int(),
});
export type Stats = z.infer<typeof stats>;
