// The answers as the API's input, and the schema's rules for what people type (phone numbers, whole
// numbers): for the checks and the send, so this comes with the form's later part (./report-api.ts), not with
// its first question (issue 18).
import type { ConcernReportInput } from '@tsunagu/schema';
import {
  normalizePhone as normalizePhoneRule,
  readWholeNumber,
  roleHasOrganisation,
} from '@tsunagu/schema/rules';
import type { ReportContext, ReportValues } from './model.js';

/** Phone numbers as people type them, in the form the API expects (the schema's rule, the server's too). */
export const normalizePhone = normalizePhoneRule;

/** A whole number as typed (「１２」「12日」「十二」), or undefined (the schema's rule). */
export function parseWholeNumber(value: string): number | undefined {
  return readWholeNumber(value) ?? undefined;
}

/** Which of the self path's phone and email fields are on screen for the chosen ways of contact. */
export function showsContactFields(modes: readonly string[]): { phone: boolean; email: boolean } {
  const visit = modes.includes('visit');
  return { phone: visit || modes.includes('phone'), email: visit || modes.includes('mail') };
}

const trimmed = (value: string): string | undefined => value.trim() || undefined;
const listOrNothing = <T extends string>(values: readonly string[]): T[] | undefined =>
  values.length ? (values as T[]) : undefined;

/**
 * The API input for the answers. Only what the chosen path asks is sent ("never more than needed"): answers
 * left behind on a path the person turned away from are dropped here, not sent.
 */
export function buildInput(values: ReportValues, context: ReportContext): ConcernReportInput {
  const school = context === 'school';
  const path = school ? 'about_someone' : values.path === 'self' ? 'self' : 'about_someone';
  const self = path === 'self';
  const input: ConcernReportInput = {
    path,
    reporter_role: (self
      ? 'self'
      : school
        ? 'school'
        : values.reporter_role) as ConcernReportInput['reporter_role'],
    danger_now: values.danger_now || 'no',
    ward_id: values.ward_id,
    consent: (self ? 'yes' : values.consent) as ConcernReportInput['consent'],
  };
  if (school) input.context = 'school';
  if (values.danger_now !== 'no') input.danger_kinds = listOrNothing(values.danger_kinds);
  input.town = trimmed(values.town);
  input.concerns = listOrNothing(values.concerns);
  input.free_text = trimmed(values.free_text);
  const anonymous = values.follow_up === 'anonymous';
  if (anonymous) input.anonymous = true;

  if (self) {
    if (!anonymous) {
      const modes = values.contact_modes as NonNullable<ConcernReportInput['contact']>['modes'];
      const shown = showsContactFields(modes);
      input.contact = {
        modes,
        phone: shown.phone ? trimmed(normalizePhone(values.phone)) : undefined,
        email: shown.email ? trimmed(values.email) : undefined,
        safe_to_call: shown.phone && values.safe_to_call ? values.safe_to_call === 'yes' : undefined,
        no_message: (shown.phone && values.no_message) || undefined,
        time_window: trimmed(values.time_window) as NonNullable<ConcernReportInput['contact']>['time_window'],
        language: trimmed(values.language),
      };
    }
    return dropUndefined(input);
  }

  input.age_group = trimmed(values.age_group) as ConcernReportInput['age_group'];
  if (!school) input.signs = listOrNothing(values.signs);
  // a neighbour on a shop's page is not stamped with the shop's name
  const organisation = roleHasOrganisation(input.reporter_role) ? trimmed(values.organisation) : undefined;
  const reporter = anonymous
    ? { organisation }
    : {
        organisation,
        name: trimmed(values.reporter_name),
        phone: trimmed(normalizePhone(values.reporter_phone)),
        email: trimmed(values.reporter_email),
      };
  if (Object.values(reporter).some((v) => v !== undefined)) input.reporter_contact = reporter;
  if (school) {
    input.school = {
      school_name: trimmed(values.school_name),
      grade: trimmed(values.grade),
      absent_days_last_30: parseWholeNumber(values.absent_days),
      school_signs: listOrNothing(values.school_signs),
      share_with_child_family_support: values.share_cf,
    };
  }
  return dropUndefined(input);
}

/** Removes `undefined` members (deeply), so the JSON body is minimal and stable for idempotent re-sends. */
function dropUndefined<T>(value: T): T {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (member !== undefined) out[key] = dropUndefined(member);
  }
  return out as T;
}
