// Concern reports (気づき): a person asking for help themself, or someone who noticed something about
// another person. The person's choice is respected: without consent, no contact details of theirs.
import * as z from 'zod/mini';
import { referencePattern } from '../rules/reference.js';
import { reportIsEmpty, roleHasOrganisation } from '../rules/report.js';

import {
  AGE_GROUPS,
  CONCERNS,
  CONSENT_VALUES,
  CONTACT_MODES,
  DANGER_KINDS,
  DANGER_NOW,
  FREE_TEXT_MAX,
  GUIDANCE_CODES,
  HONEYPOT_FIELD,
  PROGRAMS,
  REPORTER_ROLES,
  REPORT_CONTEXTS,
  REPORT_PATHS,
  REPORT_STATUSES,
  SCHOOL_SIGNS,
  SIGNS,
  TIME_WINDOWS,
} from '../codes.js';
import { EMERGENCY_LINES } from '../triage.js';
import { email, isoDateTime, languageTag, optionalText, phoneNumber, wardId } from './common.js';

const uniqueCodes = <T extends readonly [string, ...string[]]>(codes: T, max: number) =>
  z.array(z.enum(codes)).check(z.maxLength(max, 'too_many'));

export const contactPreferences = z.strictObject({
  modes: z.array(z.enum(CONTACT_MODES)).check(z.minLength(1, 'required'), z.maxLength(4, 'too_many')),
  phone: z.optional(phoneNumber),
  email: z.optional(email),
  /** is it safe to call this number (someone else may answer)? */
  safe_to_call: z.optional(z.boolean()),
  /** do not leave a voice message */
  no_message: z.optional(z.boolean()),
  time_window: z.optional(z.enum(TIME_WINDOWS)),
  language: z.optional(languageTag),
});
export type ContactPreferences = z.infer<typeof contactPreferences>;

/** The reporter's own way to be called back (about-someone path), optional. */
export const reporterContact = z.strictObject({
  name: optionalText(60),
  organisation: optionalText(100),
  phone: z.optional(phoneNumber),
  email: z.optional(email),
});

/** School referral fields (context 'school'). */
export const schoolContext = z.strictObject({
  school_name: optionalText(100),
  grade: optionalText(20),
  /** days absent in the last 30 days, if known */
  absent_days_last_30: z.optional(z.int().check(z.gte(0, 'too_small'), z.lte(30, 'too_large'))),
  school_signs: z.optional(uniqueCodes(SCHOOL_SIGNS, SCHOOL_SIGNS.length)),
  /** the school also shares with こども家庭支援 (child and family support) */
  share_with_child_family_support: z.optional(z.boolean()),
});

const reportShape = z.strictObject({
  path: z.enum(REPORT_PATHS),
  context: z.optional(z.enum(REPORT_CONTEXTS)),
  reporter_role: z.enum(REPORTER_ROLES),
  reporter_contact: z.optional(reporterContact),
  danger_now: z.enum(DANGER_NOW),
  danger_kinds: z.optional(uniqueCodes(DANGER_KINDS, DANGER_KINDS.length)),
  ward_id: wardId,
  town: optionalText(80),
  age_group: z.optional(z.enum(AGE_GROUPS)),
  signs: z.optional(uniqueCodes(SIGNS, SIGNS.length)),
  concerns: z.optional(uniqueCodes(CONCERNS, CONCERNS.length)),
  school: z.optional(schoolContext),
  consent: z.enum(CONSENT_VALUES),
  contact: z.optional(contactPreferences),
  anonymous: z.optional(z.boolean()),
  free_text: optionalText(FREE_TEXT_MAX),
  [HONEYPOT_FIELD]: z.optional(z.string().check(z.maxLength(200, 'too_long'))),
});

/**
 * POST /v1/concern-reports body. Cross-field rules (each gives a field code):
 * - path 'self' ⇔ reporter_role 'self' (else reporter_role: invalid_choice);
 * - path 'self' counts as consent: consent must be 'yes' (consent: consent_required);
 * - contact details of the person only with consent 'yes' (contact: consent_required);
 * - anonymous with contact details is contradictory (contact: not_allowed);
 * - contact mode 'phone' needs contact.phone, 'mail' needs contact.email (…: required);
 * - context 'school' needs the school block (school: required);
 * - not empty, and an organisation only for roles that speak for one (rules/report.ts).
 */
export const concernReportInput = reportShape.check(
  z.superRefine((r, ctx) => {
    const issue = (path: PropertyKey[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message, input: r });
    if ((r.path === 'self') !== (r.reporter_role === 'self')) issue(['reporter_role'], 'invalid_choice');
    if (r.path === 'self' && r.consent !== 'yes') issue(['consent'], 'consent_required');
    if (r.contact) {
      if (r.anonymous) issue(['contact'], 'not_allowed');
      else if (r.path === 'about_someone' && r.consent !== 'yes') issue(['contact'], 'consent_required');
      else {
        if (r.contact.modes.includes('phone') && !r.contact.phone) issue(['contact', 'phone'], 'required');
        if (r.contact.modes.includes('mail') && !r.contact.email) issue(['contact', 'email'], 'required');
      }
    }
    if (
      r.anonymous &&
      r.reporter_contact &&
      (r.reporter_contact.phone || r.reporter_contact.email || r.reporter_contact.name)
    ) {
      issue(['reporter_contact'], 'not_allowed');
    }
    if (r.context === 'school' && !r.school) issue(['school'], 'required');
    if (reportIsEmpty(r))
      issue([r.path === 'self' || r.context === 'school' ? 'concerns' : 'signs'], 'nothing_noticed');
    if (r.reporter_contact?.organisation && !roleHasOrganisation(r.reporter_role))
      issue(['reporter_contact', 'organisation'], 'not_allowed');
  }),
);
export type ConcernReportInput = z.input<typeof concernReportInput>;

export const reportStatus = z.enum(REPORT_STATUSES);
export type ReportStatus = z.infer<typeof reportStatus>;

export const reportReference = z.string().check(z.regex(referencePattern, 'invalid_format'));
export const lineId = z.enum(
  Object.keys(EMERGENCY_LINES) as [keyof typeof EMERGENCY_LINES, ...(keyof typeof EMERGENCY_LINES)[]],
);

/** 201 response of POST /v1/concern-reports: all the reporting side ever gets back. */
export const concernReportReceipt = z.object({
  reference: reportReference,
  check_code: z.string(),
  status: reportStatus,
  urgent: z.boolean(),
  guidance: z.array(z.enum(GUIDANCE_CODES)),
  /** lines to show, most urgent first (from triage) */
  lines: z.array(lineId),
  /** programs worth mentioning in "what happens next" */
  programs: z.array(z.enum(PROGRAMS)),
  ward_id: wardId,
  created_at: isoDateTime,
});
export type ConcernReportReceipt = z.infer<typeof concernReportReceipt>;

/** GET /v1/concern-reports/{reference}/status (X-Check-Code header): never the content. */
export const concernReportStatus = z.object({
  reference: reportReference,
  status: reportStatus,
  updated_at: isoDateTime,
});
export type ConcernReportStatus = z.infer<typeof concernReportStatus>;
