// Admin-side (secret key) resources: the reports inbox, status changes, audit entries, partners, statistics.
import * as z from 'zod/mini';
import {
  AGE_GROUPS,
  CONCERNS,
  CONSENT_VALUES,
  PARTNER_TYPES,
  REPORTER_ROLES,
  REPORT_CONTEXTS,
  REPORT_PATHS,
  SIGNS,
} from '../codes.js';
import { isoDateTime, optionalText, pageLimit, wardId } from './common.js';
import { contactPreferences, reportReference, reportStatus } from './concern-reports.js';

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
});
export type ReportSummary = z.infer<typeof reportSummary>;

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
  history: z.array(
    z.object({
      status: reportStatus,
      note: z.nullable(z.string()),
      at: isoDateTime,
      actor: z.nullable(z.string()),
    }),
  ),
});
export type ReportDetail = z.infer<typeof reportDetail>;

export const reportInboxParams = z.strictObject({
  ward: z.optional(wardId),
  status: z.optional(z.array(reportStatus)),
  urgent: z.optional(z.boolean()),
  limit: z.optional(pageLimit),
  cursor: z.optional(z.string().check(z.maxLength(200, 'too_long'))),
});

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

export const partnerType = z.enum(PARTNER_TYPES);
/** GET /v1/partner: who the calling key belongs to (the widgets pre-fill the organisation from it). */
export const partnerInfo = z.object({
  id: z.string(),
  name: z.string(),
  type: partnerType,
  key_kind: z.enum(['publishable', 'secret']),
});
export type PartnerInfo = z.infer<typeof partnerInfo>;
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
