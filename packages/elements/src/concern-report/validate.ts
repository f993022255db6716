// Checks of one question group before moving on, and the mapping of the server's field paths back to the
// form's fields. Codes only (`required`, `invalid_phone`…): the shared catalogue words them per locale.
import { email as emailSchema, phoneNumber, type FieldError } from '@tsunagu/schema';
import type { FieldProblem } from '../internal/form-element.js';
import { reportIsEmpty } from '@tsunagu/schema/rules';
import { buildInput, normalizePhone, parseWholeNumber, showsContactFields } from './input.js';
import { LIMITS, type FieldId, type ReportContext, type ReportValues, type StepId } from './model.js';

/** Fields answered by choosing (radios, selects, checkbox lists): "選んでください" rather than "入力". */
const CHOICE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  'danger_now',
  'danger_kinds',
  'path',
  'reporter_role',
  'age_group',
  'ward_id',
  'signs',
  'concerns',
  'school_signs',
  'consent',
  'follow_up',
  'contact_modes',
  'safe_to_call',
  'time_window',
  'language',
]);

export function problem(fieldId: FieldId, code: string, max?: number): FieldProblem {
  const p: FieldProblem = { fieldId, code };
  if (CHOICE_FIELDS.has(fieldId)) p.kind = 'choice';
  if (max !== undefined) p.max = max;
  return p;
}

type Check = (v: ReportValues, out: FieldProblem[], context?: ReportContext) => void;

/** Nothing noticed and no words: refused here as the schema refuses it (rules/report.ts). */
const notEmpty =
  (field: FieldId): Check =>
  (v, out, context = 'general') => {
    // the school's signs step shows no sign list: the error goes on its concerns
    const at = context === 'school' && field === 'signs' ? 'concerns' : field;
    if (reportIsEmpty(buildInput(v, context))) out.push(problem(at, 'nothing_noticed'));
  };

const required =
  (field: FieldId): Check =>
  (v, out) => {
    const value = v[field];
    if (Array.isArray(value) ? value.length === 0 : value === '') out.push(problem(field, 'required'));
  };

const maxLength =
  (field: keyof typeof LIMITS & FieldId): Check =>
  (v, out) => {
    const value = v[field];
    if (typeof value === 'string' && value.trim().length > LIMITS[field])
      out.push(problem(field, 'too_long', LIMITS[field]));
  };

/**
 * Phone and email of one contact block, in screen order: a missing value where the chosen way of contact
 * needs it (`required`), a wrong format, or neither given at all (`contact_required`, on the phone field).
 */
function contactChecks(
  v: ReportValues,
  fields: { phone: 'phone' | 'reporter_phone'; email: 'email' | 'reporter_email' },
  needs: { phone: boolean; email: boolean },
  out: FieldProblem[],
): void {
  const phone = normalizePhone(v[fields.phone]);
  const mail = v[fields.email].trim();
  if (!phone && !mail) {
    if (needs.phone) out.push(problem(fields.phone, 'required'));
    if (needs.email) out.push(problem(fields.email, 'required'));
    if (!needs.phone && !needs.email) out.push(problem(fields.phone, 'contact_required'));
    return;
  }
  if (!phone && needs.phone) out.push(problem(fields.phone, 'required'));
  else if (phone && !phoneNumber.safeParse(phone).success) out.push(problem(fields.phone, 'invalid_phone'));
  if (!mail && needs.email) out.push(problem(fields.email, 'required'));
  else if (mail && !emailSchema.safeParse(mail).success) out.push(problem(fields.email, 'invalid_email'));
}

const STEP_CHECKS: Record<StepId, readonly Check[]> = {
  danger: [required('danger_now')],
  path: [required('path')],
  reporter: [required('reporter_role'), maxLength('organisation')],
  person: [required('ward_id'), maxLength('town')],
  school: [
    maxLength('school_name'),
    maxLength('grade'),
    (v, out) => {
      if (!v.absent_days.trim()) return;
      const days = parseWholeNumber(v.absent_days);
      if (days === undefined) out.push(problem('absent_days', 'invalid_type'));
      else if (days > LIMITS.absent_days) out.push(problem('absent_days', 'too_large', LIMITS.absent_days));
    },
  ],
  signs: [notEmpty('signs'), maxLength('free_text')],
  contact: [
    required('consent'),
    required('follow_up'),
    (v, out) => {
      if (v.follow_up !== 'contact') return;
      maxLength('reporter_name')(v, out);
      contactChecks(
        v,
        { phone: 'reporter_phone', email: 'reporter_email' },
        { phone: false, email: false },
        out,
      );
    },
  ],
  help: [required('ward_id'), maxLength('town'), notEmpty('concerns'), maxLength('free_text')],
  self_contact: [
    required('follow_up'),
    (v, out) => {
      if (v.follow_up !== 'contact') return;
      required('contact_modes')(v, out);
      if (!v.contact_modes.length) return;
      const needs = { phone: v.contact_modes.includes('phone'), email: v.contact_modes.includes('mail') };
      // Only the fields on screen: 'visit' alone shows both (either will do), otherwise each mode its own.
      const shown = showsContactFields(v.contact_modes);
      const checked = { ...v, phone: shown.phone ? v.phone : '', email: shown.email ? v.email : '' };
      contactChecks(checked, { phone: 'phone', email: 'email' }, needs, out);
    },
  ],
  review: [],
};

/** Problems of one question group, in the order of its fields on screen. */
export function validateStep(
  step: StepId,
  values: ReportValues,
  context: ReportContext = 'general',
): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const check of STEP_CHECKS[step]) check(values, out, context);
  return out;
}

/** The server's field paths (`contact.phone`, `signs.2`) → the form's fields. */
const SERVER_PATHS: Record<string, FieldId> = {
  danger_now: 'danger_now',
  danger_kinds: 'danger_kinds',
  path: 'path',
  reporter_role: 'reporter_role',
  reporter_contact: 'follow_up',
  'reporter_contact.name': 'reporter_name',
  'reporter_contact.organisation': 'organisation',
  'reporter_contact.phone': 'reporter_phone',
  'reporter_contact.email': 'reporter_email',
  ward_id: 'ward_id',
  town: 'town',
  age_group: 'age_group',
  signs: 'signs',
  concerns: 'concerns',
  free_text: 'free_text',
  consent: 'consent',
  anonymous: 'follow_up',
  contact: 'follow_up',
  'contact.modes': 'contact_modes',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.safe_to_call': 'safe_to_call',
  'contact.no_message': 'no_message',
  'contact.time_window': 'time_window',
  'contact.language': 'language',
  school: 'school_name',
  'school.school_name': 'school_name',
  'school.grade': 'grade',
  'school.absent_days_last_30': 'absent_days',
  'school.school_signs': 'school_signs',
  'school.share_with_child_family_support': 'share_cf',
};

/** Maps one server path to a form field; list indexes are dropped (`signs.2` → `signs`). */
export function fieldForServerPath(path: string): FieldId | undefined {
  const withoutIndexes = path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  return SERVER_PATHS[withoutIndexes] ?? SERVER_PATHS[withoutIndexes.split('.')[0] ?? ''];
}

/** The server's field errors as form problems; errors on paths the form does not show are returned apart. */
export function problemsFromServer(fields: readonly FieldError[]): {
  problems: FieldProblem[];
  unmatched: FieldError[];
} {
  const problems: FieldProblem[] = [];
  const unmatched: FieldError[] = [];
  for (const field of fields) {
    const fieldId = fieldForServerPath(field.path);
    if (!fieldId) unmatched.push(field);
    else if (!problems.some((p) => p.fieldId === fieldId)) problems.push(problem(fieldId, field.code));
  }
  return { problems, unmatched };
}
